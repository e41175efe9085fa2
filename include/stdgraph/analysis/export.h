// `stdgraph export`: which part of the graph to hand to other graph tools.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stdgraph/analysis/deps.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

// The nodes to export, by Graph node id; edges go along when both ends are kept.
struct ExportSelection {
  std::vector<bool> nodes;
};

// A node is kept when any selector keeps it:
//   NAME           the item and every chain through it, upstream and downstream
//   group:ID       items under ID (model/groups.h: of ID, its working parties, Questions)
//   kind:KIND      items of that kind (kind:supplement)
//   status:STATUS  items whose status now is STATUS (status:planned)
// Groups come with the items they are responsible for, and with their parents. No
// selector keeps everything. On a selector naming nothing, nullopt and *error says what
// is wrong (with the nearest names for an unknown item).
std::optional<ExportSelection> select_for_export(const Corpus& corpus, const Graph& graph,
                                                 const std::vector<std::string>& selectors,
                                                 const DependencyTypes& types, std::string* error);

}  // namespace stdgraph
