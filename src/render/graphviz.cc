// Roadmap diagrams through Graphviz, in-process: checks what is asked, collects Graphviz's
// messages and hands the model to its layout (timeline_draw.cc, relations_draw.cc). The
// pieces: cgraph_doc (plumbing), graphviz_labels (text), roadmap_style, roadmap_nodes,
// roadmap_legend, timeline_grid (the timeline's arithmetic), dot_reader.
#include "stdgraph/render/graphviz.h"

#include <memory>
#include <set>

#include <fmt/format.h>

#include "cgraph_doc.h"
#include "roadmap_layouts.h"

namespace stdgraph {

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
  render::MessageScope messages(&result.notes);
  agseterr(AGERR);  // warnings too are collected, not printed
  std::unique_ptr<GVC_t, render::ContextCloser> gvc(gvContext());
  if (options.layout == RoadmapLayout::timeline)
    return render::draw_timeline(gvc.get(), model, options, std::move(result));
  return render::draw_relations(gvc.get(), model, options, std::move(result));
}

}  // namespace stdgraph
