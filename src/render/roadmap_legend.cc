#include "roadmap_legend.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "roadmap_style.h"

namespace stdgraph::render {
namespace {

Agnode_t* legend_node(Agraph_t* g, RoadmapGraph& b, const std::string& name,
                      const std::string& label) {
  Agnode_t* n = agnode(g, const_cast<char*>(name.c_str()), 1);
  set(n, "label", label);
  set(n, "class", "legend");
  set(n, "fontsize", "9");
  b.legend_nodes.push_back(n);
  return n;
}

}  // namespace

LegendEntries legend_entries(const RoadmapModel& model) {
  LegendEntries l;
  std::set<int> statuses;
  std::set<DocKind> kinds;
  std::set<RelationType> relations;
  for (const auto& n : model.nodes) {
    statuses.insert(n.status ? static_cast<int>(*n.status) : -1);
    kinds.insert(n.kind);
    l.drafts |= n.draft && n.kind == DocKind::recommendation;
  }
  for (const auto& e : model.edges) relations.insert(e.type);
  for (int s : statuses)
    l.statuses.push_back(s < 0 ? std::nullopt : std::optional<Status>(static_cast<Status>(s)));
  l.kinds.assign(kinds.begin(), kinds.end());
  l.relations.assign(relations.begin(), relations.end());
  return l;
}

std::vector<std::vector<LegendItem>> add_legend(Agraph_t* g, RoadmapGraph& b,
                                                const LegendEntries& l) {
  std::vector<std::vector<LegendItem>> rows(3);
  int k = 0;
  auto name = [&k] { return fmt::format("legend_{}", k++); };
  Agnode_t* head = legend_node(g, b, name(), "Status:");
  set(head, "shape", "plaintext");
  set(head, "style", "");
  rows[0].push_back({{head}});
  for (const auto& s : l.statuses) {
    Agnode_t* n = legend_node(g, b, name(), s ? std::string(to_string(*s)) : "no status");
    set(n, "fillcolor", status_fill(s));
    set(n, "style", "filled");
    rows[0].push_back({{n}});
  }
  head = legend_node(g, b, name(), "Kind:");
  set(head, "shape", "plaintext");
  set(head, "style", "");
  rows[1].push_back({{head}});
  for (DocKind kind : l.kinds) {
    Agnode_t* n = legend_node(g, b, name(), std::string(to_string(kind)));
    set(n, "shape", kind_shape(kind));
    set(n, "style", kind == DocKind::recommendation ? "filled,rounded" : "filled");
    rows[1].push_back({{n}});
  }
  if (l.drafts) {
    Agnode_t* n = legend_node(g, b, name(), "draft (dashed)");
    set(n, "style", "filled,rounded,dashed");
    rows[1].push_back({{n}});
  }
  if (l.targets) {
    Agnode_t* n = legend_node(g, b, name(), "target (planned completion)");
    set(n, "shape", "cds");
    set(n, "style", "filled,dashed");
    set(n, "color", "#5b6b85");
    set(n, "fontcolor", "#3b4a63");
    rows[1].push_back({{n}});
  }
  if (!l.relations.empty()) {
    head = legend_node(g, b, name(), "Relation:");
    set(head, "shape", "plaintext");
    set(head, "style", "");
    rows[2].push_back({{head}});
  }
  for (RelationType t : l.relations) {
    Agnode_t* a = legend_node(g, b, name(), "");
    Agnode_t* z = legend_node(g, b, name(), std::string(to_string(t)));
    set(a, "shape", "point");
    set(a, "width", "0.06");
    set(z, "shape", "plaintext");
    set(z, "style", "");
    Agedge_t* e = agedge(g, a, z, nullptr, 1);
    style_edge(e, t);
    set(e, "class", fmt::format("legend {}", to_string(t)));
    rows[2].push_back({{a, z}});
  }
  if (rows[2].empty()) rows.pop_back();
  return rows;
}

void place_legend(Agraph_t* legend, const std::vector<std::vector<LegendItem>>& rows,
                  const NodeSizes& size, double left, double top, double right) {
  double y = top + 6, legend_right = left;
  for (const auto& row : rows) {
    double x = left + 8, row_h = 0;
    for (const auto& item : row) row_h = std::max(row_h, size.at(item.nodes.back()).second);
    for (const auto& item : row) {
      double item_w = 0;
      for (Agnode_t* n : item.nodes) item_w += size.at(n).first;
      if (item.nodes.size() == 2) item_w += 30;
      if (x + item_w > right && x > left + 8) {
        y += row_h + 6;
        x = left + 8;
      }
      double cy = y + row_h / 2;
      if (item.nodes.size() == 1) {
        set(item.nodes[0], "pos", point(x + item_w / 2, -cy));
      } else {
        set(item.nodes[0], "pos", point(x + 3, -cy));
        set(item.nodes[1], "pos", point(x + item_w - size.at(item.nodes[1]).first / 2, -cy));
      }
      for (Agnode_t* n : item.nodes) agsubnode(legend, n, 1);
      x += item_w + 12;
      legend_right = std::max(legend_right, x);
    }
    y += row_h + 6;
  }
  set(legend, "bb", box(left, -(y + 4), std::max(legend_right, left + 120.0), -top));
  set(legend, "label", "");
  set(legend, "style", "rounded");
  set(legend, "color", "#c9ced8");
  set(legend, "id", "legend");
}

}  // namespace stdgraph::render
