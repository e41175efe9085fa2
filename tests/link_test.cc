// stdgraph link: the rule of a certain join (model/links.h), the proposals (analysis), and
// the command's formats.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "stdgraph/analysis/link_proposals.h"
#include "stdgraph/analysis/match.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/ids.h"
#include "stdgraph/model/links.h"
#include "stdgraph/util/escape.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

Document draft_doc() {
  Document d;
  d.id = "X.sg-dtn";
  d.kind = DocKind::recommendation;
  d.titles["en"] = "Security guidelines for digital twin network";
  d.groups = {{"SG17", "", {}}};
  d.questions = {{"Q7/17", "", {}}};
  StatusEvent e;
  e.date = Date{2023, 9, 8};
  e.status = Status::planned;
  d.history.push_back(e);
  return d;
}

Document record_doc() {
  Document d;
  d.id = "X.2011 (04/2024)";
  d.kind = DocKind::recommendation;
  d.titles["en"] = "Security guidelines for digital twin network";
  d.groups = {{"SG17", "", {}}};
  d.catalogue = true;
  StatusEvent e;
  e.date = Date{2024, 4, 29};
  e.status = Status::published;
  d.history.push_back(e);
  return d;
}

// One Relaton record as the ITU-T catalogue writes it (the parts stdgraph reads).
std::string relaton(const std::string& id, const std::string& title, const std::string& published,
                    int study_group, const std::string& doctype = "recommendation") {
  std::string s = fmt::format(
      "---\nid: {}\ntype: standard\ntitle:\n- language: en\n  content: \"{}\"\n  type: main\n"
      "docidentifier:\n- content: ITU-T {}\n  type: ITU\n  primary: true\n"
      "date:\n- type: published\n  at: '{}'\n",
      id, title, id, published);
  if (study_group)
    s += fmt::format(
        "contributor:\n- role:\n  - type: author\n  organization:\n    name:\n"
        "    - content: International Telecommunication Union\n    subdivision:\n"
        "    - name:\n      - content: ITU-T Study Group {}\n      type: technical-committee\n",
        study_group);
  s += fmt::format("ext:\n  doctype:\n    content: {}\n", doctype);
  return s;
}

const char* const kDraft = R"(documents:
  - id: "X.sg-dtn"
    kind: recommendation
    title: "Security guidelines for digital twin network"
    scope: "Describes security threats to digital twin networks (DTNs) and measures against them."
    keywords: ["digital twin", "security"]
    group: SG17
    question: Q7/17
    history:
      - {date: 2023-09-08, status: planned, source: T/t/1}
    source: T/t/1
  - id: "X.dtn-fed"
    kind: recommendation
    title: "Security requirements for the federation of digital twin networks"
    group: SG17
    question: Q7/17
    history:
      - {date: 2023-09-08, status: planned, source: T/t/6}
    source: T/t/6
  - id: "X.qkd-other"
    kind: recommendation
    title: "Quantum key distribution network key management"
    group: SG17
    history:
      - {date: 2023-09-08, status: planned, source: T/t/2}
    source: T/t/2
  - id: "X.1817"
    kind: recommendation
    title: "Security requirements for smart door locks"
    group: SG17
    history:
      - {date: 2023-09-08, status: approved, source: T/t/3}
    source: T/t/3
  - id: "X.lock-again"
    kind: recommendation
    title: "Security requirements for smart door locks"
    group: SG17
    history:
      - {date: 2023-01-20, status: planned, source: T/t/4}
    source: T/t/4
groups:
  - {id: ITU-T, kind: sector, name: ITU-T, source: T/t/5}
  - {id: SG17, kind: study-group, name: Security, parent: ITU-T, source: T/t/5}
  - {id: Q7/17, kind: question, name: Q7, parent: SG17, source: T/t/5}
)";

