// Roadmap diagrams: a RoadmapModel laid out and drawn by Graphviz (cgraph + gvc,
// in-process) as SVG, PNG, PDF or DOT. No Graphviz type leaves src/render.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/analysis/roadmap.h"

namespace stdgraph {

enum class RoadmapLayout : std::uint8_t {
  timeline,   // time left to right, one lane per group or Question (positions computed here)
  relations,  // the graph around the items, clustered by group and Question (dot or sfdp)
};

// Above these sizes (nodes and edges after collapsing) the layout changes engine, and
// above the caps it is refused with a message saying what to filter. Measured with
// scripts/bench-roadmap on the ITU-T corpus.
struct RenderLimits {
  std::size_t dot_nodes = 800;  // relations: dot up to here, sfdp above
  std::size_t dot_edges = 500;
  std::size_t routed_edges = 400;  // timeline: edges routed around nodes up to here
  std::size_t max_nodes = 5000;    // refused above
  std::size_t max_edges = 20000;
};

struct GraphvizOptions {
  RoadmapLayout layout = RoadmapLayout::timeline;
  std::string format = "svg";      // svg, png, pdf or dot
  std::string title;               // drawn at the top; may be empty
  std::string link_prefix;         // when set, each node links to link_prefix + node_anchor(id)
  std::size_t titles_up_to = 150;  // more nodes than this: labels carry identifiers only
  RenderLimits limits;
};

struct GraphvizResult {
  std::string data;                // the rendered file; empty on error
  std::string engine;              // the Graphviz layout used: nop2, dot or sfdp
  std::string error;               // why nothing was drawn
  std::vector<std::string> notes;  // what Graphviz warned about
};

// The `id` a node carries in SVG and HTML: "item-" and the identifier with every byte
// outside [A-Za-z0-9._-] replaced, plus a hash of the identifier when one was.
std::string node_anchor(std::string_view identifier);

// Text for a plain (not HTML-like) Graphviz label: control characters and newlines become
// spaces, `&` becomes `&amp;` (Graphviz reads entities in labels) and backslashes are
// doubled, so no escape sequence of the text (\N, \G, \L, \n, \l) is interpreted.
// Graphviz itself quotes the result in DOT and escapes it in SVG.
std::string graphviz_text(std::string_view text);
// The same for a tooltip, whose text Graphviz unescapes twice: backslashes are quadrupled.
std::string graphviz_tooltip(std::string_view text);

GraphvizResult render_roadmap(const RoadmapModel& model, const GraphvizOptions& options);

// What a DOT text holds, read back through cgraph (for tests and checks).
struct DotNode {
  std::string name, id, label, tooltip, klass;
};
struct DotEdge {
  std::string tail, head, klass, style;
};
struct DotSummary {
  bool ok = false;
  std::string error;
  std::vector<DotNode> nodes;  // every node, including legend and header nodes
  std::vector<DotEdge> edges;  // every edge, including the legend's
  std::size_t clusters = 0;    // subgraphs named cluster*, at any depth
};
DotSummary read_dot(std::string_view text);

}  // namespace stdgraph
