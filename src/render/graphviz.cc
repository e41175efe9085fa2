// The one file that includes Graphviz: builds a cgraph graph from a RoadmapModel, lays it
// out with gvc in-process and renders it. The timeline's grid is computed here (time is
// a fixed axis, which a layered layout would not keep) and handed to Graphviz as pinned
// positions (layout "nop2"), which then routes the edges; the relations layout is dot's
// or, for large graphs, sfdp's.
#include "stdgraph/render/graphviz.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>

namespace stdgraph {
namespace {

// ---- Graphviz plumbing -------------------------------------------------------------

// Messages Graphviz reports while one render runs (it reports through a global hook).
std::vector<std::string>* g_messages = nullptr;
int collect_message(char* text) {
  if (g_messages && text) {
    std::string m(text);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    if (!m.empty()) g_messages->push_back(m);
  }
  return 0;
}

struct MessageScope {
  explicit MessageScope(std::vector<std::string>* sink) {
    g_messages = sink;
    previous_ = agseterrf(collect_message);
  }
  ~MessageScope() {
    agseterrf(previous_);
    g_messages = nullptr;
  }
  agusererrf previous_;
};

void set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

std::string get(void* obj, const char* name) {
  char* v = agget(obj, const_cast<char*>(name));
  return v ? std::string(v) : std::string();
}

void declare(Agraph_t* g, int kind, const char* name, const char* value) {
  agattr(g, kind, const_cast<char*>(name), const_cast<char*>(value));
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
struct ContextCloser {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};

// ---- Text ----------------------------------------------------------------------------

std::string truncate_words(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = text.rfind(' ', max);
  if (cut == std::string_view::npos || cut < max / 2) cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";                         // "…"
}

// Whitespace-collapsed text split into lines of about `width` bytes, at most `lines`.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t lines) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= ' ') {
      if (!word.empty()) words.push_back(std::move(word)), word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  std::vector<std::string> out;
  std::string line;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!line.empty() && line.size() + 1 + words[i].size() > width) {
      if (out.size() + 1 == lines) {
        std::string rest = line;
        for (std::size_t j = i; j < words.size(); ++j) rest += " " + words[j];
        out.push_back(truncate_words(rest, width));
        return out;
      }
      out.push_back(std::move(line));
      line.clear();
    }
    line += (line.empty() ? "" : " ") + words[i];
  }
  if (!line.empty()) out.push_back(truncate_words(line, width + 8));
  return out;
}

// Lines joined with Graphviz's centred line break, each line made inert first.
std::string label_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "\\n";
    out += graphviz_text(lines[i]);
  }
  return out;
}

// ---- Styles --------------------------------------------------------------------------

const char* status_fill(const std::optional<Status>& s) {
  if (!s) return "#ffffff";
  switch (*s) {
    case Status::planned:
      return "#e9e9e9";
    case Status::ongoing:
    case Status::moved:
      return "#fff2bf";
    case Status::on_agenda:
      return "#ffe08a";
    case Status::determined:
      return "#ffd29a";
    case Status::consented:
      return "#f5a65b";
    case Status::not_approved:
      return "#f6a8a8";
    case Status::approved:
    case Status::published:
      return "#9fd89a";
    case Status::agreed:
      return "#c2e7bf";
    case Status::superseded:
    case Status::withdrawn:
      return "#cfcfcf";
  }
  return "#ffffff";
}

const char* kind_shape(DocKind k) {
  switch (k) {
    case DocKind::recommendation:
      return "box";
    case DocKind::supplement:
    case DocKind::appendix:
      return "note";
    case DocKind::technical_report:
      return "folder";
    case DocKind::technical_paper:
      return "tab";
    case DocKind::amendment:
    case DocKind::corrigendum:
      return "component";
    case DocKind::series:
      return "box3d";
    case DocKind::external:
      return "ellipse";
    default:
      return "hexagon";
  }
}

struct EdgeStyle {
  const char* color;
  const char* style;
  const char* arrowhead;
  bool undirected;
};

