// Which documents a roadmap shows: the first set, --around, then --as-of and --status.
#include <algorithm>
#include <deque>
#include <set>

#include <fmt/format.h>

#include "stdgraph/analysis/describe.h"
#include "stdgraph/analysis/roadmap_steps.h"
#include "stdgraph/model/groups.h"
#include "stdgraph/model/ids.h"

namespace stdgraph {
namespace {

// The groups named, as indices; a name matching none is a problem (`what`: "group").
std::vector<std::size_t> find_groups(const Corpus& corpus, const std::vector<std::string>& names,
                                     std::string_view what, std::vector<std::string>& problems) {
  std::vector<std::size_t> found;
  for (const auto& name : names) {
    std::size_t g = corpus.find_group(name);
    if (g == npos)
      problems.push_back(fmt::format("no {} is named `{}`", what, name));
    else
      found.push_back(g);
  }
  return found;
}

// Relation hops, either way, from everything chosen so far.
void widen(const Graph& graph, std::size_t documents, int hops, std::vector<bool>& chosen) {
  std::deque<std::pair<std::size_t, int>> queue;
  for (std::size_t d = 0; d < documents; ++d)
    if (chosen[d]) queue.push_back({d, 0});
  while (!queue.empty()) {
    const auto [d, done] = queue.front();
    const int next = done + 1;  // a lambda cannot capture a structured binding in clang 14
    queue.pop_front();
    if (done >= hops) continue;
    auto visit = [&](std::size_t other) {
      if (other < documents && !chosen[other]) {
        chosen[other] = true;
        queue.push_back({other, next});
      }
    };
    for (const Edge& e : graph.out_edges(d))
      if (e.kind == EdgeKind::relation) visit(e.to);
    for (const Edge& e : graph.in_edges(d))
      if (e.kind == EdgeKind::relation) visit(e.from);
  }
}

}  // namespace

RoadmapItems select_roadmap_items(const Corpus& corpus, const Graph& graph,
                                  const RoadmapSelection& sel) {
  RoadmapItems items;
  const std::size_t n = corpus.documents.size();
  std::vector<bool> chosen(n, false);

  // The first set: by group, Question, name or document index.
  std::vector<std::size_t> groups = find_groups(corpus, sel.groups, "group", items.problems);
  std::vector<std::size_t> questions =
      find_groups(corpus, sel.questions, "Question", items.problems);
  if (!groups.empty()) chosen = documents_under(corpus, groups);
  if (!questions.empty()) {
    std::vector<bool> under = groups_under(corpus, questions);
    for (std::size_t d = 0; d < n; ++d) {
      for (const Membership& m : corpus.documents[d].questions)
        if (std::size_t q = corpus.find_group(m.id); q != npos && under[q]) chosen[d] = true;
    }
  }
  for (const auto& name : sel.ids) {
    LookupResult found = lookup(corpus, name);
    if (found.document == npos) {
      std::string problem = fmt::format("no item is named `{}`", name);
      if (!found.suggestions.empty())
        problem += fmt::format("; did you mean {}?", fmt::join(found.suggestions, ", "));
      items.problems.push_back(problem);
    } else {
      chosen[found.document] = true;
    }
  }
  for (std::size_t d : sel.documents)
    if (d < n) chosen[d] = true;
  bool any_criterion =
      !sel.groups.empty() || !sel.questions.empty() || !sel.ids.empty() || !sel.documents.empty();
  if (!any_criterion)
    for (std::size_t d = 0; d < n; ++d) chosen[d] = !corpus.documents[d].referenced;
  if (!items.problems.empty()) return items;

  if (sel.around > 0) widen(graph, n, sel.around, chosen);

  // Filters: the programme as of a day (items with a history but no event by then are not
  // there yet), and statuses.
  auto passes = [&](const Document& doc, const StatusAsOf& state) {
    if (sel.as_of && !doc.history.empty() && !state.event) return false;
    return sel.statuses.empty() ||
           (state.status && std::find(sel.statuses.begin(), sel.statuses.end(), *state.status) !=
                                sel.statuses.end());
  };
  items.state.resize(n);
  std::set<std::string> no_group;  // works left out for naming no group, by key
  for (std::size_t d = 0; d < n; ++d) {
    const Document& doc = corpus.documents[d];
    if (!chosen[d]) {
      if (!groups.empty() && !doc.referenced && !doc.implied && names_no_group(doc) &&
          passes(doc, status_as_of(doc, sel.as_of)))
        no_group.insert(edition_key(doc.id).work);
      continue;
    }
    StatusAsOf& state = items.state[d];
    state = status_as_of(doc, sel.as_of);
    if (passes(doc, state)) items.documents.push_back(d);
  }
  items.no_group = no_group.size();
  return items;
}

}  // namespace stdgraph
