// How a roadmap looks: the fill of each status, the shape of each kind of document and
// the line of each relation type, the same in both layouts and in their legends.
#pragma once

#include <graphviz/cgraph.h>

#include <optional>

#include "stdgraph/model/model.h"

namespace stdgraph::render {

const char* status_fill(const std::optional<Status>& s);  // "#9fd89a" for approved
const char* kind_shape(DocKind k);                        // "box" for a Recommendation

struct EdgeStyle {
  const char* color;
  const char* style;
  const char* arrowhead;
  bool undirected;
};
EdgeStyle edge_style(RelationType t);

// Gives e the line of relation type t and the SVG class "relation TYPE".
void style_edge(Agedge_t* e, RelationType t);

}  // namespace stdgraph::render
