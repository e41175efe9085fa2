// The graph of a corpus: documents and groups as nodes, typed edges between them.
// A facade over Boost.Graph; nothing outside src/graph/ names a Boost type.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "stdgraph/model/corpus.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

enum class EdgeKind : std::uint8_t {
  relation,     // document -> document, typed by RelationType
  responsible,  // document -> the group or Question responsible for it
  parent,       // group -> its parent group
};

struct Edge {
  std::size_t from = 0;  // node ids
  std::size_t to = 0;
  EdgeKind kind = EdgeKind::relation;
  RelationType type = RelationType::normative_reference;  // for relation edges
  // For relation edges: the record that declares the relation, and its index there. The
  // declaring record is `from`, except for a reversed relation ("A obsoletedBy B" is
  // the edge B -supersedes-> A, declared by A).
  std::size_t owner = npos;
  std::size_t relation = npos;
};

// A loop of relation edges: edges[i].to == edges[i + 1].from, last.to == first.from.
struct Cycle {
  std::vector<Edge> edges;
};

// The strongly connected sets of any directed graph given by its edges (say one that an
// analysis derives from a Graph), with the sets in topological order: Boost's
// strong_components on the graph, then topological_sort on the graph of its sets.
struct Condensation {
  std::vector<std::size_t> component;  // node -> the set it belongs to
  std::size_t count = 0;               // number of sets
  std::vector<std::size_t> order;      // every set once; each edge goes from an earlier set
                                       // to a later one, or stays inside one set
};
Condensation condense(std::size_t nodes,
                      const std::vector<std::pair<std::size_t, std::size_t>>& edges);

// The transitive reduction of any directed graph given by its edges: true for each edge
// that a longer path implies (its target is also reached through another successor of its
// source). Worked out on the graph of strongly connected sets, so the edges of a loop, and
// of parallel edges the second, are kept.
std::vector<bool> transitive_edges(std::size_t nodes,
                                   const std::vector<std::pair<std::size_t, std::size_t>>& edges);

class Graph {
 public:
  // Node ids: documents first (node i is corpus.documents[i]), then groups.
  explicit Graph(const Corpus& corpus);
  ~Graph();
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;

  std::size_t node_count() const;
  std::size_t edge_count() const;
  std::size_t document_count() const { return documents_; }
  bool is_document(std::size_t node) const { return node < documents_; }
  std::size_t group_node(std::size_t group) const { return documents_ + group; }

  std::vector<Edge> out_edges(std::size_t node) const;
  std::vector<Edge> in_edges(std::size_t node) const;

  // Every loop among the relation edges whose type `keep` accepts, one per strongly
  // connected set of documents (a shortest loop through it), in node order.
  std::vector<Cycle> cycles(const std::function<bool(RelationType)>& keep) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::size_t documents_ = 0;
};

}  // namespace stdgraph
