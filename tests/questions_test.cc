// Several groups and Questions per item: the loader's shapes, membership (model/groups.h),
// every command counting a joint item under each, and conflicting sources in validate.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/analysis/stats.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/groups.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

const char* kJoint = R"(
groups:
  - {id: SG17, kind: study-group, source: t/x}
  - {id: Q14/17, kind: question, parent: SG17, source: t/x}
  - {id: Q10/17, kind: question, parent: SG17, source: t/x}
  - {id: Q7/17, kind: question, parent: SG17, source: t/x}
documents:
  - id: X.joint
    kind: recommendation
    title: Joint
    group: SG17
    question: [Q14/17, Q10/17]
    history:
      - {date: 2023-09-08, status: planned, source: 001/annex2.a/34}
  - {id: X.one, kind: recommendation, title: One, group: SG17, question: Q7/17, source: t/y}
events:
  - {item: X.one, date: 2023-09-08, status: planned, source: 001/annex2.c/15, question: Q14/17}
)";

const test::Loaded& builtin() {
  static test::Loaded loaded = test::load_and_validate({test::data_dir()});
  return loaded;
}

const Document& doc_of(const Corpus& corpus, const char* id) {
  std::size_t d = corpus.find_document(id);
  REQUIRE(d != npos);
  return corpus.documents[d];
}

std::string diagnostics_text(const Diagnostics& diags) {
  std::string text;
  for (const auto& d : diags.items()) text += format_diagnostic(d) + "\n";
  return text;
}

}  // namespace

TEST_CASE("question: takes one name or a list, each with the source that states it",
          "[questions]") {
  Diagnostics diags;
  Corpus c = test::load_text(kJoint, diags);
  INFO(diagnostics_text(diags));
  REQUIRE(diags.items().empty());
  const Document& joint = doc_of(c, "X.joint");
  CHECK(member_ids(joint.questions) == std::vector<std::string>{"Q14/17", "Q10/17"});
  CHECK(joint.question() == "Q14/17");
  // No `source:` on the record: its first event's source states them.
  CHECK(joint.questions[1].source == "001/annex2.a/34");
  CHECK(joint.questions[1].pos.line == 12);
  const Document& one = doc_of(c, "X.one");
  REQUIRE(one.questions.size() == 2);
  CHECK(one.questions[0].source == "t/y");
  CHECK(one.questions[1].id == "Q14/17");  // added by the event, with its source
  CHECK(one.questions[1].source == "001/annex2.c/15");
  CHECK(member_ids(one.groups) == std::vector<std::string>{"SG17"});
  // Under each of its Questions, and not under one it does not name.
  CHECK(is_under(c, joint, "Q10/17"));
  CHECK(is_under(c, joint, "Q14/17"));
  CHECK_FALSE(is_under(c, joint, "Q7/17"));
  CHECK(GroupFilter(c, {"Q10/17"}).contains(joint));
  CHECK(is_under(c, one, c.find_group("Q14/17")));
}

TEST_CASE("question: of a bad shape is refused at its file:line:col", "[questions]") {
  struct Case {
    const char* yaml;
    const char* code;
    int line, column;
  };
  const Case cases[] = {
      {"documents:\n  - {id: X.a, kind: recommendation, title: A, source: t/x,\n"
       "     question: {id: Q1/17}}\n",
       "not-a-list", 3, 16},
      {"documents:\n  - {id: X.a, kind: recommendation, title: A, source: t/x,\n"
       "     question: [Q1/17, [Q2/17]]}\n",
       "not-a-scalar", 3, 24},
      {"documents:\n  - {id: X.a, kind: recommendation, title: A, source: t/x,\n"
       "     question: [Q1/17, Q1/17]}\n",
       "duplicate-identity", 3, 24},
      {"documents:\n  - {id: X.a, kind: recommendation, title: A, source: t/x,\n"
       "     group: [SG17, \"  \"]}\n",
       "missing-field", 3, 20},
      {"documents:\n  - {id: X.a, kind: recommendation, title: A, source: t/x}\n"
       "events:\n  - {item: X.a, date: 2023, status: planned, source: t/y, question: [[Q1]]}\n",
       "not-a-scalar", 4, 70},
  };
  for (const Case& c : cases) {
    Diagnostics diags;
    RecordSet set = load_native_text(c.yaml, "bad.yaml", diags);
    INFO(c.yaml);
    INFO(diagnostics_text(diags));
    REQUIRE(diags.items().size() == 1);
    const Diagnostic& d = diags.items()[0];
    CHECK(d.code == c.code);
    CHECK(d.pos.file == "bad.yaml");
    CHECK(d.pos.line == c.line);
    CHECK(d.pos.column == c.column);
    CHECK_FALSE(d.hint.empty());
    CHECK(set.documents.size() + set.events.size() <= 1);
    if (std::string(c.code) != "missing-field" && std::string(c.code) != "duplicate-identity")
      CHECK((set.documents.empty() || set.events.empty()));
  }
}

