// One work from many sources: a work-programme record takes in the catalogue editions of its
// number, a links file gives a draft its number, and the order the files load in changes
// nothing.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "stdgraph/load/load.h"
#include "stdgraph/model/status.h"
#include "support.h"

namespace fs = std::filesystem;
using namespace stdgraph;

namespace {

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A Relaton record of the ITU catalogue's shape.
std::string relaton(const std::string& id, const std::string& title, const std::string& published,
                    const std::string& relations = "") {
  return "docidentifier:\n- content: ITU-T " + id + "\n  type: ITU\n  primary: true\n" +
         "title:\n- content: " + title + "\n  language: en\n  type: main\n" +
         "date:\n- type: published\n  at: '" + published + "'\n" +
         "contributor:\n- organization:\n    subdivision:\n    - name:\n      - content: ITU-T "
         "Study Group 17\n  role:\n  - type: author\n" +
         relations;
}

const char* kWorkProgramme = R"(documents:
  - id: X.1817
    kind: recommendation
    title: "Security guidelines for the thing"
    group: SG17
    question: Q3/17
    history:
      - {date: 2023-09-08, status: approved, source: 001/annex1.a/1}
  - id: X.sg-dtn
    kind: recommendation
    title: "Security guidelines for digital twin network"
    group: SG17
    question: Q2/17
    history:
      - {date: 2023-09-08, status: planned, source: 001/annex2.a/9, target: "2024"}
)";

// A folder with the work programme and three catalogue records: two editions of X.1817 and
// the publication of X.sg-dtn.
fs::path catalogue_and_programme(const std::string& name) {
  fs::path dir = test::fresh_dir(name);
  write(dir / "programme.yaml", kWorkProgramme);
  write(dir / "x1817-2020.yaml",
        relaton("X.1817 (03/2020)", "Security guidelines for the thing", "2020-03-20"));
  write(dir / "x1817-2023.yaml",
        relaton("X.1817 (09/2023)", "Security guidelines for the thing", "2023-10-02",
                "relation:\n- type: obsoletes\n  bibitem:\n    docidentifier:\n    - content: "
                "ITU-T X.1817 (03/2020)\n- type: cites\n  bibitem:\n    docidentifier:\n    - "
                "content: ITU-T X.509 (10/2019)\n"));
  write(dir / "x2011-2024.yaml",
        relaton("X.2011 (04/2024)", "Security guidelines for digital twin network", "2024-04-29"));
  return dir;
}

}  // namespace

TEST_CASE("a work-programme record and the catalogue editions of its number are one item",
          "[join]") {
  fs::path dir = catalogue_and_programme("join-editions");
  Diagnostics diags;
  Corpus c = load_corpus({dir}, diags);
  CHECK(diags.error_count() == 0);
  std::size_t work = c.find_document("X.1817");
  REQUIRE(work != npos);
  CHECK(c.find_document("X.1817 (09/2023)") == work);
  CHECK(c.find_document("ITU-T X.1817 (03/2020)") == work);
  const Document& d = c.documents[work];
  CHECK(d.id == "X.1817");
  REQUIRE(d.editions.size() == 2);
  CHECK(d.editions[0].id == "X.1817 (03/2020)");
  CHECK(d.editions[1].id == "X.1817 (09/2023)");
  CHECK(d.editions[1].date.to_string() == "2023-09");
  // The history holds the approval and both publications, oldest first.
  REQUIRE(d.history.size() == 3);
  CHECK(d.history[1].status == Status::approved);
  CHECK(d.history[2].status == Status::published);
  CHECK(d.history[2].date.to_string() == "2023-10-02");
  CHECK(status_as_of(d, std::nullopt).status == Status::published);
  // The relation to another edition is now an edition; the citation stays, where written.
  REQUIRE(d.relations.size() == 1);
  CHECK(d.relations[0].target == "ITU-T X.509 (10/2019)");
  CHECK(d.relation_pos(0).file == (dir / "x1817-2023.yaml").string());
  CHECK(d.relation_pos(0).line > 0);
  // No catalogue record is left apart for X.1817: the work programme, X.2011 and nothing else.
  CHECK(c.documents.size() == 3);
  // Without a link X.sg-dtn stays a draft beside X.2011.
  std::size_t draft = c.find_document("X.sg-dtn");
  REQUIRE(draft != npos);
  CHECK(c.find_document("X.2011") != draft);
  CHECK(c.documents[draft].editions.empty());
}

