// read_dot: a DOT text read back through cgraph, the reader every Graphviz tool uses.
#include <memory>
#include <string>
#include <vector>

#include "cgraph_doc.h"
#include "stdgraph/render/graphviz.h"

namespace stdgraph {

DotSummary read_dot(std::string_view text) {
  using render::get;
  DotSummary s;
  std::vector<std::string> messages;
  render::MessageScope scope(&messages);
  std::string copy(text);
  std::unique_ptr<Agraph_t, render::GraphCloser> g(agmemread(copy.c_str()));
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
