// The cgraph and gvc plumbing every Graphviz drawing uses: attributes set and read as
// std::string, owners that close graphs and contexts, Graphviz's messages collected
// instead of printed, pinned positions written the way "nop2" reads them, and the blank
// roadmap document with the project's fonts and defaults.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <string>
#include <vector>

namespace stdgraph::render {

// Collects the messages Graphviz reports while it lives (Graphviz reports through one
// global hook, so one scope at a time).
class MessageScope {
 public:
  explicit MessageScope(std::vector<std::string>* sink);
  ~MessageScope();
  MessageScope(const MessageScope&) = delete;
  MessageScope& operator=(const MessageScope&) = delete;

 private:
  agusererrf previous_;
};

inline void set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

inline std::string get(void* obj, const char* name) {
  char* v = agget(obj, const_cast<char*>(name));
  return v ? std::string(v) : std::string();
}

// An attribute of every graph, node or edge (`kind`: AGRAPH, AGNODE, AGEDGE) of g.
inline void declare(Agraph_t* g, int kind, const char* name, const char* value) {
  agattr(g, kind, const_cast<char*>(name), const_cast<char*>(value));
}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
struct ContextCloser {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};

// A pinned position, "x,y!", and a bounding box, "x0,y0,x1,y1", in points.
std::string point(double x, double y);
std::string box(double x0, double y0, double x1, double y1);

// A directed graph with the roadmap's fonts and node and edge defaults.
Agraph_t* open_graph(const std::string& name);

// The laid-out graph rendered in `format` (svg, png, pdf, dot); empty, with `error` set,
// when Graphviz cannot.
std::string render_graph(GVC_t* gvc, Agraph_t* g, const std::string& format, std::string& error);

}  // namespace stdgraph::render