TEST_CASE("a confirmed link joins a draft and the catalogue record of its number", "[join]") {
  fs::path dir = catalogue_and_programme("join-link");
  write(dir / "links.yaml",
        "links:\n  - {draft: X.sg-dtn, number: X.2011, source: \"confirmed by the secretariat, "
        "2026-12-03\"}\n");
  Diagnostics diags;
  Corpus c = load_corpus({dir}, diags);
  CHECK(diags.error_count() == 0);
  std::size_t draft = c.find_document("X.sg-dtn");
  REQUIRE(draft != npos);
  CHECK(c.find_document("X.2011") == draft);
  CHECK(c.find_document("X.2011 (04/2024)") == draft);
  const Document& d = c.documents[draft];
  CHECK(d.number == "X.2011");
  REQUIRE(d.editions.size() == 1);
  CHECK(status_as_of(d, std::nullopt).status == Status::published);
  CHECK(c.documents.size() == 2);

  auto show = test::run_stdgraph({"--no-cache", "--data", dir.string(), "show", "X.sg-dtn"});
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("X.2011 (04/2024)") != std::string::npos);
  CHECK(show.out.find("2024-04-29") != std::string::npos);
}

TEST_CASE("links that name nothing, or a number another record has, are errors at their place",
          "[join]") {
  fs::path dir = catalogue_and_programme("join-bad-links");
  write(dir / "links.yaml",
        "links:\n"
        "  - {draft: X.nothing, number: X.2011, source: s}\n"
        "  - {draft: X.sg-dtn, number: X.1817, source: s}\n"
        "  - {draft: X.sg-dtn, number: X.9999, source: s}\n"
        "  - {draft: X.sg-dtn, number: X.2011, source: s}\n"
        "  - {draft: X.sg-dtn, numbr: X.2011}\n");
  Diagnostics diags;
  Corpus c = load_corpus({dir}, diags);
  std::string links = (dir / "links.yaml").string();
  auto at = [&](int line, const std::string& code) {
    for (const auto& d : diags.items())
      if (d.pos.file == links && d.pos.line == line && d.code == code) return true;
    return false;
  };
  CHECK(at(2, "unknown-item"));
  CHECK(at(3, "link-conflict"));  // X.1817 is a work-programme record of its own
  CHECK(at(4, "unjoined-link"));  // no catalogue record numbered X.9999: a warning
  CHECK(at(5, "link-conflict"));  // X.sg-dtn already took X.9999
  CHECK(at(6, "unknown-key"));
  std::size_t draft = c.find_document("X.sg-dtn");
  REQUIRE(draft != npos);
  CHECK(c.documents[draft].number == "X.9999");
  CHECK(c.documents[draft].editions.empty());
  CHECK(c.find_document("X.2011") != draft);
}

TEST_CASE("the same files loaded in two orders give byte-identical stats and export", "[join]") {
  fs::path dir = catalogue_and_programme("join-order");
  fs::path records = test::data_dir();
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> forward = {records.string()}, backward;
  forward.insert(forward.end(), files.begin(), files.end());
  backward.assign(forward.rbegin(), forward.rend());
  for (const std::string& command : {std::string("stats"), std::string("export")}) {
    auto output = [&](const std::vector<std::string>& paths) {
      std::vector<std::string> args = {"--no-cache"};
      for (const auto& p : paths) args.insert(args.end(), {"--data", p});
      args.insert(args.end(), {command, "--format", "json"});
      auto run = test::run_stdgraph(args);
      REQUIRE(run.exit_code == 0);
      return run.out;
    };
    std::string a = output(forward), b = output(backward);
    INFO(command);
    CHECK(a.size() > 100);
    CHECK(a == b);
  }
}

TEST_CASE("the --link-certain flag joins a draft to its certain publication, shown as inferred",
          "[join]") {
  fs::path dir = catalogue_and_programme("join-certain");
  auto without = test::run_stdgraph({"--no-cache", "--data", dir.string(), "show", "X.sg-dtn"});
  REQUIRE(without.exit_code == 0);
  CHECK(without.out.find("X.2011") == std::string::npos);
  auto with = test::run_stdgraph(
      {"--link-certain", "--data", dir.string(), "show", "X.sg-dtn", "--format", "json"});
  REQUIRE(with.exit_code == 0);
  auto j = nlohmann::json::parse(with.out);
  CHECK(j["number"]["number"] == "X.2011");
  CHECK(j["number"]["inferred"] == true);
  REQUIRE(j["catalogue_editions"].size() == 1);
  CHECK(j["catalogue_editions"][0]["id"] == "X.2011 (04/2024)");
  // Applied on this load only: the next load without the flag leaves the draft alone.
  auto again = test::run_stdgraph({"--data", dir.string(), "show", "X.sg-dtn"});
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("X.2011") == std::string::npos);
}