EdgeStyle edge_style(RelationType t) {
  switch (t) {
    case RelationType::normative_reference:
      return {"#333333", "solid", "normal", false};
    case RelationType::informative_reference:
      return {"#777777", "dotted", "normal", false};
    case RelationType::supplement_to:
      return {"#2b6cb0", "solid", "onormal", false};
    case RelationType::amends:
    case RelationType::corrects:
      return {"#805ad5", "solid", "normal", false};
    case RelationType::revises:
      return {"#2f855a", "bold", "normal", false};
    case RelationType::supersedes:
      return {"#c53030", "bold", "normal", false};
    case RelationType::based_on:
      return {"#2b6cb0", "dashed", "normal", false};
    case RelationType::common_text:
      return {"#0f766e", "dashed", "none", true};
    case RelationType::same_as:
      return {"#000000", "bold", "none", true};
    case RelationType::moved_to:
      return {"#dd6b20", "dotted", "normal", false};
    case RelationType::edition_of:
      return {"#999999", "solid", "none", true};
    case RelationType::complements:
      return {"#8a8a8a", "dashed", "none", true};
    case RelationType::other:
      return {"#aaaaaa", "dotted", "normal", false};
  }
  return {"#333333", "solid", "normal", false};
}

void style_edge(Agedge_t* e, RelationType t) {
  EdgeStyle s = edge_style(t);
  set(e, "color", s.color);
  set(e, "style", s.style);
  set(e, "arrowhead", s.arrowhead);
  if (s.undirected) set(e, "dir", "none");
  set(e, "class", fmt::format("relation {}", to_string(t)));
}

// ---- Shared graph building -----------------------------------------------------------

struct Built {
  std::unique_ptr<Agraph_t, GraphCloser> graph;
  std::vector<Agnode_t*> items;  // one per model node
  std::vector<Agnode_t*> legend_nodes;
  std::vector<Agedge_t*> item_edges;
};

Agraph_t* open_graph(const std::string& name) {
  Agraph_t* g = agopen(const_cast<char*>(name.c_str()), Agdirected, nullptr);
  declare(g, AGRAPH, "fontname", "Helvetica");
  declare(g, AGRAPH, "fontsize", "12");
  declare(g, AGNODE, "fontname", "Helvetica");
  declare(g, AGNODE, "fontsize", "10");
  declare(g, AGNODE, "shape", "box");
  declare(g, AGNODE, "style", "filled");
  declare(g, AGNODE, "fillcolor", "#ffffff");
  declare(g, AGNODE, "color", "#4a4a4a");
  declare(g, AGNODE, "margin", "0.08,0.03");
  declare(g, AGNODE, "penwidth", "1");
  declare(g, AGEDGE, "arrowsize", "0.7");
  declare(g, AGEDGE, "fontname", "Helvetica");
  declare(g, AGEDGE, "fontsize", "9");
  return g;
}

std::string item_tooltip(const RoadmapNode& n) {
  std::string t = n.id;
  if (!n.title.empty()) t += " \xE2\x80\x94 " + n.title;  // " — "
  t += fmt::format(" ({}", to_string(n.kind));
  if (n.status) t += fmt::format(", {}", to_string(*n.status));
  if (!n.date.empty()) t += fmt::format(" {}{}", n.target ? "target " : "", n.date.to_string());
  if (!n.editions.empty()) t += fmt::format(", {} editions", n.editions.size());
  t += ")";
  return graphviz_tooltip(t);
}

std::string item_label(const RoadmapNode& n, bool with_title) {
  std::vector<std::string> lines = {n.id};
  if (!n.editions.empty()) lines[0] += fmt::format(" (\xC3\x97{})", n.editions.size());  // ×N
  if (with_title && !n.title.empty())
    for (auto& l : wrap(n.title, 26, 3)) lines.push_back(std::move(l));
  return label_lines(lines);
}

