#include "stdgraph/analysis/describe.h"

#include <algorithm>

#include "stdgraph/model/ids.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {

LookupResult lookup(const Corpus& corpus, std::string_view name) {
  LookupResult result;
  result.document = corpus.find_document(name);
  if (result.document != npos) return result;
  // Compare keys so that "x suppl 40" suggests "X.Suppl.39"; keep the best few.
  std::string key = identifier_key(name);
  std::vector<std::pair<std::size_t, std::string_view>> scored;
  std::size_t max = std::max<std::size_t>(2, key.size() / 3);
  for (std::string_view candidate : corpus.all_names()) {
    std::size_t d = edit_distance(key, identifier_key(candidate), max);
    if (d <= max) scored.emplace_back(d, candidate);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < scored.size() && i < 5; ++i)
    result.suggestions.emplace_back(scored[i].second);
  return result;
}

DocumentView describe(const Corpus& corpus, const Graph& graph, std::size_t document) {
  DocumentView view;
  const Document& doc = corpus.documents[document];
  view.doc = &doc;
  view.status = status_as_of(doc, std::nullopt);
  if (std::size_t g = corpus.find_group(doc.group()); g != npos)
    view.group_name = corpus.groups[g].name;
  if (std::size_t q = corpus.find_group(doc.question()); q != npos)
    view.question_name = corpus.groups[q].name;
  for (auto [members, out] :
       {std::pair{&doc.groups, &view.groups}, std::pair{&doc.questions, &view.questions}})
    for (const Membership& m : *members) {
      std::size_t g = corpus.find_group(m.id);
      out->push_back({m.id, g == npos ? std::string() : corpus.groups[g].name, m.source});
    }

  // Relations in their true direction (a reversed one, "A obsoletedBy B", shows on A as
  // coming in from B), then those whose target no record names.
  auto view_of = [&](const Edge& e, std::size_t other) {
    const Relation& rel = corpus.documents[e.owner].relations[e.relation];
    return RelationView{rel.type, corpus.documents[other].id, true, rel.source,
                        rel.note, rel.original_type};
  };
  for (const Edge& e : graph.out_edges(document))
    if (e.kind == EdgeKind::relation) view.outgoing.push_back(view_of(e, e.to));
  for (const Edge& e : graph.in_edges(document))
    if (e.kind == EdgeKind::relation) view.incoming.push_back(view_of(e, e.from));
  for (std::size_t r = 0; r < doc.relations.size(); ++r) {
    const Relation& rel = doc.relations[r];
    if (corpus.relation_targets[document][r] == npos)
      view.outgoing.push_back({rel.type, rel.target, false,
                               rel.source.empty() ? doc.source : rel.source, rel.note,
                               rel.original_type});
  }
  auto by_type = [](const RelationView& a, const RelationView& b) {
    return std::tie(a.type, a.other) < std::tie(b.type, b.other);
  };
  std::stable_sort(view.outgoing.begin(), view.outgoing.end(), by_type);
  std::stable_sort(view.incoming.begin(), view.incoming.end(), by_type);

  for (std::size_t e : corpus.editions(document)) view.editions.push_back(corpus.documents[e].id);
  for (const Edition& e : doc.editions) view.editions.push_back(e.id);  // joined into it
  for (const auto& m : corpus.meetings)
    for (const auto& a : m.agenda)
      if (corpus.find_document(a.item) == document)
        view.agenda.push_back({m.id, m.start, a.action, a.source});
  for (const auto& l : corpus.liaisons)
    for (const auto& about : l.about)
      if (corpus.find_document(about) == document) view.liaisons.push_back(l.id);
  return view;
}

}  // namespace stdgraph
