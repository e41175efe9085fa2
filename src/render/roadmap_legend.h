// A roadmap's legend: a sample of each status, kind and relation type the drawing shows,
// as cgraph nodes in rows, and, for layouts that pin positions, those rows placed in a box.
#pragma once

#include <graphviz/cgraph.h>

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "roadmap_nodes.h"

namespace stdgraph::render {

// The statuses, kinds and relation types the model shows.
struct LegendEntries {
  std::vector<std::optional<Status>> statuses;
  std::vector<DocKind> kinds;
  bool drafts = false;
  bool targets = false;  // a sample target mark (the timeline sets it when it draws any)
  std::vector<RelationType> relations;
};
LegendEntries legend_entries(const RoadmapModel& model);

struct LegendItem {
  std::vector<Agnode_t*> nodes;  // one node, or the two ends of a sample edge
};

// Adds legend nodes to g (a cluster or the root) and to b.legend_nodes; returns them in
// rows: statuses, kinds, relations (left out when there are none).
std::vector<std::vector<LegendItem>> add_legend(Agraph_t* g, RoadmapGraph& b,
                                                const LegendEntries& l);

using NodeSizes = std::map<Agnode_t*, std::pair<double, double>>;  // width, height in points

// Pins the legend's rows from (left, top) downwards (y grows downwards here; Graphviz's y is
// -y), wrapping at `right`, inside the cluster `legend`, and gives the cluster its box.
void place_legend(Agraph_t* legend, const std::vector<std::vector<LegendItem>>& rows,
                  const NodeSizes& size, double left, double top, double right);

}  // namespace stdgraph::render
