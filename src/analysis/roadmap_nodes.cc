// A roadmap's nodes: one per work (its editions collapsed), then in reading order.
#include <algorithm>
#include <map>

#include "roadmap_order.h"
#include "stdgraph/analysis/roadmap_steps.h"

namespace stdgraph {

std::vector<WorkNode> collapse_editions(const Corpus& corpus, const RoadmapItems& items,
                                        bool all_editions) {
  auto chain_of = [&](std::size_t d) {
    return all_editions ? std::vector<std::size_t>{} : corpus.editions(d);
  };
  std::map<std::size_t, std::vector<std::size_t>> works;  // first edition -> selected editions
  for (std::size_t d : items.documents) {
    std::vector<std::size_t> chain = chain_of(d);
    works[chain.empty() ? d : chain.front()].push_back(d);
  }
  std::vector<WorkNode> nodes;
  for (auto& [first, members] : works) {
    std::vector<std::size_t> chain = chain_of(members.front());
    if (!chain.empty()) {
      auto position = [&](std::size_t d) { return std::find(chain.begin(), chain.end(), d); };
      std::sort(members.begin(), members.end(),
                [&](std::size_t a, std::size_t b) { return position(a) < position(b); });
    }
    std::size_t d = members.back();
    const Document& doc = corpus.documents[d];
    const StatusAsOf& state = items.state[d];
    RoadmapNode node;
    node.document = d;
    node.id = doc.id;
    node.title = doc.title();
    node.kind = doc.kind;
    node.status = state.status;
    node.draft = node.status && status_rank(*node.status) < 4;
    node.group = doc.group();
    node.question = doc.question();  // assign_lanes chooses among them
    // Drawn where its status puts it: the date of the event that gives the status (for an
    // undated stage, the last dated event). A target is a mark of its own, never the place.
    if (const StatusEvent* e = state.newest) node.date = e->date;
    node.target = state.target_text();
    if (auto target = state.target_date()) node.target_date = *target;
    if (members.size() > 1)
      for (std::size_t m : members) node.editions.push_back(corpus.documents[m].id);
    nodes.push_back({std::move(node), members});
  }
  return nodes;
}

std::vector<std::size_t> order_nodes(std::vector<WorkNode>& nodes, std::size_t documents,
                                     RoadmapModel& model) {
  std::sort(nodes.begin(), nodes.end(), [](const WorkNode& a, const WorkNode& b) {
    if (a.node.lane != b.node.lane) return a.node.lane < b.node.lane;
    if (a.node.column != b.node.column) return a.node.column < b.node.column;
    return roadmap_less(a.node.id, b.node.id);
  });
  std::vector<std::size_t> node_of(documents, npos);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    for (std::size_t m : nodes[i].members) node_of[m] = i;
    model.nodes.push_back(std::move(nodes[i].node));
  }
  return node_of;
}

}  // namespace stdgraph
