// Condensation of a directed graph: Boost's strong components and topological sort, on
// compressed sparse row graphs (built in one pass from the edge list).
#include <algorithm>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

#include "stdgraph/graph/graph.h"

namespace stdgraph {

Condensation condense(std::size_t nodes,
                      const std::vector<std::pair<std::size_t, std::size_t>>& edges) {
  using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
  Csr g(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), nodes);
  Condensation result;
  result.component.resize(nodes);
  result.count = boost::strong_components(
      g, boost::make_iterator_property_map(result.component.begin(),
                                           boost::get(boost::vertex_index, g)));

  std::vector<std::pair<std::size_t, std::size_t>> between;
  between.reserve(edges.size());
  for (const auto& [from, to] : edges)
    if (result.component[from] != result.component[to])
      between.emplace_back(result.component[from], result.component[to]);
  Csr sets(boost::edges_are_unsorted_multi_pass, between.begin(), between.end(), result.count);
  // topological_sort writes the sets in reverse topological order.
  result.order.reserve(result.count);
  boost::topological_sort(sets, std::back_inserter(result.order));
  std::reverse(result.order.begin(), result.order.end());
  return result;
}

}  // namespace stdgraph