// The records of the fixture: the draft, its publication and the ones that only look like it.
void write_fixture(const fs::path& dir) {
  fs::create_directories(dir);
  auto put = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
  };
  put("wp.yaml", kDraft);
  put("x2011-2024.yaml", relaton("X.2011 (04/2024)", "Security guidelines for digital twin network",
                                 "2024-04-29", 17));
  // A later edition of the same work: one proposal for the work, the first edition's date.
  put("x2011-2026.yaml", relaton("X.2011 (01/2026)", "Security guidelines for digital twin network",
                                 "2026-01-15", 17));
  put("x2012.yaml",
      relaton("X.2012 (04/2024)", "Security requirements for digital twin network federation",
              "2024-04-29", 17));
  // Identical title, published before the draft's last event: not its publication.
  put("x1990.yaml", relaton("X.1990 (05/2020)", "Security guidelines for digital twin network",
                            "2020-05-01", 17));
  // Identical title, but a Supplement: not what a Recommendation is published as.
  put("xsup.yaml", relaton("X Suppl. 99 (06/2024)", "Security guidelines for digital twin network",
                           "2024-06-01", 17, "recommendation-supplement"));
  // Another group's digital twin work.
  put("y3090.yaml",
      relaton("Y.3090 (02/2022)", "Digital twin network - Requirements", "2024-02-01", 13));
  // The published edition of X.1817, which is a work-programme record of its own.
  put("x1817.yaml",
      relaton("X.1817 (09/2023)", "Security requirements for smart door locks", "2023-10-01", 17));
}

Corpus fixture_corpus(const fs::path& dir, Diagnostics& diags) {
  return load_corpus({dir}, diags);
}

}  // namespace

TEST_CASE("ITU-T numbers are told from provisional names", "[link]") {
  for (const char* number :
       {"X.1817", "X.1333 Cor. 1", "X.Suppl. 39", "X Suppl. 39", "Suppl.74 to ITU-T Y.3800-series",
        "X.1051Rev", "X.1051rev2", "X.1715Amd", "H.222.0", "F.751.8", "ITU-T X.2011"}) {
    INFO(number);
    CHECK(is_number_name(number));
  }
  for (const char* provisional : {"X.sg-dtn", "TR.sgfdm", "Y.supp.trust-roadmap", "X.sup-cdc",
                                  "XSTR-SUSS", "X.5Gsec-message", "Q.QKDN_Mk", "TP.inno-2.0", ""}) {
    INFO(provisional);
    CHECK_FALSE(is_number_name(provisional));
  }
}

TEST_CASE("study groups from group, Question and working-party names", "[link]") {
  CHECK(study_group_of(std::string_view("SG17")) == "SG17");
  CHECK(study_group_of(std::string_view("sg 17")) == "SG17");
  CHECK(study_group_of(std::string_view("Q10/17")) == "SG17");
  CHECK(study_group_of(std::string_view("WP4/17")) == "SG17");
  CHECK(study_group_of(std::string_view("Q3/13")) == "SG13");
  CHECK(study_group_of(std::string_view("TSAG")).empty());
  CHECK(study_group_of(std::string_view("FG-MV")).empty());
  CHECK(study_group_of(std::string_view("Q/17")).empty());
  Document d;
  d.questions = {{"Q7/17", "", {}}};
  CHECK(study_group_of(d) == "SG17");
}

TEST_CASE("a catalogue record's work is its id without the edition", "[link]") {
  CHECK(work_name("X.2011 (04/2024)") == "X.2011");
  CHECK(work_name("X.1051 (2016) Cor. 1 (09/2017)") == "X.1051 (2016) Cor. 1");
  CHECK(work_name("X.1051 (2016)") == "X.1051");
  CHECK(work_name("X.1051") == "X.1051");
  CHECK(work_name("H.222.0 (V9)") == "H.222.0 (V9)");
}

