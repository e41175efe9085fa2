// Putting items under topics and aspects, with the evidence a report explains them by.
#include "classify.h"

#include <algorithm>

#include "stdgraph/model/groups.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph::classify {
namespace {

bool is_member(const Topic& topic, std::size_t document) {
  return std::find(topic.member_items.begin(), topic.member_items.end(), document) !=
         topic.member_items.end();
}

// Visits a topic and its sub-topics in flattened order (the order of flatten()), filling
// out[index] with the evidence; returns whether the document is under the topic.
// `in_scope`: the document is under the parent (always true at the top).
bool visit(const Topic& topic, bool in_scope, const ItemText& text, std::size_t document,
           std::size_t& index, std::vector<std::vector<Evidence>>& out) {
  std::size_t mine = index++;
  std::vector<Evidence> evidence;
  if (in_scope) evidence = phrase_evidence(topic.terms, text, true);
  bool matched = !evidence.empty();
  bool member = is_member(topic, document);
  if (member) evidence.insert(evidence.begin(), Evidence{"", TextField::title, true, ""});
  // A topic without terms only groups its sub-topics: they narrow what its parent holds.
  bool child_scope = topic.terms.empty() ? in_scope : (matched || member);
  std::vector<Evidence> from_children;
  for (const Topic& sub : topic.topics) {
    std::size_t first = index;
    if (visit(sub, child_scope, text, document, index, out) && !matched && !member)
      for (const Evidence& e : out[first])
        if (std::none_of(from_children.begin(), from_children.end(), [&](const Evidence& x) {
              return x.phrase == e.phrase && x.member == e.member;
            }))
          from_children.push_back(e);
  }
  if (evidence.empty()) evidence = std::move(from_children);
  out[mine] = std::move(evidence);
  return !out[mine].empty();
}

}  // namespace

Scope items_in_scope(const Corpus& corpus, const std::optional<Date>& as_of,
                     const std::vector<std::string>& groups) {
  Scope scope;
  GroupFilter filter(corpus, groups);
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    if (doc.referenced || doc.implied || doc.kind == DocKind::series) continue;
    const bool placed = groups.empty() || filter.contains(doc);
    if (!placed && !names_no_group(doc)) continue;
    ItemState state = state_as_of(doc, as_of);
    if (!state.status) continue;
    if (!placed) {
      ++scope.no_group;
      continue;
    }
    scope.documents.push_back(d);
    scope.states.push_back(std::move(state));
  }
  return scope;
}

std::vector<Evidence> phrase_evidence(const std::vector<TaxonomyPhrase>& phrases,
                                      const ItemText& text, bool with_scope) {
  ItemText searched;
  const ItemText* t = &text;
  if (!with_scope) {
    for (const ItemText::Part& p : text.parts)
      if (p.field != TextField::scope) searched.parts.push_back(p);
    t = &searched;
  }
  // Phrases that say the same thing once: of the phrases found in one field, one per run of
  // words ("DT", "digital twin", "digital twins" are one), and none inside a longer one found
  // there ("digital twin" inside "digital twin network"). The longest spelling is kept.
  struct Found {
    const TaxonomyPhrase* phrase;
    TextField field;
    std::vector<std::string> words;
  };
  std::vector<Found> found;
  for (const TaxonomyPhrase& p : phrases)
    if (auto field = find_phrase(*t, p)) {
      std::vector<std::string> words;
      for (const std::string& k : p.keys)
        if (k.empty() || k[0] != '=') words.push_back(k);
      found.push_back({&p, *field, std::move(words)});
    }
  auto inside = [](const Found& a, const Found& b) {  // a's words a run within b's
    return a.field == b.field && a.words.size() <= b.words.size() &&
           std::search(b.words.begin(), b.words.end(), a.words.begin(), a.words.end()) !=
               b.words.end();
  };
  std::vector<Evidence> out;
  for (std::size_t i = 0; i < found.size(); ++i) {
    bool shadowed = false;
    for (std::size_t j = 0; j < found.size() && !shadowed; ++j) {
      if (i == j || !inside(found[i], found[j])) continue;
      if (found[i].words.size() < found[j].words.size()) {
        shadowed = true;
      } else {  // the same words: keep the spelling written most like them ("digital twin
                // network" rather than "DTN" or "digital twin of network"), else the first
        auto distance = [](const Found& f) {
          auto written = 1 + std::count_if(f.phrase->text.begin(), f.phrase->text.end(),
                                           [](char c) { return c == ' '; });
          auto keys = static_cast<decltype(written)>(f.words.size());
          return written > keys ? written - keys : keys - written;
        };
        auto di = distance(found[i]), dj = distance(found[j]);
        shadowed = dj < di || (dj == di && j < i);
      }
    }
    if (!shadowed) out.push_back({found[i].phrase->text, found[i].field, false, ""});
  }
  return out;
}

std::vector<std::vector<Evidence>> topic_evidence(const std::vector<TopicRef>& topics,
                                                  const ItemText& text, std::size_t document) {
  std::vector<std::vector<Evidence>> out(topics.size());
  std::size_t index = 0;
  for (const TopicRef& ref : topics)
    if (ref.depth == 0) visit(*ref.topic, true, text, document, index, out);
  return out;
}

std::vector<Evidence> one_aspect_evidence(const Corpus& corpus, const Aspect& aspect,
                                          const ItemText& text, std::size_t document,
                                          const std::string& security_group) {
  std::vector<Evidence> out = phrase_evidence(aspect.cues, text, false);
  if (!security_group.empty() && fold_title(aspect.name) == "security" &&
      in_group(corpus, corpus.documents[document], security_group))
    out.push_back({"", TextField::title, false, security_group});
  return out;
}

std::vector<std::vector<Evidence>> aspect_evidence(const Corpus& corpus,
                                                   const std::vector<Aspect>& aspects,
                                                   const ItemText& text, std::size_t document,
                                                   const std::string& security_group) {
  std::vector<std::vector<Evidence>> out;
  out.reserve(aspects.size());
  for (const Aspect& a : aspects)
    out.push_back(one_aspect_evidence(corpus, a, text, document, security_group));
  return out;
}

ReportItem report_item(const Corpus& corpus, std::size_t document, const ItemState& state,
                       const std::optional<Date>& as_of) {
  ReportItem item;
  item.document = document;
  item.doc = &corpus.documents[document];
  item.state = state;
  auto add = [&](const std::string& s) {
    if (!s.empty() && std::find(item.sources.begin(), item.sources.end(), s) == item.sources.end())
      item.sources.push_back(s);
  };
  add(item.doc->source);
  for (const StatusEvent& e : item.doc->history)
    if (!as_of || !definitely_before(*as_of, e.date)) add(e.source);
  return item;
}

std::size_t find_aspect(const std::vector<Aspect>& aspects, std::string_view name) {
  std::string key = fold_title(name);
  for (std::size_t a = 0; a < aspects.size(); ++a)
    if (fold_title(aspects[a].name) == key) return a;
  return npos;
}

Date report_date(const Corpus& corpus, const std::optional<Date>& as_of) {
  return as_of ? *as_of : newest_event(corpus);
}

}  // namespace stdgraph::classify
