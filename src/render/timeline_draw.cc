// The timeline drawn with cgraph: Graphviz sizes every node from its label (pass 1), the
// grid places them (timeline_grid.h, pass 2), and Graphviz routes the edges between the
// pinned nodes and renders.
#include <algorithm>

#include <fmt/format.h>

#include "cgraph_doc.h"
#include "graphviz_labels.h"
#include "roadmap_layouts.h"
#include "roadmap_legend.h"
#include "roadmap_nodes.h"
#include "roadmap_style.h"
#include "stdgraph/render/timeline_grid.h"

namespace stdgraph::render {
namespace {

// A column's heading: plain text, the same above the grid and repeated below it.
Agnode_t* column_header(Agraph_t* g, const std::string& name, const std::string& label) {
  Agnode_t* h = agnode(g, const_cast<char*>(name.c_str()), 1);
  set(h, "label", graphviz_text(label));
  set(h, "shape", "plaintext");
  set(h, "style", "");
  set(h, "fontsize", "11");
  set(h, "class", "column");
  return h;
}

}  // namespace

GraphvizResult draw_timeline(GVC_t* gvc, const RoadmapModel& model, const GraphvizOptions& options,
                             GraphvizResult result) {
  RoadmapGraph b;
  b.graph.reset(open_graph("roadmap"));
  Agraph_t* g = b.graph.get();
  add_items(b, model, options, {});
  const std::vector<std::size_t> marks = target_marks(model);
  add_target_marks(b, model, marks);
  std::vector<Agnode_t*> headers;
  for (std::size_t c = 0; c < model.columns.size(); ++c) {
    headers.push_back(column_header(g, fmt::format("column_{}", c), model.columns[c].label));
  }
  Agnode_t* title = nullptr;
  if (!options.title.empty()) {
    title = agnode(g, const_cast<char*>("title"), 1);
    set(title, "label", graphviz_text(options.title));
    set(title, "shape", "plaintext");
    set(title, "style", "");
    set(title, "fontsize", "14");
    set(title, "class", "title");
  }
  LegendEntries entries = legend_entries(model);
  entries.targets = !marks.empty();
  auto legend_rows = add_legend(g, b, entries);

  // Pass 1: Graphviz sizes every node from its label.
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) set(n, "pos", "0,0!");
  if (gvLayout(gvc, g, "nop2") != 0) {
    result.error = "Graphviz could not size the nodes";
    return result;
  }
  auto width = [](Agnode_t* n) { return ND_width(n) * 72.0; };
  auto height = [](Agnode_t* n) { return ND_height(n) * 72.0; };
  TimelineSizes sizes;
  for (Agnode_t* n : b.items) {
    sizes.item_width.push_back(width(n));
    sizes.item_height.push_back(height(n));
  }
  for (Agnode_t* n : b.marks) {
    sizes.mark_width.push_back(width(n));
    sizes.mark_height.push_back(height(n));
  }
  for (Agnode_t* n : headers) sizes.header_width.push_back(width(n));
  if (title) {
    sizes.title = true;
    sizes.title_width = width(title);
    sizes.title_height = height(title);
  }
  NodeSizes legend_size;
  for (Agnode_t* n : b.legend_nodes) legend_size[n] = {width(n), height(n)};
  gvFreeLayout(gvc, g);

  // Pass 2: the grid, and every node pinned where it says.
  const TimelineGrid grid = timeline_grid(model, sizes);
  if (title) set(title, "pos", point(grid.title.x, -grid.title.y));
  for (std::size_t c = 0; c < headers.size(); ++c)
    set(headers[c], "pos", point(grid.headers[c].x, -grid.headers[c].y));
  for (std::size_t l = 0; l < grid.lanes.size(); ++l) {
    std::string name = fmt::format("cluster_lane_{}", l);
    Agraph_t* lane = agsubg(g, const_cast<char*>(name.c_str()), 1);
    set(lane, "bb", box(0, -grid.lanes[l].bottom, grid.width, -grid.lanes[l].top));
    std::string label = model.lanes[l].id.empty() ? "(no group)" : model.lanes[l].id;
    if (!model.lanes[l].name.empty()) label += "  " + truncate_words(model.lanes[l].name, 90);
    set(lane, "label", graphviz_text(label));
    set(lane, "labeljust", "l");
    set(lane, "labelloc", "t");
    set(lane, "fontsize", "11");
    set(lane, "style", "filled");
    set(lane, "fillcolor", l % 2 ? "#ffffff" : "#f3f5f9");
    set(lane, "color", "#c9ced8");
    set(lane, "id", fmt::format("lane-{}", l));
    set(lane, "class", "lane");
    for (const auto& cell : grid.cells[l])
      for (std::size_t i : cell)
        if (i < b.items.size()) set(b.items[i], "pos", point(grid.items[i].x, -grid.items[i].y));
  }
  for (std::size_t k = 0; k < b.marks.size(); ++k)
    set(b.marks[k], "pos", point(grid.marks[k].x, -grid.marks[k].y));
  for (std::size_t r = 0; r < grid.rules.size(); ++r) {
    const TimelineRule& rule = grid.rules[r];
    Agnode_t* ends[2];
    for (int k = 0; k < 2; ++k) {
      ends[k] = agnode(g, const_cast<char*>(fmt::format("grid_{}_{}", r + 1, k).c_str()), 1);
      set(ends[k], "shape", "point");
      set(ends[k], "style", "invis");
      set(ends[k], "width", "0.01");
      set(ends[k], "label", "");
      set(ends[k], "class", "grid");
      set(ends[k], "pos", point(rule.x, -(k == 0 ? rule.top : rule.bottom)));
    }
    Agedge_t* line = agedge(g, ends[0], ends[1], nullptr, 1);
    set(line, "dir", "none");
    set(line, "style", "dashed");
    set(line, "color", "#aab3c2");
    set(line, "penwidth", "0.8");
    set(line, "class", "grid");
  }
  for (std::size_t c = 0; c < grid.headers_below.size(); ++c) {
    Agnode_t* h = column_header(g, fmt::format("column_{}_below", c), model.columns[c].label);
    set(h, "pos", point(grid.headers_below[c].x, -grid.headers_below[c].y));
  }
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  place_legend(legend, legend_rows, legend_size, 0, grid.legend_top, grid.legend_right);

  add_item_edges(b, model);
  add_target_edges(b, model, marks);
  bool routed = model.edges.size() <= options.limits.routed_edges;
  if (!routed) {
    // Hundreds of straight edges across the columns would hide the items under a grey
    // mesh: drawn thin and translucent, the items stay readable and dense bundles still show.
    for (std::size_t i = 0; i < b.item_edges.size(); ++i) {
      set(b.item_edges[i], "color", std::string(edge_style(model.edges[i].type).color) + "4d");
      set(b.item_edges[i], "penwidth", "0.6");
      set(b.item_edges[i], "arrowsize", "0.5");
    }
  }
  declare(g, AGRAPH, "splines", routed ? "true" : "line");
  declare(g, AGRAPH, "outputorder", "edgesfirst");
  declare(g, AGRAPH, "pad", "0.2");
  if (gvLayout(gvc, g, "nop2") != 0) {
    result.error = "Graphviz could not lay out the timeline";
    return result;
  }
  result.engine = routed ? "nop2 (edges routed)" : "nop2 (straight edges)";
  result.data = render_graph(gvc, g, options.format, result.error);
  gvFreeLayout(gvc, g);
  return result;
}

}  // namespace stdgraph::render
