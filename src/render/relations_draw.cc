// The relations layout drawn with cgraph: the items clustered by group and Question and
// laid out by dot, or, for large graphs, unclustered by sfdp with the legend set below.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "cgraph_doc.h"
#include "roadmap_layouts.h"
#include "roadmap_legend.h"
#include "roadmap_nodes.h"

namespace stdgraph::render {
namespace {

// sfdp leaves no place for a legend: keep its positions (pinned), size the legend's nodes,
// set them in rows below the drawing and lay the whole out again with nop2 (straight edges).
bool add_legend_below(GVC_t* gvc, Agraph_t* g, RoadmapGraph& b, const RoadmapModel& model) {
  boxf bb = GD_bb(g);
  std::vector<std::string> pos;
  for (Agnode_t* n : b.items) pos.push_back(point(ND_coord(n).x, ND_coord(n).y));
  gvFreeLayout(gvc, g);
  for (std::size_t i = 0; i < b.items.size(); ++i) set(b.items[i], "pos", pos[i]);
  auto rows = add_legend(g, b, legend_entries(model));
  for (Agnode_t* n : b.legend_nodes) set(n, "pos", "0,0!");
  if (gvLayout(gvc, g, "nop2") != 0) return false;
  NodeSizes size;
  for (Agnode_t* n : b.legend_nodes) size[n] = {ND_width(n) * 72.0, ND_height(n) * 72.0};
  gvFreeLayout(gvc, g);
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  place_legend(legend, rows, size, bb.LL.x, -bb.LL.y + 14, std::max(bb.UR.x, bb.LL.x + 400));
  return gvLayout(gvc, g, "nop2") == 0;
}

}  // namespace

GraphvizResult draw_relations(GVC_t* gvc, const RoadmapModel& model, const GraphvizOptions& options,
                              GraphvizResult result) {
  bool use_dot = model.nodes.size() <= options.limits.dot_nodes &&
                 model.edges.size() <= options.limits.dot_edges;
  RoadmapGraph b;
  b.graph.reset(open_graph("roadmap"));
  Agraph_t* g = b.graph.get();
  if (!options.title.empty()) {
    declare(g, AGRAPH, "label", graphviz_text(options.title).c_str());
    declare(g, AGRAPH, "labelloc", "t");
    declare(g, AGRAPH, "fontsize", "14");
  }
  // Clusters: a group, and inside it one per Question (dot only: sfdp ignores clusters).
  std::map<std::string, Agraph_t*> group_cluster;
  std::map<std::pair<std::string, std::string>, Agraph_t*> question_cluster;
  std::vector<Agraph_t*> parent_of;
  int k = 0;
  for (const auto& n : use_dot ? model.nodes : std::vector<RoadmapNode>{}) {
    Agraph_t*& gc = group_cluster[n.group];
    if (!gc) {
      gc = agsubg(g, const_cast<char*>(fmt::format("cluster_{}", k++).c_str()), 1);
      set(gc, "label", graphviz_text(n.group.empty() ? "(no group)" : n.group));
      set(gc, "style", "rounded,filled");
      set(gc, "fillcolor", "#f3f5f9");
      set(gc, "color", "#9aa3b5");
      set(gc, "class", "group");
    }
    Agraph_t* parent = gc;
    if (!n.question.empty()) {
      Agraph_t*& qc = question_cluster[{n.group, n.question}];
      if (!qc) {
        qc = agsubg(gc, const_cast<char*>(fmt::format("cluster_{}", k++).c_str()), 1);
        set(qc, "label", graphviz_text(n.question));
        set(qc, "style", "rounded,filled");
        set(qc, "fillcolor", "#ffffff");
        set(qc, "color", "#c9ced8");
        set(qc, "class", "question");
      }
      parent = qc;
    }
    parent_of.push_back(parent);
  }
  add_items(b, model, options, parent_of);
  add_item_edges(b, model);
  if (use_dot) {
    Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
    set(legend, "label", "Legend");
    set(legend, "style", "rounded");
    set(legend, "color", "#c9ced8");
    set(legend, "id", "legend");
    auto rows = add_legend(legend, b, legend_entries(model));
    // Each row reads left to right: invisible edges in the layout's flow.
    for (const auto& row : rows)
      for (std::size_t i = 0; i + 1 < row.size(); ++i) {
        Agedge_t* e = agedge(legend, row[i].nodes.back(), row[i + 1].nodes.front(), nullptr, 1);
        set(e, "style", "invis");
      }
    declare(g, AGRAPH, "rankdir", "LR");
    declare(g, AGRAPH, "nodesep", "0.15");
    declare(g, AGRAPH, "ranksep", "0.5");
    declare(g, AGRAPH, "outputorder", "edgesfirst");
  } else {
    declare(g, AGRAPH, "overlap", "scale");
    declare(g, AGRAPH, "splines", "false");
    declare(g, AGRAPH, "outputorder", "edgesfirst");
  }
  declare(g, AGRAPH, "pad", "0.2");
  const char* engine = use_dot ? "dot" : "sfdp";
  if (gvLayout(gvc, g, engine) != 0) {
    result.error = fmt::format("Graphviz ({}) could not lay out the graph", engine);
    return result;
  }
  if (!use_dot && !add_legend_below(gvc, g, b, model)) {
    result.error = "Graphviz could not place the legend";
    return result;
  }
  result.engine = engine;
  result.data = render_graph(gvc, g, options.format, result.error);
  gvFreeLayout(gvc, g);
  return result;
}

}  // namespace stdgraph::render
