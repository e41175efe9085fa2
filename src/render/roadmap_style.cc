#include "roadmap_style.h"

#include <fmt/format.h>

#include "cgraph_doc.h"

namespace stdgraph::render {

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

}  // namespace stdgraph::render
