// A roadmap's items and relations as cgraph nodes and edges, in the graph being built:
// labels, tooltips, status fills, kind shapes, SVG ids and classes, links. Both layouts
// start from these; each then places them its own way.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <vector>

#include "cgraph_doc.h"
#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/render/graphviz.h"

namespace stdgraph::render {

// The graph being drawn and the cgraph objects made for the model.
struct RoadmapGraph {
  std::unique_ptr<Agraph_t, GraphCloser> graph;
  std::vector<Agnode_t*> items;  // one per model node
  std::vector<Agnode_t*> legend_nodes;
  std::vector<Agedge_t*> item_edges;  // one per model edge
  std::vector<Agnode_t*> marks;       // one per target mark (timeline only)
};

// One node per model node, in the graph or, when parent_of is not empty, in
// parent_of[node] (a cluster).
void add_items(RoadmapGraph& b, const RoadmapModel& model, const GraphvizOptions& options,
               const std::vector<Agraph_t*>& parent_of);

// One edge per model edge, styled by its relation type.
void add_item_edges(RoadmapGraph& b, const RoadmapModel& model);

// The timeline's target marks: for node marks[k], a hollow dashed tag "target 2024" over
// its id, and a dashed grey arrow with an empty head from the item to it. A target is a
// planned completion, not an event: it never takes a status colour.
void add_target_marks(RoadmapGraph& b, const RoadmapModel& model,
                      const std::vector<std::size_t>& marks);
// The arrows, once the marks and items are placed (kept apart so that they are routed
// with the relations).
void add_target_edges(RoadmapGraph& b, const RoadmapModel& model,
                      const std::vector<std::size_t>& marks);

}  // namespace stdgraph::render
