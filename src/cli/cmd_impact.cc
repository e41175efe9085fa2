// stdgraph impact NAME: what rests on an item, grouped by group and Question.
#include "deps_cli.h"

namespace stdgraph::cli {

std::unique_ptr<Command> make_impact() {
  return std::make_unique<ItemSteps<ImpactReport>>(
      "impact", "What a change to an item touches, by group and Question",
      [](const Corpus& corpus, const Graph& graph, std::size_t item,
         const DependencyOptions& options) { return impact(corpus, graph, item, options); });
}

}  // namespace stdgraph::cli
