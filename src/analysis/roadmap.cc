// build_roadmap: the steps of roadmap_steps.h, in order.
#include "stdgraph/analysis/roadmap.h"

#include "stdgraph/analysis/roadmap_steps.h"

namespace stdgraph {

RoadmapModel build_roadmap(const Corpus& corpus, const Graph& graph,
                           const RoadmapOptions& options) {
  const RoadmapSelection& sel = options.selection;
  RoadmapModel model;
  model.as_of = sel.as_of;
  RoadmapItems items = select_roadmap_items(corpus, graph, sel);
  if (!items.problems.empty()) {
    model.problems = std::move(items.problems);
    return model;
  }
  model.documents = items.documents.size();
  model.no_group = items.no_group;
  model.selected = items.documents;

  std::vector<WorkNode> nodes = collapse_editions(corpus, items, sel.all_editions);
  model.lanes_by = options.lanes;
  model.lanes = assign_lanes(corpus, nodes, model.lanes_by, sel);
  model.step = options.step;
  model.columns = assign_columns(nodes, model.step);
  std::vector<std::size_t> node_of = order_nodes(nodes, corpus.documents.size(), model);
  connect_nodes(graph, model.selected, node_of, sel.all_edges, model);
  return model;
}

}  // namespace stdgraph