TEST_CASE("the series letter of numbers and provisional names", "[link]") {
  CHECK(series_letter("X.sg-dtn") == "X");
  CHECK(series_letter("X.2011 (04/2024)") == "X");
  CHECK(series_letter("X Suppl. 43 (09/2024)") == "X");
  CHECK(series_letter("Y.supp.trust-roadmap") == "Y");
  CHECK(series_letter("ITU-T q.4165") == "Q");
  CHECK(series_letter("TR.sgfdm").empty());
  CHECK(series_letter("XSTR-SUSS").empty());
  CHECK(series_letter("X").empty());
}

TEST_CASE("a certain link needs an identical title, one kind, one study group, a later date",
          "[link]") {
  struct Case {
    const char* what;
    std::function<void(Document& draft, Document& record)> change;
    bool certain;
  };
  const std::vector<Case> cases = {
      {"identical title, same group, later", [](Document&, Document&) {}, true},
      {"case, punctuation and spacing differ",
       [](Document&, Document& r) {
         r.titles["en"] = "SECURITY guidelines for digital-twin  network.";
       },
       true},
      {"the draft gives only its Question", [](Document& d, Document&) { d.groups.clear(); }, true},
      {"the draft's group is a working party",
       [](Document& d, Document&) {
         d.groups = {{"WP4/17", "", {}}};
       },
       true},
      {"a year-only publication surely after",
       [](Document&, Document& r) {
         r.history[0].date = {2024, 0, 0};
       },
       true},
      {"one word differs",
       [](Document&, Document& r) {
         r.titles["en"] = "Security guidelines for digital twin networks";
       },
       false},
      {"another study group",
       [](Document&, Document& r) {
         r.groups = {{"SG13", "", {}}};
       },
       false},
      {"no study group in the catalogue", [](Document&, Document& r) { r.groups.clear(); }, false},
      {"published before the draft's last event",
       [](Document&, Document& r) {
         r.history[0].date = {2023, 5, 1};
       },
       false},
      {"published on the day of the draft's last event",
       [](Document&, Document& r) {
         r.history[0].date = {2023, 9, 8};
       },
       false},
      {"published in the year of the last event (not surely after)",
       [](Document&, Document& r) {
         r.history[0].date = {2023, 0, 0};
       },
       false},
      {"the record is not published",
       [](Document&, Document& r) { r.history[0].status = Status::approved; }, false},
      {"a Supplement", [](Document&, Document& r) { r.kind = DocKind::supplement; }, false},
      {"the record is not from a catalogue", [](Document&, Document& r) { r.catalogue = false; },
       false},
      {"the draft has a number", [](Document& d, Document&) { d.id = "X.2011"; }, false},
      {"the draft has a numbered alias", [](Document& d, Document&) { d.aliases = {"X.2011"}; },
       false},
      {"the draft is already linked", [](Document& d, Document&) { d.number = "X.2011"; }, false},
      {"the draft already has editions",
       [](Document& d, Document&) {
         d.editions.push_back(Edition{"X.1 (01/2020)", {}, "", "", {}});
       },
       false},
      {"the draft is withdrawn",
       [](Document& d, Document&) {
         d.history.push_back({Date{2024, 1, 1}, Status::withdrawn, "T/t/9", "", {}, "", {}});
       },
       false},
      {"the draft is only referenced", [](Document& d, Document&) { d.referenced = true; }, false},
      {"no English title on the draft",
       [](Document& d, Document&) {
         d.titles.clear();
         d.titles["fr"] = "Security guidelines for digital twin network";
       },
       false},
  };
  for (const Case& c : cases) {
    Document draft = draft_doc(), record = record_doc();
    c.change(draft, record);
    INFO(c.what);
    CHECK(is_certain_link(draft, record) == c.certain);
  }
}

