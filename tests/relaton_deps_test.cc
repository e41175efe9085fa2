// Dependency chains on real Relaton records (the `relaton-sample` CTest fixture unpacks
// them from ../shared/corpora): edition chains, supplements and catalogue links.
#include <catch2/catch.hpp>
#include <set>

#include "stdgraph/analysis/chains.h"
#include "stdgraph/analysis/deps.h"
#include "stdgraph/analysis/risk.h"
#include "support.h"

using namespace stdgraph;

namespace {

struct Sample {
  Corpus corpus;
  Graph graph;
  Sample()
      : corpus(test::load_and_validate({STDGRAPH_RELATON_SAMPLE "/data"}).corpus), graph(corpus) {}
  std::size_t id(const char* name) const {
    std::size_t d = corpus.find_document(name);
    INFO(name);
    REQUIRE(d != npos);
    return d;
  }
  std::string name(std::size_t d) const { return corpus.documents[d].id; }
  // "item relation parent", indented by depth, in tree order.
  std::vector<std::string> lines(const DependencyTree& tree) const {
    std::vector<std::string> out;
    for (const auto& n : tree.nodes)
      if (n.parent != npos)
        out.push_back(std::string(n.depth - 1, ' ') + name(n.document) + " " +
                      std::string(step_label(n.step)) + " " + name(tree.nodes[n.parent].document));
    return out;
  }
};

const Sample& sample() {
  static const Sample s;
  return s;
}

}  // namespace

TEST_CASE("deps of a bare number starts at the newest edition and walks the editions back",
          "[relaton][deps]") {
  const Sample& s = sample();
  auto tree = dependencies(s.corpus, s.graph, s.id("X.1051"), Direction::upstream, {});
  CHECK(s.name(tree.root) == "X.1051 (06/2023)");
  CHECK(s.lines(tree) == std::vector<std::string>{
                             "ISO/IEC 27011 common-text X.1051 (06/2023)",
                             "X.1051 (04/2016) previous-edition X.1051 (06/2023)",
                             " X.1051 (02/2008) previous-edition X.1051 (04/2016)",
                             "  X.1051 (07/2004) previous-edition X.1051 (02/2008)",
                         });
}

TEST_CASE("a named edition starts at that edition", "[relaton][deps]") {
  const Sample& s = sample();
  auto tree =
      dependencies(s.corpus, s.graph, s.id("ITU-T X.1051 (02/2008)"), Direction::upstream, {});
  CHECK(s.name(tree.root) == "X.1051 (02/2008)");
  CHECK(s.lines(tree) ==
        std::vector<std::string>{"ISO/IEC 27011 common-text X.1051 (02/2008)",
                                 "X.1051 (07/2004) previous-edition X.1051 (02/2008)"});
}

TEST_CASE("impact of the first X.1051: later editions, its Supplements, the corrigendum",
          "[relaton][deps]") {
  const Sample& s = sample();
  ImpactReport report = impact(s.corpus, s.graph, s.id("X.1051 (07/2004)"), {});
  std::map<std::string, std::size_t> depth;
  for (const auto& n : report.tree.nodes)
    if (n.parent != npos) depth[s.name(n.document)] = n.depth;
  CHECK(depth == std::map<std::string, std::size_t>{
                     {"X.1051 (02/2008)", 1},
                     {"X.1051 (04/2016)", 2},
                     {"X.1051 (06/2023)", 3},
                     {"X Suppl. 13 (09/2018)", 1},  // complementOf, listed on each edition
                     {"X Suppl. 34 (01/2019)", 1},
                     {"X Suppl. 36 (09/2021)", 1},
                     {"X.1051 (2016) Cor. 1 (09/2017)", 1},  // hasEdition, a corrigendum
                 });
  REQUIRE(report.groups.size() == 1);
  CHECK(report.groups[0].id == "SG17");
  CHECK(report.groups[0].questions.size() == 1);
  CHECK(report.groups[0].questions[0].id.empty());  // the catalogue gives no Question
}

TEST_CASE("a Supplement's editions chain too, and it rests on every edition it names",
          "[relaton][deps]") {
  const Sample& s = sample();
  auto tree = dependencies(s.corpus, s.graph, s.id("X Suppl. 13"), Direction::upstream,
                           {1, DependencyTypes::defaults()});
  CHECK(s.name(tree.root) == "X Suppl. 13 (09/2018)");
  CHECK(s.lines(tree) == std::vector<std::string>{
                             "X.1051 (02/2008) complements X Suppl. 13 (09/2018)",
                             "X.1051 (04/2016) complements X Suppl. 13 (09/2018)",
                             "X.1051 (06/2023) complements X Suppl. 13 (09/2018)",
                             "X.1051 (07/2004) complements X Suppl. 13 (09/2018)",
                             "X Suppl. 13 (09/2012) previous-edition X Suppl. 13 (09/2018)",
                         });
  // A.1's two editions in the sample chain.
  auto a1 = dependencies(s.corpus, s.graph, s.id("A.1"), Direction::upstream, {});
  CHECK(s.lines(a1) == std::vector<std::string>{"A.1 (03/1993) previous-edition A.1 (07/2006)"});
}

TEST_CASE("chains and risk over the sample", "[relaton][chains][risk]") {
  const Sample& s = sample();
  ChainsReport chains = analyse_chains(s.corpus, s.graph, {});
  REQUIRE_FALSE(chains.longest.empty());
  const auto& steps = chains.longest[0].steps;
  CHECK(steps.size() == 4);
  CHECK(s.name(steps.front().from) == "X Suppl. 13 (09/2018)");
  CHECK(s.name(steps.back().to) == "X.1051 (07/2004)");
  CHECK(chains.cycles.empty());
  // Old editions are withdrawn, but every Supplement also names the edition in force:
  // nothing is reported as resting on a withdrawn text.
  RiskReport risk = find_risks(s.corpus, s.graph, {});
  CHECK(risk.drafts == 0);
  CHECK(risk.stale.empty());
}
