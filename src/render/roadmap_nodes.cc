#include "roadmap_nodes.h"

#include <set>

#include <fmt/format.h>

#include "graphviz_labels.h"
#include "roadmap_style.h"

namespace stdgraph::render {
namespace {

std::string item_tooltip(const RoadmapNode& n) {
  std::string t = n.id;
  if (!n.title.empty()) t += " \xE2\x80\x94 " + n.title;  // " — "
  t += fmt::format(" ({}", to_string(n.kind));
  if (n.status) t += fmt::format(", {}", to_string(*n.status));
  if (!n.date.empty()) t += fmt::format(" {}", n.date.to_string());
  if (!n.target.empty()) t += fmt::format(", target {}", n.target);
  if (!n.editions.empty()) t += fmt::format(", {} editions", n.editions.size());
  if (!n.also.empty()) t += fmt::format(", also {}", fmt::join(n.also, ", "));
  t += ")";
  return graphviz_tooltip(t);
}

std::string item_label(const RoadmapNode& n, bool with_title) {
  std::vector<std::string> lines = {n.id};
  if (!n.editions.empty()) lines[0] += fmt::format(" (\xC3\x97{})", n.editions.size());  // ×N
  if (!n.also.empty()) lines.push_back(fmt::format("also {}", fmt::join(n.also, ", ")));
  if (with_title && !n.title.empty())
    for (auto& l : wrap(n.title, 26, 3)) lines.push_back(std::move(l));
  return label_lines(lines);
}

}  // namespace

void add_items(RoadmapGraph& b, const RoadmapModel& model, const GraphvizOptions& options,
               const std::vector<Agraph_t*>& parent_of) {
  bool with_title = model.nodes.size() <= options.titles_up_to;
  std::set<std::string> used;
  for (std::size_t i = 0; i < model.nodes.size(); ++i) {
    const RoadmapNode& n = model.nodes[i];
    std::string anchor = node_anchor(n.id);
    while (!used.insert(anchor).second) anchor += "-";  // ids the corpus keeps apart
    Agraph_t* parent = parent_of.empty() ? b.graph.get() : parent_of[i];
    Agnode_t* node = agnode(parent, const_cast<char*>(anchor.c_str()), 1);
    set(node, "id", anchor);
    set(node, "label", item_label(n, with_title));
    set(node, "tooltip", item_tooltip(n));
    set(node, "shape", kind_shape(n.kind));
    set(node, "fillcolor", status_fill(n.status));
    std::string style = "filled";
    if (n.kind == DocKind::recommendation) style += ",rounded";
    if (n.draft) style += ",dashed";
    set(node, "style", style);
    if (n.status && status_rank(*n.status) == 5) set(node, "fontcolor", "#555555");
    set(node, "class",
        fmt::format("item kind-{} status-{}", to_string(n.kind),
                    n.status ? to_string(*n.status) : "none"));
    if (!options.link_prefix.empty()) {
      set(node, "URL", graphviz_text(options.link_prefix + anchor));
      set(node, "target", "_top");
    }
    b.items.push_back(node);
  }
}

void add_target_marks(RoadmapGraph& b, const RoadmapModel& model,
                      const std::vector<std::size_t>& marks) {
  for (std::size_t k = 0; k < marks.size(); ++k) {
    const RoadmapNode& n = model.nodes[marks[k]];
    Agnode_t* mark =
        agnode(b.graph.get(), const_cast<char*>(fmt::format("target_{}", k).c_str()), 1);
    set(mark, "id", fmt::format("target-{}", k));
    set(mark, "label", label_lines({"target " + n.target, n.id}));
    set(mark, "tooltip",
        graphviz_tooltip(fmt::format("{}: target {} (planned completion, not an "
                                     "event)",
                                     n.id, n.target)));
    set(mark, "shape", "cds");
    set(mark, "style", "filled,dashed");
    set(mark, "color", "#5b6b85");
    set(mark, "fontcolor", "#3b4a63");
    set(mark, "fontsize", "9");
    set(mark, "class", fmt::format("target status-{}", n.status ? to_string(*n.status) : "none"));
    b.marks.push_back(mark);
  }
}

void add_target_edges(RoadmapGraph& b, const RoadmapModel& model,
                      const std::vector<std::size_t>& marks) {
  for (std::size_t k = 0; k < marks.size(); ++k) {
    Agedge_t* edge = agedge(b.graph.get(), b.items[marks[k]], b.marks[k], nullptr, 1);
    set(edge, "style", "dashed");
    set(edge, "color", "#5b6b85");
    set(edge, "arrowhead", "empty");
    set(edge, "penwidth", "0.8");
    set(edge, "class", "target");
    set(edge, "tooltip",
        graphviz_tooltip(
            fmt::format("{}: target {}", model.nodes[marks[k]].id, model.nodes[marks[k]].target)));
  }
}

void add_item_edges(RoadmapGraph& b, const RoadmapModel& model) {
  for (std::size_t i = 0; i < model.edges.size(); ++i) {
    const RoadmapEdge& e = model.edges[i];
    Agedge_t* edge = agedge(b.graph.get(), b.items[e.from], b.items[e.to], nullptr, 1);
    style_edge(edge, e.type);
    set(edge, "tooltip",
        graphviz_tooltip(fmt::format("{} {} {}", model.nodes[e.from].id, to_string(e.type),
                                     model.nodes[e.to].id)));
    b.item_edges.push_back(edge);
  }
}

}  // namespace stdgraph::render
