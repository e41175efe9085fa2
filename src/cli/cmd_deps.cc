// stdgraph deps NAME: what an item rests on, as an indented tree.
#include "deps_cli.h"

namespace stdgraph::cli {

std::unique_ptr<Command> make_deps() {
  return std::make_unique<ItemSteps<DependencyTree>>(
      "deps", "What an item rests on: references, bases, editions, ...",
      [](const Corpus& corpus, const Graph& graph, std::size_t item,
         const DependencyOptions& options) {
        return dependencies(corpus, graph, item, Direction::upstream, options);
      });
}

}  // namespace stdgraph::cli