void add_items(Built& b, const RoadmapModel& model, const GraphvizOptions& options,
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

void add_item_edges(Built& b, const RoadmapModel& model) {
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

// The legend: the statuses, kinds and relation types the model shows.
struct LegendEntries {
  std::vector<std::optional<Status>> statuses;
  std::vector<DocKind> kinds;
  bool drafts = false;
  std::vector<RelationType> relations;
};

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

struct LegendItem {
  std::vector<Agnode_t*> nodes;  // one node, or the two ends of a sample edge
};

Agnode_t* legend_node(Agraph_t* g, Built& b, const std::string& name, const std::string& label) {
  Agnode_t* n = agnode(g, const_cast<char*>(name.c_str()), 1);
  set(n, "label", label);
  set(n, "class", "legend");
  set(n, "fontsize", "9");
  b.legend_nodes.push_back(n);
  return n;
}

// Adds legend nodes to g (a cluster or the root); returns them in rows.
std::vector<std::vector<LegendItem>> add_legend(Agraph_t* g, Built& b, const LegendEntries& l) {
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

std::string render(GVC_t* gvc, Agraph_t* g, const std::string& format, std::string& error) {
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc, g, format.c_str(), &data, &length) != 0 || !data) {
    error = fmt::format("Graphviz could not render {}", format);
    if (data) gvFreeRenderData(data);
    return {};
  }
  std::string out(data, length);
  gvFreeRenderData(data);
  return out;
}

// ---- Timeline ------------------------------------------------------------------------

constexpr double kGapX = 16, kGapY = 8, kLaneHead = 22, kLanePad = 10, kHeaderH = 24;
// A cell holds its items in stacks of at most `max_stack`, side by side in sub-columns.
// The limit starts at 12 and grows (to 60) while the drawing would be more than twice as
// wide as it is tall: a few lanes over many years otherwise make a strip tens of thousands
// of points long. Sizes are estimated from the nodes' widths and mean height.
std::size_t stack_limit(const std::vector<std::vector<std::vector<std::size_t>>>& cell,
                        const std::vector<double>& column_w, double row_h) {
  std::size_t lanes = cell.size(), columns = column_w.size();
  auto aspect = [&](std::size_t limit) {
    double width = 0, height = 0;
    std::vector<std::size_t> subs(columns, 1);
    for (std::size_t c = 0; c < columns; ++c) {
      for (std::size_t l = 0; l < lanes; ++l)
        subs[c] = std::max(subs[c], (cell[l][c].size() + limit - 1) / limit);
      width += std::max(subs[c] * column_w[c], 60.0);  // an empty column: its header
    }
    for (std::size_t l = 0; l < lanes; ++l) {
      std::size_t rows = 0;
      for (std::size_t c = 0; c < columns; ++c)
        rows = std::max(rows, (cell[l][c].size() + subs[c] - 1) / subs[c]);
      height += kLaneHead + kLanePad + rows * row_h;
    }
    return width / std::max(height, 1.0);
  };
  std::size_t limit = 12;
  while (limit < 60 && aspect(limit) > 2.0) limit += 4;
  return limit;
}

std::string point(double x, double y) {
  return fmt::format("{:.1f},{:.1f}!", x, y);
}
std::string box(double x0, double y0, double x1, double y1) {
  return fmt::format("{:.1f},{:.1f},{:.1f},{:.1f}", x0, y0, x1, y1);
}

using NodeSizes = std::map<Agnode_t*, std::pair<double, double>>;  // width, height in points

// Pins the legend's rows from (left, top) downwards (y grows downwards here; Graphviz's y is
// -y), wrapping at `right`, inside the cluster `legend`, and gives the cluster its box.
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

GraphvizResult render_timeline(GVC_t* gvc, const RoadmapModel& model,
                               const GraphvizOptions& options, GraphvizResult result) {
  Built b;
  b.graph.reset(open_graph("roadmap"));
  Agraph_t* g = b.graph.get();
  add_items(b, model, options, {});
  std::vector<Agnode_t*> headers;
  for (std::size_t c = 0; c < model.columns.size(); ++c) {
    Agnode_t* h = agnode(g, const_cast<char*>(fmt::format("column_{}", c).c_str()), 1);
    set(h, "label", graphviz_text(model.columns[c].label));
    set(h, "shape", "plaintext");
    set(h, "style", "");
    set(h, "fontsize", "11");
    set(h, "class", "column");
    headers.push_back(h);
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
  auto legend_rows = add_legend(g, b, legend_entries(model));

  // Pass 1: Graphviz sizes every node from its label.
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) set(n, "pos", "0,0!");
  if (gvLayout(gvc, g, "nop2") != 0) {
    result.error = "Graphviz could not size the nodes";
    return result;
  }
  auto width = [](Agnode_t* n) { return ND_width(n) * 72.0; };
  auto height = [](Agnode_t* n) { return ND_height(n) * 72.0; };
  std::vector<double> w(model.nodes.size()), h(model.nodes.size());
  for (std::size_t i = 0; i < b.items.size(); ++i)
    w[i] = width(b.items[i]), h[i] = height(b.items[i]);
  NodeSizes legend_size;
  for (Agnode_t* n : b.legend_nodes) legend_size[n] = {width(n), height(n)};
  std::vector<double> header_w;
  for (Agnode_t* n : headers) header_w.push_back(width(n));
  double title_w = title ? width(title) : 0, title_h = title ? height(title) : 0;
  gvFreeLayout(gvc, g);

  // Pass 2: the grid. Cells hold their nodes stacked, in sub-columns (stack_limit).
  std::size_t lanes = model.lanes.size(), columns = model.columns.size();
  std::vector<std::vector<std::vector<std::size_t>>> cell(
      lanes, std::vector<std::vector<std::size_t>>(columns));
  for (std::size_t i = 0; i < model.nodes.size(); ++i)
    cell[model.nodes[i].lane][model.nodes[i].column].push_back(i);
  std::vector<double> node_w(columns, 0), col_w(columns, 0), lane_h(lanes, 0);
  for (std::size_t i = 0; i < model.nodes.size(); ++i)
    node_w[model.nodes[i].column] = std::max(node_w[model.nodes[i].column], w[i]);
  std::vector<double> sub_w(columns);
  for (std::size_t c = 0; c < columns; ++c) sub_w[c] = node_w[c] + kGapX;
  double mean_h = 0;
  for (double x : h) mean_h += x / static_cast<double>(h.size());
  const std::size_t max_stack = stack_limit(cell, sub_w, mean_h + kGapY);
  // The fullest cell of a column sets its number of sub-columns; every cell of the column
  // then spreads over them, so a lane is only as tall as its own items need.
  std::vector<std::size_t> subs(columns, 1);
  for (std::size_t c = 0; c < columns; ++c) {
    for (std::size_t l = 0; l < lanes; ++l)
      subs[c] = std::max(subs[c], (cell[l][c].size() + max_stack - 1) / max_stack);
    col_w[c] = std::max(node_w[c] > 0 ? subs[c] * (node_w[c] + kGapX) : 0.0, header_w[c] + kGapX);
  }
  auto stack_of = [&](std::size_t l, std::size_t c) {
    return std::max<std::size_t>(1, (cell[l][c].size() + subs[c] - 1) / subs[c]);
  };
  for (std::size_t l = 0; l < lanes; ++l)
    for (std::size_t c = 0; c < columns; ++c) {
      double stack = 0, tallest = 0;
      std::size_t per_stack = stack_of(l, c);
      for (std::size_t k = 0; k < cell[l][c].size(); ++k) {
        if (k % per_stack == 0) stack = 0;
        stack += h[cell[l][c][k]] + kGapY;
        tallest = std::max(tallest, stack);
      }
      lane_h[l] = std::max(lane_h[l], tallest);
    }
  double lane_label_w = 0;  // lanes are labelled in their top strip; this keeps it readable
  double x0 = 0;
  std::vector<double> col_x(columns + 1, x0);
  for (std::size_t c = 0; c < columns; ++c) col_x[c + 1] = col_x[c] + col_w[c];
  double total_w = std::max({col_x[columns], title_w, 360.0, lane_label_w});

  double y = 0;  // grows downwards; Graphviz y is -y
  if (title) {
    set(title, "pos", point(title_w / 2, -(y + title_h / 2)));
    y += title_h + 4;
  }
  double grid_top = y;
  for (std::size_t c = 0; c < columns; ++c)
    set(headers[c], "pos", point((col_x[c] + col_x[c + 1]) / 2, -(y + kHeaderH / 2)));
  y += kHeaderH;
  for (std::size_t l = 0; l < lanes; ++l) {
    double top = y, bottom = y + kLaneHead + lane_h[l] + kLanePad;
    std::string name = fmt::format("cluster_lane_{}", l);
    Agraph_t* lane = agsubg(g, const_cast<char*>(name.c_str()), 1);
    set(lane, "bb", box(0, -bottom, total_w, -top));
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
    for (std::size_t c = 0; c < columns; ++c) {
      const auto& items = cell[l][c];
      std::size_t per_stack = stack_of(l, c);
      std::size_t used = (items.size() + per_stack - 1) / per_stack;
      double left = (col_x[c] + col_x[c + 1]) / 2 - used * sub_w[c] / 2;  // centred
      double stack = 0;
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (k % per_stack == 0) stack = 0;
        std::size_t i = items[k];
        double cx = left + (k / per_stack) * sub_w[c] + sub_w[c] / 2;
        double cy = top + kLaneHead + stack + h[i] / 2;
        stack += h[i] + kGapY;
        set(b.items[i], "pos", point(cx, -cy));
      }
    }
    y = bottom;
  }

  // Where one column ends and the next begins: a wide column (many items in one quarter)
  // would otherwise seem to reach under its neighbours' headers. A tall drawing repeats the
  // column headers below its lanes.
  for (std::size_t c = 1; c < columns; ++c) {
    Agnode_t* ends[2];
    for (int k = 0; k < 2; ++k) {
      ends[k] = agnode(g, const_cast<char*>(fmt::format("grid_{}_{}", c, k).c_str()), 1);
      set(ends[k], "shape", "point");
      set(ends[k], "style", "invis");
      set(ends[k], "width", "0.01");
      set(ends[k], "label", "");
      set(ends[k], "class", "grid");
      set(ends[k], "pos", point(col_x[c], -(k == 0 ? grid_top + 4 : y)));
    }
    Agedge_t* line = agedge(g, ends[0], ends[1], nullptr, 1);
    set(line, "dir", "none");
    set(line, "style", "dashed");
    set(line, "color", "#aab3c2");
    set(line, "penwidth", "0.8");
    set(line, "class", "grid");
  }
  if (y - grid_top > 900) {
    for (std::size_t c = 0; c < columns; ++c) {
      Agnode_t* h = agnode(g, const_cast<char*>(fmt::format("column_{}_below", c).c_str()), 1);
      set(h, "label", graphviz_text(model.columns[c].label));
      set(h, "shape", "plaintext");
      set(h, "style", "");
      set(h, "fontsize", "11");
      set(h, "class", "column");
      set(h, "pos", point((col_x[c] + col_x[c + 1]) / 2, -(y + kHeaderH / 2)));
    }
    y += kHeaderH;
  }

  // The legend below the lanes, row by row, wrapping at the drawing's width.
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  place_legend(legend, legend_rows, legend_size, 0, y + 14, std::max(total_w, 400.0));

  add_item_edges(b, model);
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
  result.data = render(gvc, g, options.format, result.error);
  gvFreeLayout(gvc, g);
  return result;
}

