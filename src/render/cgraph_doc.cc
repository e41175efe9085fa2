#include "cgraph_doc.h"

#include <fmt/format.h>

namespace stdgraph::render {
namespace {

std::vector<std::string>* g_messages = nullptr;

int collect_message(char* text) {
  if (g_messages && text) {
    std::string m(text);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    if (!m.empty()) g_messages->push_back(m);
  }
  return 0;
}

}  // namespace

MessageScope::MessageScope(std::vector<std::string>* sink) {
  g_messages = sink;
  previous_ = agseterrf(collect_message);
}

MessageScope::~MessageScope() {
  agseterrf(previous_);
  g_messages = nullptr;
}

std::string point(double x, double y) {
  return fmt::format("{:.1f},{:.1f}!", x, y);
}

std::string box(double x0, double y0, double x1, double y1) {
  return fmt::format("{:.1f},{:.1f},{:.1f},{:.1f}", x0, y0, x1, y1);
}

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

std::string render_graph(GVC_t* gvc, Agraph_t* g, const std::string& format, std::string& error) {
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

}  // namespace stdgraph::render
