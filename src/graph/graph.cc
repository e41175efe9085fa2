// Boost.Graph behind the facade of graph.h.
#include "stdgraph/graph/graph.h"

#include <algorithm>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>

namespace stdgraph {

struct EdgeData {
  EdgeKind kind;
  RelationType type;
  std::size_t owner;
  std::size_t relation;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         boost::no_property, EdgeData>;

struct Graph::Impl {
  BoostGraph g;

  Edge to_edge(const BoostGraph::edge_descriptor& e) const {
    const EdgeData& d = g[e];
    return {boost::source(e, g), boost::target(e, g), d.kind, d.type, d.owner, d.relation};
  }
};

Graph::Graph(const Corpus& corpus) : impl_(std::make_unique<Impl>()) {
  documents_ = corpus.documents.size();
  BoostGraph& g = impl_->g;
  g = BoostGraph(documents_ + corpus.groups.size());
  for (std::size_t d = 0; d < documents_; ++d) {
    const Document& doc = corpus.documents[d];
    for (std::size_t r = 0; r < doc.relations.size(); ++r) {
      std::size_t target = corpus.relation_targets[d][r];
      if (target == npos) continue;
      EdgeData data{EdgeKind::relation, doc.relations[r].type, d, r};
      if (doc.relations[r].reversed)
        boost::add_edge(target, d, data, g);
      else
        boost::add_edge(d, target, data, g);
    }
    const std::string& owner = doc.question().empty() ? doc.group() : doc.question();
    if (std::size_t group = corpus.find_group(owner); group != npos)
      boost::add_edge(
          d, group_node(group),
          EdgeData{EdgeKind::responsible, RelationType::normative_reference, npos, npos}, g);
  }
  for (std::size_t i = 0; i < corpus.groups.size(); ++i) {
    if (corpus.groups[i].parent.empty()) continue;
    if (std::size_t parent = corpus.find_group(corpus.groups[i].parent); parent != npos)
      boost::add_edge(group_node(i), group_node(parent),
                      EdgeData{EdgeKind::parent, RelationType::normative_reference, npos, npos}, g);
  }
}

Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

std::size_t Graph::node_count() const {
  return boost::num_vertices(impl_->g);
}
std::size_t Graph::edge_count() const {
  return boost::num_edges(impl_->g);
}

std::vector<Edge> Graph::out_edges(std::size_t node) const {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(node, impl_->g); it != end; ++it)
    out.push_back(impl_->to_edge(*it));
  return out;
}

std::vector<Edge> Graph::in_edges(std::size_t node) const {
  std::vector<Edge> in;
  for (auto [it, end] = boost::in_edges(node, impl_->g); it != end; ++it)
    in.push_back(impl_->to_edge(*it));
  return in;
}

std::vector<Cycle> Graph::cycles(const std::function<bool(RelationType)>& keep) const {
  const BoostGraph& g = impl_->g;
  // The relation edges `keep` accepts, in one array grouped by document (each group in
  // out-edge order): edges [first[v], first[v + 1]) leave v. Relation edges join
  // documents only.
  std::vector<std::size_t> first(documents_ + 1, 0);
  std::vector<std::pair<std::size_t, std::size_t>> ends;
  std::vector<BoostGraph::edge_descriptor> kept;
  for (std::size_t v = 0; v < documents_; ++v) {
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      if (g[*it].kind == EdgeKind::relation && keep(g[*it].type)) {
        ends.emplace_back(v, boost::target(*it, g));
        kept.push_back(*it);
      }
    first[v + 1] = ends.size();
  }
  if (ends.empty()) return {};

  using Csr = boost::compressed_sparse_row_graph<boost::directedS>;
  Csr csr(boost::edges_are_sorted, ends.begin(), ends.end(), documents_);
  std::vector<std::size_t> component(documents_);
  std::size_t count = boost::strong_components(
      csr,
      boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, csr)));
  std::vector<std::size_t> size(count, 0);
  for (std::size_t c : component) ++size[c];

  // Scratch of the breadth-first searches, allocated once: each search resets only the
  // entries it set, so that many small loops cost their own size, not the graph's each.
  std::vector<Cycle> cycles;
  std::vector<bool> done(count, false);
  std::vector<std::size_t> via(documents_, npos);  // the edge that reached each node
  std::vector<std::size_t> queue;
  for (std::size_t start = 0; start < documents_; ++start) {
    std::size_t comp = component[start];
    if (done[comp]) continue;
    // A self-loop is a cycle of one; otherwise the component needs two or more nodes.
    bool self_loop = false;
    for (std::size_t k = first[start]; k < first[start + 1]; ++k)
      if (ends[k].second == start) {
        done[comp] = true;
        cycles.push_back({{impl_->to_edge(kept[k])}});
        self_loop = true;
        break;
      }
    if (self_loop || size[comp] < 2) continue;
    done[comp] = true;
    // Breadth-first search inside the component for the shortest way back to start. The
    // queue holds every node reached (head is the next to expand): the ones to reset.
    queue.assign(1, start);
    std::size_t closing = npos;
    for (std::size_t head = 0; head < queue.size() && closing == npos; ++head) {
      std::size_t v = queue[head];
      for (std::size_t k = first[v]; k < first[v + 1] && closing == npos; ++k) {
        std::size_t w = ends[k].second;
        if (component[w] != comp) continue;
        if (w == start) {
          closing = k;
        } else if (via[w] == npos) {
          via[w] = k;
          queue.push_back(w);
        }
      }
    }
    if (closing != npos) {
      Cycle cycle;
      cycle.edges.push_back(impl_->to_edge(kept[closing]));
      for (std::size_t v = ends[closing].first; v != start; v = ends[via[v]].first)
        cycle.edges.push_back(impl_->to_edge(kept[via[v]]));
      std::reverse(cycle.edges.begin(), cycle.edges.end());
      cycles.push_back(std::move(cycle));
    }
    for (std::size_t v : queue) via[v] = npos;
  }
  return cycles;
}

}  // namespace stdgraph
