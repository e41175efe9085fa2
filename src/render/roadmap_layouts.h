// The two roadmap layouts, each drawing a model into a fresh graph with the given context
// and rendering it: `result` comes back with the data, the engine used, or an error.
#pragma once

#include <graphviz/gvc.h>

#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/render/graphviz.h"

namespace stdgraph::render {

// Time left to right, lanes top to bottom: nodes pinned where timeline_grid puts them
// (layout "nop2"), edges routed by Graphviz, or straight when there are many.
GraphvizResult draw_timeline(GVC_t* gvc, const RoadmapModel& model, const GraphvizOptions& options,
                             GraphvizResult result);

// The relations between the items: dot with clusters per group and Question, or sfdp for
// large graphs, with the legend set below.
GraphvizResult draw_relations(GVC_t* gvc, const RoadmapModel& model, const GraphvizOptions& options,
                              GraphvizResult result);

}  // namespace stdgraph::render