TEST_CASE("roadmap --question Q10/17 on the built-in data draws X.accsadlt, naming Q14/17",
          "[questions]") {
  const test::Loaded& loaded = builtin();
  Graph graph(loaded.corpus);
  for (const char* question : {"Q10/17", "Q14/17"}) {
    INFO(question);
    RoadmapOptions options;
    options.selection.questions = {question};
    RoadmapModel m = build_roadmap(loaded.corpus, graph, options);
    REQUIRE(m.problems.empty());
    auto it = std::find_if(m.nodes.begin(), m.nodes.end(),
                           [](const RoadmapNode& n) { return n.id == "X.accsadlt"; });
    REQUIRE(it != m.nodes.end());
    // Drawn once, in the lane of the Question asked for, the other named.
    CHECK(std::count_if(m.nodes.begin(), m.nodes.end(),
                        [](const RoadmapNode& n) { return n.id == "X.accsadlt"; }) == 1);
    CHECK(m.lanes[it->lane].id == question);
    std::string other = std::string(question) == "Q10/17" ? "Q14/17" : "Q10/17";
    CHECK(it->also == std::vector<std::string>{other});
  }
  // The drawing names the other Question on the item.
  test::TempDir dir;
  std::string svg = (dir.path / "q10.svg").string();
  test::RunResult r = test::run_stdgraph({"roadmap", "--question", "Q10/17", "-o", svg});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::string drawn = test::read_file(svg);
  CHECK(drawn.find("X.accsadlt") != std::string::npos);
  CHECK(drawn.find("also Q14/17") != std::string::npos);
}

TEST_CASE("stats and gaps count a joint item under each of its Questions", "[questions]") {
  const test::Loaded& loaded = builtin();
  Stats s = compute_stats(loaded.corpus);
  // Recount from the records: each item once under each of its distinct Questions.
  std::map<std::string, std::size_t> expected;
  std::size_t kinds = 0, joint = 0;
  for (const Document& d : loaded.corpus.documents) {
    if (d.referenced) continue;
    for (const std::string& q : member_ids(d.questions)) ++expected[q];
    joint += member_ids(d.questions).size() > 1;
  }
  for (const auto& [kind, count] : s.by_kind) kinds += count;
  CHECK(s.by_question == expected);
  CHECK(joint >= 2);                               // X.accsadlt and TR.sgfdm
  CHECK(kinds == loaded.corpus.documents.size());  // the totals count each item once
  const Document& accsadlt = doc_of(loaded.corpus, "X.accsadlt");
  CHECK(member_ids(accsadlt.questions) == std::vector<std::string>{"Q14/17", "Q10/17"});

  for (const char* question : {"Q10/17", "Q14/17"}) {
    INFO(question);
    test::RunResult r = test::run_stdgraph({"gaps", "--taxonomy", "dlt", "--group", question,
                                            "--as-of", "2023-09-08", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("\"X.accsadlt\"") != std::string::npos);
  }
  test::RunResult r = test::run_stdgraph({"stats", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  json j = json::parse(r.out);
  CHECK(j["by_question"]["Q10/17"] == expected["Q10/17"]);
  CHECK(j["by_question"]["Q14/17"] == expected["Q14/17"]);
}

TEST_CASE("show and export list every Question of an item, with its source", "[questions]") {
  test::RunResult text = test::run_stdgraph({"show", "X.accsadlt"});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("Q14/17") != std::string::npos);
  CHECK(text.out.find("Q10/17") != std::string::npos);
  test::RunResult r = test::run_stdgraph({"show", "TR.sgfdm", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  json j = json::parse(r.out);
  REQUIRE(j["questions"].size() == 2);
  CHECK(j["questions"][0]["id"] == "Q7/17");
  CHECK(j["questions"][0]["source"] == "001/annex1.b/8");
  CHECK(j["questions"][1]["id"] == "Q15/17");
  CHECK(j["questions"][1]["source"] == "001/annex2.c/15");
  test::RunResult e =
      test::run_stdgraph({"export", "--select", "group:Q10/17", "--format", "json", "-o", "-"});
  INFO(e.err);
  REQUIRE(e.exit_code == 0);
  CHECK(e.out.find("X.accsadlt") != std::string::npos);
  CHECK(e.out.find("Q10/17") != std::string::npos);
}

TEST_CASE("validate reports Questions from two sources that disagree, not a joint listing",
          "[questions]") {
  const test::Loaded& loaded = builtin();
  std::vector<const Diagnostic*> found;
  for (const auto& d : loaded.diagnostics.items())
    if (d.code == "conflicting-question") found.push_back(&d);
  REQUIRE(found.size() == 1);  // TR.sgfdm; X.accsadlt's joint row is no conflict
  const Diagnostic& d = *found[0];
  CHECK(d.severity == Severity::warning);
  CHECK(d.message.find("TR.sgfdm") != std::string::npos);
  CHECK(d.message.find("Q7/17") != std::string::npos);
  CHECK(d.message.find("Q15/17") != std::string::npos);
  CHECK(d.message.find("001/annex1.b/8") != std::string::npos);
  CHECK(d.message.find("001/annex2.c/15") != std::string::npos);
  CHECK(d.message.find("001-annex1.yaml:") != std::string::npos);  // where the other is
  CHECK(d.pos.file.find("001-annex2-suppl.yaml") != std::string::npos);
  CHECK(d.pos.line > 0);
  CHECK(d.pos.column > 0);
  CHECK_FALSE(d.hint.empty());

  // A second source that repeats one Question and adds another agrees; one that names
  // only others disagrees.
  Diagnostics diags;
  std::string yaml = std::string(kJoint) +
                     "  - {item: X.joint, date: 2024, status: planned, source: t/z, question: "
                     "[Q10/17, Q7/17]}\n";
  test::Loaded agree = [&] {
    test::TempDir dir;
    std::string file = (dir.path / "r.yaml").string();
    FILE* f = std::fopen(file.c_str(), "w");
    std::fputs(yaml.c_str(), f);
    std::fclose(f);
    return test::load_and_validate({file});
  }();
  std::size_t conflicts = 0;
  for (const auto& x : agree.diagnostics.items()) conflicts += x.code == "conflicting-question";
  CHECK(conflicts == 1);  // X.one: Q7/17 (t/y) vs Q14/17 (001/annex2.c/15); X.joint agrees
}
