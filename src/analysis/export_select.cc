// Which nodes `stdgraph export --select` keeps (see include/stdgraph/analysis/export.h).
#include <algorithm>

#include <fmt/format.h>

#include "stdgraph/analysis/describe.h"
#include "stdgraph/analysis/export.h"
#include "stdgraph/model/groups.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

template <typename E>
std::string names_of() {
  std::vector<std::string_view> names;
  for (const auto& e : enum_names<E>()) names.push_back(e.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

std::optional<ExportSelection> select_for_export(const Corpus& corpus, const Graph& graph,
                                                 const std::vector<std::string>& selectors,
                                                 const DependencyTypes& types, std::string* error) {
  ExportSelection selection;
  selection.nodes.assign(graph.node_count(), selectors.empty());
  if (selectors.empty()) return selection;
  auto fail = [&](std::string message) {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  const std::size_t docs = corpus.documents.size();
  for (const std::string& selector : selectors) {
    auto colon = selector.find(':');
    std::string prefix = colon == std::string::npos ? "" : selector.substr(0, colon);
    std::string value = colon == std::string::npos ? selector : selector.substr(colon + 1);
    if (prefix == "group") {
      std::size_t wanted = corpus.find_group(value);
      if (wanted == npos) return fail(fmt::format("no group is named `{}`", value));
      std::vector<bool> under = documents_under(corpus, {wanted});
      for (std::size_t d = 0; d < docs; ++d)
        if (under[d]) selection.nodes[d] = true;
    } else if (prefix == "kind") {
      auto kind = parse_enum<DocKind>(value);
      if (!kind)
        return fail(fmt::format("unknown kind `{}` (kinds: {})", value, names_of<DocKind>()));
      for (std::size_t d = 0; d < docs; ++d)
        if (corpus.documents[d].kind == *kind) selection.nodes[d] = true;
    } else if (prefix == "status") {
      auto status = parse_enum<Status>(value);
      if (!status)
        return fail(fmt::format("unknown status `{}` (statuses: {})", value, names_of<Status>()));
      for (std::size_t d = 0; d < docs; ++d)
        if (corpus.documents[d].status() == *status) selection.nodes[d] = true;
    } else {
      // An item's name (which may hold a colon: "ISO/IEC 27011:2016").
      LookupResult found = lookup(corpus, selector);
      if (found.document == npos) {
        std::string message = fmt::format("no item is named `{}`", selector);
        if (!found.suggestions.empty())
          message += fmt::format("; did you mean {}?", fmt::join(found.suggestions, ", "));
        return fail(message + " (or use group:ID, kind:KIND, status:STATUS)");
      }
      DependencyOptions options{0, types};
      for (Direction direction : {Direction::upstream, Direction::downstream})
        for (const auto& node :
             dependencies(corpus, graph, found.document, direction, options).nodes)
          selection.nodes[node.document] = true;
    }
  }
  // The groups responsible for the items kept, and their parents.
  for (std::size_t d = 0; d < docs; ++d) {
    if (!selection.nodes[d]) continue;
    for (const Edge& e : graph.out_edges(d)) {
      if (e.kind != EdgeKind::responsible) continue;
      for (std::size_t g = e.to, hops = 0; hops <= corpus.groups.size(); ++hops) {
        selection.nodes[g] = true;
        std::size_t parent = npos;
        for (const Edge& up : graph.out_edges(g))
          if (up.kind == EdgeKind::parent) parent = up.to;
        if (parent == npos || selection.nodes[parent]) {
          if (parent != npos) selection.nodes[parent] = true;
          break;
        }
        g = parent;
      }
    }
  }
  return selection;
}

}  // namespace stdgraph