TEST_CASE("certain_links joins only what is certain and alone", "[link]") {
  Document later = record_doc();
  later.id = "X.2011 (01/2026)";
  later.history[0].date = {2026, 1, 15};
  std::vector<Document> docs = {draft_doc(), later, record_doc()};
  std::vector<Link> links = certain_links(docs);
  REQUIRE(links.size() == 1);
  CHECK(links[0].draft == "X.sg-dtn");
  CHECK(links[0].number == "X.2011");
  CHECK(links[0].inferred);
  CHECK(links[0].source.find("identical title") != std::string::npos);
  CHECK(links[0].source.find("X.2011 (04/2024)") != std::string::npos);  // the first edition

  // Two drafts of one title: a person decides.
  Document twin = draft_doc();
  twin.id = "X.sg-dtn2";
  std::vector<Document> two_drafts = {draft_doc(), twin, record_doc()};
  CHECK(certain_links(two_drafts).empty());
  // One draft and two numbers of its title: a person decides.
  Document other = record_doc();
  other.id = "X.2099 (05/2024)";
  std::vector<Document> two_numbers = {draft_doc(), record_doc(), other};
  CHECK(certain_links(two_numbers).empty());
  // A number the work programme has already: the record is that item's edition.
  Document numbered = draft_doc();
  numbered.id = "X.2011";
  numbered.titles["en"] = "Another title";
  std::vector<Document> taken = {draft_doc(), record_doc(), numbered};
  CHECK(certain_links(taken).empty());
}

TEST_CASE("link proposals rank the draft's publication first, with its evidence", "[link]") {
  test::TempDir tmp;
  write_fixture(tmp.path / "data");
  Diagnostics diags;
  Corpus corpus = fixture_corpus(tmp.path / "data", diags);
  MatchIndex index(corpus, Analyzer());
  LinkOptions options;
  options.min_score = 0.2;
  LinkProposals result = propose_links(corpus, index, options);
  REQUIRE_FALSE(result.proposals.empty());
  auto id = [&](std::size_t d) { return corpus.documents[d].id; };

  const LinkProposal& first = result.proposals.front();
  CHECK(id(first.draft) == "X.sg-dtn");
  CHECK(first.number == "X.2011");
  CHECK(id(first.record) == "X.2011 (04/2024)");  // the earliest edition after the draft
  CHECK(first.certain);
  CHECK(first.why.title_identical);
  CHECK(first.why.group == GroupAgreement::same);
  CHECK(first.why.draft_group == "SG17");
  CHECK(first.why.months_after == 7);
  CHECK(first.score > 0.8);
  std::vector<std::string> phrases = describe(first);
  REQUIRE(phrases.size() == 5);  // title, text, group, date, kind (no Question in the record)
  CHECK(phrases[0] == "identical title");
  CHECK(phrases[2] == "same study group SG17");
  CHECK(phrases[3] == "published 2024-04-29, 7 months after the draft's last event 2023-09-08");
  CHECK(phrases[4] == "both recommendation");

  bool x2012 = false;
  for (const LinkProposal& p : result.proposals) {
    INFO(id(p.draft) << " -> " << id(p.record));
    CHECK(p.number != "X.1990");       // published before the draft's last event
    CHECK(p.number != "X Suppl. 99");  // a Supplement for a Recommendation
    CHECK(p.number != "X.1817");       // absorbed by the work-programme record X.1817
    CHECK(id(p.draft) != "X.1817");    // has its number
    // A certain join settles both sides: no other number for X.sg-dtn, no other draft for
    // X.2011.
    if (p.number == "X.2011" || p.draft == first.draft) CHECK(&p == &first);
    if (p.number == "X.2012" && id(p.draft) == "X.dtn-fed") {
      x2012 = true;
      CHECK_FALSE(p.certain);  // the same words in another order: near, not identical
      CHECK_FALSE(p.why.title_identical);
      CHECK(p.why.shared_words >= 5);
      CHECK(p.why.shared_words <= p.why.title_words);
    }
    if (p.number == "Y.3090") {
      CHECK(p.why.group == GroupAgreement::different);
    }
  }
  CHECK(x2012);
  CHECK(result.drafts == 4);  // X.sg-dtn, X.dtn-fed, X.qkd-other, X.lock-again

  // --draft narrows to one draft; a linked draft awaits nothing.
  options.draft = "X.qkd-other";
  for (const LinkProposal& p : propose_links(corpus, index, options).proposals)
    CHECK(id(p.draft) == "X.qkd-other");
  corpus.documents[first.draft].number = "X.2011";
  options.draft.clear();
  for (const LinkProposal& p : propose_links(corpus, index, options).proposals)
    CHECK(id(p.draft) != "X.sg-dtn");
}

