// The steps of build_roadmap alone (roadmap_steps.h), and the graph layer's transitive
// reduction they use.
#include <catch2/catch.hpp>

#include "stdgraph/analysis/roadmap_steps.h"
#include "support.h"

using namespace stdgraph;

namespace {

const char* kRecords = R"(
groups:
  - {id: SG1, kind: study-group, name: One, source: t/x}
  - {id: Q1/1, kind: question, parent: SG1, source: t/x}
  - {id: SG2, kind: study-group, name: Two, source: t/x}
documents:
  - id: A.1
    kind: recommendation
    title: Alpha
    group: SG1
    question: Q1/1
    history: [{date: 2022-03-01, status: approved, source: t/x}]
    relations:
      - {type: normative-reference, target: B.1}
      - {type: normative-reference, target: C.1}
  - id: B.1
    kind: recommendation
    title: Beta
    group: SG1
    history: [{date: 2024-05-01, status: planned, target: "2026", source: t/x}]
    relations: [{type: normative-reference, target: C.1}]
  - id: C.1
    kind: recommendation
    title: Gamma
    group: SG2
    history: [{date: 2021, status: approved, source: t/x}]
)";

struct Fixture {
  Diagnostics diags;
  Corpus corpus = test::load_text(kRecords, diags);
  Graph graph{corpus};
};

}  // namespace

TEST_CASE("transitive_edges drops an edge a longer path implies, never one of a loop",
          "[graph][roadmap]") {
  // 0->1->2 and 0->2: 0->2 is implied. 3<->4 loop, 3->5, 4->5: nothing implied inside
  // the loop, and 3->5 stands (4 is in 3's own set).
  std::vector<std::pair<std::size_t, std::size_t>> edges = {{0, 1}, {1, 2}, {0, 2}, {3, 4},
                                                            {4, 3}, {3, 5}, {4, 5}, {0, 2}};
  std::vector<bool> implied = transitive_edges(6, edges);
  CHECK(implied == std::vector<bool>{false, false, true, false, false, false, false, true});
  CHECK(transitive_edges(0, {}).empty());
}

TEST_CASE("select_roadmap_items: a group's items, then --as-of and --status", "[roadmap]") {
  Fixture f;
  RoadmapSelection sel;
  sel.groups = {"SG1"};
  RoadmapItems items = select_roadmap_items(f.corpus, f.graph, sel);
  CHECK(items.documents == std::vector<std::size_t>{0, 1});
  sel.as_of = Date{2023, 12, 31};
  CHECK(select_roadmap_items(f.corpus, f.graph, sel).documents == std::vector<std::size_t>{0});
  sel.as_of.reset();
  sel.statuses = {Status::planned};
  CHECK(select_roadmap_items(f.corpus, f.graph, sel).documents == std::vector<std::size_t>{1});
  sel.groups = {"SG9"};
  CHECK(select_roadmap_items(f.corpus, f.graph, sel).problems.size() == 1);
}

TEST_CASE("collapse, lanes, columns, order and edges, step by step", "[roadmap]") {
  Fixture f;
  RoadmapItems items = select_roadmap_items(f.corpus, f.graph, {});
  REQUIRE(items.documents.size() == 3);
  std::vector<WorkNode> nodes = collapse_editions(f.corpus, items, false);
  REQUIRE(nodes.size() == 3);
  // B.1: planned 2024-05-01, target 2026: the box at its status date, the target apart.
  CHECK(nodes[1].node.date == Date{2024, 5, 1});
  CHECK(nodes[1].node.target == "2026");
  CHECK(nodes[1].node.target_date == Date{2026, 0, 0});
  CHECK(nodes[1].node.draft);
  CHECK(nodes[0].node.target.empty());  // approved: no target

  LaneBy by = LaneBy::automatic;
  std::vector<RoadmapLane> lanes = assign_lanes(f.corpus, nodes, by, RoadmapSelection{});
  CHECK(by == LaneBy::group);
  REQUIRE(lanes.size() == 2);
  CHECK(lanes[0].id == "SG1");
  CHECK(lanes[1].name == "Two");

  TimeStep step = TimeStep::automatic;
  std::vector<RoadmapColumn> columns = assign_columns(nodes, step);
  CHECK(step == TimeStep::year);
  CHECK(columns.front().label == "2021");
  CHECK(columns.back().label == "2026");  // the target's year, though no event is in it
  CHECK(columns[nodes[1].node.target_column].label == "2026");
  CHECK(columns[nodes[1].node.column].label == "2024");
  CHECK(nodes[0].node.target_column == npos);

  RoadmapModel model;
  std::vector<std::size_t> node_of = order_nodes(nodes, f.corpus.documents.size(), model);
  REQUIRE(model.nodes.size() == 3);
  CHECK(model.nodes[0].id == "A.1");
  CHECK(model.nodes[2].id == "C.1");
  connect_nodes(f.graph, items.documents, node_of, false, model);
  CHECK(model.relations == 3);
  CHECK(model.edges.size() == 2);  // A.1 -> C.1 goes: A.1 -> B.1 -> C.1 says it
  CHECK(model.transitive_edges == 1);
}
