// Boost.Graph behind the facade of graph.h.
#include "stdgraph/graph.h"

#include <algorithm>
#include <deque>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>
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
    const std::string& owner = doc.question.empty() ? doc.group : doc.question;
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
  auto selected = [&](const BoostGraph::edge_descriptor& e) {
    return g[e].kind == EdgeKind::relation && keep(g[e].type);
  };
  auto no_vertex_filter = [](std::size_t) { return true; };
  boost::filtered_graph<BoostGraph, std::function<bool(BoostGraph::edge_descriptor)>,
                        std::function<bool(std::size_t)>>
      fg(g, selected, no_vertex_filter);

  std::vector<std::size_t> component(boost::num_vertices(g));
  std::size_t count = boost::strong_components(
      fg, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));

  std::vector<std::size_t> size(count, 0);
  for (std::size_t c : component) ++size[c];

  std::vector<Cycle> cycles;
  std::vector<bool> done(count, false);
  for (std::size_t start = 0; start < documents_; ++start) {
    std::size_t comp = component[start];
    if (done[comp]) continue;
    // A self-loop is a cycle of one; otherwise the component needs two or more nodes.
    bool self_loop = false;
    for (auto [it, end] = boost::out_edges(start, fg); it != end; ++it)
      if (boost::target(*it, fg) == start) {
        done[comp] = true;
        cycles.push_back({{impl_->to_edge(*it)}});
        self_loop = true;
        break;
      }
    if (self_loop || size[comp] < 2) continue;
    done[comp] = true;
    // Breadth-first search inside the component for the shortest way back to start.
    std::vector<std::size_t> via(boost::num_vertices(g), npos);
    std::vector<BoostGraph::edge_descriptor> via_edge(boost::num_vertices(g));
    std::deque<std::size_t> queue = {start};
    BoostGraph::edge_descriptor closing{};
    bool found = false;
    while (!queue.empty() && !found) {
      std::size_t v = queue.front();
      queue.pop_front();
      for (auto [it, end] = boost::out_edges(v, fg); it != end && !found; ++it) {
        std::size_t w = boost::target(*it, fg);
        if (component[w] != comp) continue;
        if (w == start) {
          closing = *it;
          found = true;
        } else if (via[w] == npos) {
          via[w] = v;
          via_edge[w] = *it;
          queue.push_back(w);
        }
      }
    }
    if (!found) continue;
    Cycle cycle;
    cycle.edges.push_back(impl_->to_edge(closing));
    for (std::size_t v = boost::source(closing, g); v != start; v = via[v])
      cycle.edges.push_back(impl_->to_edge(via_edge[v]));
    std::reverse(cycle.edges.begin(), cycle.edges.end());
    cycles.push_back(std::move(cycle));
  }
  return cycles;
}

}  // namespace stdgraph