// ---- Relations -----------------------------------------------------------------------

// sfdp leaves no place for a legend: keep its positions (pinned), size the legend's nodes,
// set them in rows below the drawing and lay the whole out again with nop2 (straight edges).
bool add_legend_below(GVC_t* gvc, Agraph_t* g, Built& b, const RoadmapModel& model) {
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

GraphvizResult render_relations(GVC_t* gvc, const RoadmapModel& model,
                                const GraphvizOptions& options, GraphvizResult result) {
  bool use_dot = model.nodes.size() <= options.limits.dot_nodes &&
                 model.edges.size() <= options.limits.dot_edges;
  Built b;
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
  result.data = render(gvc, g, options.format, result.error);
  gvFreeLayout(gvc, g);
  return result;
}

}  // namespace

std::string node_anchor(std::string_view identifier) {
  std::string out = "item-";
  bool replaced = false;
  for (char c : identifier) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    out += ok ? c : '_';
    replaced |= !ok;
  }
  if (replaced) {  // FNV-1a, so that "X.1/1" and "X.1_1" stay apart, the same on every run
    std::uint32_t h = 2166136261u;
    for (char c : identifier) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    out += fmt::format("-{:08x}", h);
  }
  return out;
}

namespace {

std::string graphviz_escape(std::string_view text, std::string_view backslash) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {  // newlines, tabs, other controls: one space
      if (!space && !out.empty()) out += ' ';
      space = true;
      continue;
    }
    space = c == ' ';
    if (c == '\\')
      out += backslash;
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string graphviz_text(std::string_view text) {
  return graphviz_escape(text, "\\\\");
}

std::string graphviz_tooltip(std::string_view text) {
  return graphviz_escape(text, "\\\\\\\\");
}

GraphvizResult render_roadmap(const RoadmapModel& model, const GraphvizOptions& options) {
  GraphvizResult result;
  static const std::set<std::string> formats = {"svg", "png", "pdf", "dot"};
  if (!formats.count(options.format)) {
    result.error = fmt::format("unknown format `{}` (svg, png, pdf or dot)", options.format);
    return result;
  }
  if (model.nodes.empty()) {
    result.error = "no item matches the selection";
    return result;
  }
  if (model.nodes.size() > options.limits.max_nodes ||
      model.edges.size() > options.limits.max_edges) {
    result.error = fmt::format(
        "{} items and {} relations after collapsing editions: more than a roadmap can show "
        "(at most {} items and {} relations). Narrow the selection: --group or --question, "
        "--status, --as-of, or --ids with a smaller --around",
        model.nodes.size(), model.edges.size(), options.limits.max_nodes, options.limits.max_edges);
    return result;
  }
  MessageScope messages(&result.notes);
  agseterr(AGERR);  // warnings too are collected, not printed
  std::unique_ptr<GVC_t, ContextCloser> gvc(gvContext());
  if (options.layout == RoadmapLayout::timeline)
    return render_timeline(gvc.get(), model, options, std::move(result));
  return render_relations(gvc.get(), model, options, std::move(result));
}

DotSummary read_dot(std::string_view text) {
  DotSummary s;
  std::vector<std::string> messages;
  MessageScope scope(&messages);
  std::string copy(text);
  std::unique_ptr<Agraph_t, GraphCloser> g(agmemread(copy.c_str()));
  if (!g) {
    s.error = messages.empty() ? "cgraph could not read the DOT" : messages.front();
    return s;
  }
  for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
    s.nodes.push_back(
        {agnameof(n), get(n, "id"), get(n, "label"), get(n, "tooltip"), get(n, "class")});
  for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
    for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e))
      s.edges.push_back(
          {agnameof(agtail(e)), agnameof(aghead(e)), get(e, "class"), get(e, "style")});
  std::vector<Agraph_t*> stack = {g.get()};
  while (!stack.empty()) {
    Agraph_t* sg = stack.back();
    stack.pop_back();
    for (Agraph_t* c = agfstsubg(sg); c; c = agnxtsubg(c)) {
      if (std::string_view(agnameof(c)).rfind("cluster", 0) == 0) ++s.clusters;
      stack.push_back(c);
    }
  }
  s.ok = true;
  return s;
}

}  // namespace stdgraph
