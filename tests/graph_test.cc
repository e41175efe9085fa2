#include <catch2/catch.hpp>

#include "stdgraph/graph/graph.h"
#include "support.h"

using namespace stdgraph;

namespace {

Corpus chain(const std::string& relations_yaml) {
  Diagnostics diags;
  Corpus c = test::load_text(relations_yaml, diags);
  REQUIRE(diags.items().empty());
  return c;
}

std::string doc(const std::string& id, const std::string& rels) {
  return "  - {id: " + id + ", kind: recommendation, title: " + id + ", source: T/t/1" +
         (rels.empty() ? "" : ", relations: [" + rels + "]") + "}\n";
}

}  // namespace

TEST_CASE("nodes are documents then groups, edges are typed", "[graph]") {
  Corpus c = chain(
      "groups:\n  - {id: SG17, kind: study-group, source: T/g/1}\n"
      "  - {id: Q7/17, kind: question, parent: SG17, source: T/g/2}\n"
      "documents:\n" +
      doc("X.1", "{type: revises, target: X.2}") + doc("X.2", "") +
      "  - {id: X.3, kind: recommendation, title: t, source: T/t/1, group: SG17, "
      "question: Q7/17}\n");
  Graph g(c);
  CHECK(g.node_count() == 5);
  CHECK(g.document_count() == 3);
  CHECK(g.edge_count() == 3);  // revises, responsible, parent
  auto out = g.out_edges(0);
  REQUIRE(out.size() == 1);
  CHECK(out[0].to == 1);
  CHECK(out[0].kind == EdgeKind::relation);
  CHECK(out[0].type == RelationType::revises);
  auto in = g.in_edges(1);
  REQUIRE(in.size() == 1);
  CHECK(in[0].from == 0);
  auto owner = g.out_edges(2);
  REQUIRE(owner.size() == 1);
  CHECK(owner[0].kind == EdgeKind::responsible);
  CHECK(owner[0].to == g.group_node(c.find_group("Q7/17")));
  auto parent = g.out_edges(g.group_node(c.find_group("Q7/17")));
  REQUIRE(parent.size() == 1);
  CHECK(parent[0].to == g.group_node(c.find_group("SG17")));
}

TEST_CASE("cycles: one loop per tangle, shortest, only of the chosen types", "[graph]") {
  Corpus c = chain(
      "documents:\n" + doc("A", "{type: based-on, target: B}") +
      doc("B", "{type: based-on, target: C}, {type: normative-reference, target: A}") +
      doc("C", "{type: based-on, target: A}") + doc("D", "{type: supersedes, target: D}") +
      doc("E", "{type: common-text, target: F}") + doc("F", "{type: common-text, target: E}"));
  Graph g(c);
  auto loops = g.cycles(is_acyclic);
  REQUIRE(loops.size() == 2);
  const auto& abc = loops[0].edges;
  REQUIRE(abc.size() == 3);
  CHECK(c.documents[abc[0].from].id == "A");
  for (std::size_t i = 0; i < abc.size(); ++i) {
    CHECK(abc[i].type == RelationType::based_on);
    CHECK(abc[i].to == abc[(i + 1) % abc.size()].from);
  }
  REQUIRE(loops[1].edges.size() == 1);
  CHECK(c.documents[loops[1].edges[0].from].id == "D");

  // With references counted, A and B loop through the shorter way.
  auto all = g.cycles([](RelationType) { return true; });
  REQUIRE(all.size() == 3);
  CHECK(all[0].edges.size() == 2);
}

TEST_CASE("a long chain is no cycle, and its closing edge makes one", "[graph]") {
  std::string yaml = "documents:\n";
  const int n = 2000;
  for (int i = 0; i < n; ++i)
    yaml += doc("X." + std::to_string(i),
                i + 1 < n ? "{type: revises, target: X." + std::to_string(i + 1) + "}" : "");
  CHECK(Graph(chain(yaml)).cycles(is_acyclic).empty());
  yaml += doc("X.last", "{type: revises, target: X.0}");
  yaml.replace(yaml.rfind("title: X." + std::to_string(n - 1) + ", source: T/t/1}"),
               std::string("title: X." + std::to_string(n - 1) + ", source: T/t/1}").size(),
               "title: t, source: T/t/1, relations: [{type: revises, target: X.last}]}");
  auto loops = Graph(chain(yaml)).cycles(is_acyclic);
  REQUIRE(loops.size() == 1);
  CHECK(loops[0].edges.size() == n + 1);
}