TEST_CASE("link writes text, JSON, CSV and links lines that read back", "[link][cli]") {
  test::TempDir tmp;
  fs::path data = tmp.path / "data";
  write_fixture(data);
  auto run = [&](const std::string& format) {
    auto r = test::run_stdgraph({"--data", data.string(), "link", "--format", format});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  };

  std::string text = run("text");
  CHECK(text.find("X.sg-dtn -> X.2011") != std::string::npos);
  CHECK(text.find("CERTAIN") != std::string::npos);

  nlohmann::json j = nlohmann::json::parse(run("json"));
  REQUIRE(j["proposals"].size() >= 1);
  CHECK(j["proposals"][0]["draft"]["id"] == "X.sg-dtn");
  CHECK(j["proposals"][0]["number"] == "X.2011");
  CHECK(j["proposals"][0]["record"]["id"] == "X.2011 (04/2024)");
  CHECK(j["proposals"][0]["certain"] == true);
  CHECK(j["proposals"][0]["evidence"]["title_identical"] == true);
  CHECK(j["drafts"] == 4);

  std::istringstream csv(run("csv"));
  std::string header, row;
  std::getline(csv, header);
  std::getline(csv, row);
  CHECK(header.rfind("draft,draft_title,number,record,record_title,score,certain,", 0) == 0);
  CHECK(std::count(header.begin(), header.end(), ',') == 19);
  CHECK(row.rfind("X.sg-dtn,Security guidelines for digital twin network,X.2011,", 0) == 0);
  CHECK(row.find(",yes,") != std::string::npos);

  std::string links = run("links");
  CHECK(links.find("NOTHING HERE IS CONFIRMED") != std::string::npos);
  YAML::Node doc = YAML::Load(links);
  REQUIRE(doc["links"].IsSequence());
  REQUIRE(doc["links"].size() == j["proposals"].size());
  CHECK(doc["links"][0]["draft"].as<std::string>() == "X.sg-dtn");
  CHECK(doc["links"][0]["number"].as<std::string>() == "X.2011");
  CHECK(doc["links"][0]["source"].as<std::string>().rfind("proposed by stdgraph link on ", 0) == 0);
  // One flow-style line per join, as the links file takes them.
  std::size_t lines = 0;
  std::istringstream in(links);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("  - {draft: ", 0) == 0) ++lines;
  CHECK(lines == doc["links"].size());

  // --draft: one draft; a numbered item is refused with the reason.
  auto one = test::run_stdgraph(
      {"--data", data.string(), "link", "--draft", "x.sg-DTN", "--format", "json"});
  REQUIRE(one.exit_code == 0);
  auto only = nlohmann::json::parse(one.out);  // kept: a loop over a temporary's part dangles
  for (const auto& p : only["proposals"]) CHECK(p["draft"]["id"] == "X.sg-dtn");
  auto numbered = test::run_stdgraph({"--data", data.string(), "link", "--draft", "X.1817"});
  CHECK(numbered.exit_code == 2);
  CHECK(numbered.err.find("awaits no number") != std::string::npos);
}

TEST_CASE("links lines keep hostile names inert and read back exactly", "[link][cli]") {
  for (std::string s : {std::string("X.\"evil\": {a: b}"), std::string("X.a\nlinks: []"),
                        std::string("X.\x1b[31mred\\"), std::string("X.\u202eabc"),
                        std::string("X.#not-a-comment")}) {
    std::string line = "- {draft: " + yaml_quoted(s) + "}";
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\x1b') == std::string::npos);
    YAML::Node n = YAML::Load(line);
    CHECK(n[0]["draft"].as<std::string>() == s);
  }
}
