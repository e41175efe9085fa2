// The steps of build_roadmap (roadmap.h), each usable and testable alone:
//   select_roadmap_items  the first set, widened by --around, filtered by date and status
//   collapse_editions     one node per work (a chain of editions: its newest selected one)
//   assign_lanes          a lane per group or Question, in natural order
//   assign_columns        a column per year or quarter from the first date to the last
//   order_nodes           nodes by lane, column, id
//   connect_nodes         edges between nodes, merged, and those a longer path implies dropped
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/status.h"

namespace stdgraph {

// The documents a selection picks, in corpus order, with each one's status as of the
// selection's date (state is indexed by document; only selected ones are filled).
struct RoadmapItems {
  std::vector<std::size_t> documents;
  std::vector<StatusAsOf> state;
  std::vector<std::string> problems;  // names that match nothing; then nothing is selected
  std::size_t no_group = 0;           // see RoadmapModel::no_group
};
// Groups pick the items under them (model/groups.h), Questions the items under them, ids
// and documents themselves; no criterion picks every item with a row of its own.
RoadmapItems select_roadmap_items(const Corpus& corpus, const Graph& graph,
                                  const RoadmapSelection& selection);

// A node with the documents it stands for (its work's selected editions, oldest first).
struct WorkNode {
  RoadmapNode node;
  std::vector<std::size_t> members;
};
// One node per work, by the work's first edition (all_editions: one per document).
std::vector<WorkNode> collapse_editions(const Corpus& corpus, const RoadmapItems& items,
                                        bool all_editions);

// Sets each node's lane and returns the lanes; `by` automatic becomes Questions when
// Questions were asked for, or when one group has items of Questions. An item under several
// groups or Questions goes in the lane of the first of them under what the selection asked
// for (else its first), and names the others in RoadmapNode::also.
std::vector<RoadmapLane> assign_lanes(const Corpus& corpus, std::vector<WorkNode>& nodes,
                                      LaneBy& by, const RoadmapSelection& selection);

// Sets each node's column (and its target's: a year-only target in quarters falls in the
// year's last quarter) and returns the columns, from the first date to the last, targets
// included ("undated" first when an item has no date); `step` automatic becomes quarters
// when every date has a month and they span at most two years.
std::vector<RoadmapColumn> assign_columns(std::vector<WorkNode>& nodes, TimeStep& step);

// Sorts the nodes into reading order (lane, column, id) and moves them into the model;
// returns for each document the node standing for it (npos: none).
std::vector<std::size_t> order_nodes(std::vector<WorkNode>& nodes, std::size_t documents,
                                     RoadmapModel& model);

// The relations among the selected documents as edges between their nodes: one per pair
// and type (either way for symmetric types); unless all_edges, those a longer path implies
// are dropped (transitive_edges in graph.h). Fills the model's edges and edge counts.
void connect_nodes(const Graph& graph, const std::vector<std::size_t>& selected,
                   const std::vector<std::size_t>& node_of, bool all_edges, RoadmapModel& model);

}  // namespace stdgraph
