// Security counterparts: for each item of another group that is not about security, the
// security items that answer it, by an explicit relation or by sharing its most specific
// topic; the text score of match.h ranks them and explains them. Items with none are the
// security gaps a lead study group on security is asked about.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "classify.h"
#include "stdgraph/analysis/gaps.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

// A topic of one of the taxonomies.
struct TopicKey {
  std::size_t taxonomy = 0;
  std::size_t topic = 0;
  auto operator<=>(const TopicKey&) const = default;
};

struct Classified {
  std::size_t document = npos;
  ItemState state;
  bool security = false;
  std::map<TopicKey, std::vector<Evidence>> topics;  // every topic it is under
  std::vector<TopicKey> specific;                    // those with no sub-topic it is under
};

}  // namespace

CounterpartReport counterparts(const Corpus& corpus, const Analyzer& analyzer,
                               const MatchIndex& matcher, const std::vector<Taxonomy>& taxonomies,
                               const CounterpartOptions& options) {
  CounterpartReport report;
  report.corpus = &corpus;
  report.security_group = options.security_group;
  report.date = classify::report_date(corpus, options.as_of);
  report.as_of_given = options.as_of.has_value();
  std::vector<std::vector<TopicRef>> topics;
  std::vector<TaxonomyPhrase> security_cues;
  for (const Taxonomy& t : taxonomies) {
    report.taxonomies.push_back(t.name);
    topics.push_back(flatten(t));
    std::size_t a = classify::find_aspect(t.aspects, "security");
    if (a == npos) continue;
    for (const TaxonomyPhrase& cue : t.aspects[a].cues)
      if (std::none_of(security_cues.begin(), security_cues.end(),
                       [&](const TaxonomyPhrase& c) { return c.text == cue.text; }))
        security_cues.push_back(cue);
  }
  auto path_of = [&](const TopicKey& k) -> const std::string& {
    return topics[k.taxonomy][k.topic].path;
  };
  // --topic: a subject must be under one of these (by name or path, case ignored).
  std::set<TopicKey> wanted;
  for (const std::string& name : options.topics) {
    std::string key = fold_title(name);
    for (std::size_t x = 0; x < topics.size(); ++x)
      for (std::size_t i = 0; i < topics[x].size(); ++i)
        if (fold_title(topics[x][i].topic->name) == key || fold_title(topics[x][i].path) == key)
          wanted.insert({x, i});
  }

  classify::Scope scope = classify::items_in_scope(corpus, options.as_of, {});
  std::vector<Classified> items(scope.documents.size());
  std::vector<std::size_t> slot(corpus.documents.size(), npos);  // document -> items index
  for (std::size_t s = 0; s < scope.documents.size(); ++s) {
    Classified& c = items[s];
    c.document = scope.documents[s];
    c.state = scope.states[s];
    slot[c.document] = s;
    ItemText text = analyse_item(corpus.documents[c.document], analyzer);
    c.security = in_group(corpus, corpus.documents[c.document], options.security_group) ||
                 !classify::phrase_evidence(security_cues, text, false).empty();
    for (std::size_t x = 0; x < topics.size(); ++x) {
      auto evidence = classify::topic_evidence(topics[x], text, c.document);
      for (std::size_t i = 0; i < evidence.size(); ++i)
        if (!evidence[i].empty()) c.topics[{x, i}] = std::move(evidence[i]);
    }
    std::set<TopicKey> has_sub;
    for (const auto& [k, e] : c.topics) {
      const Topic* parent = topics[k.taxonomy][k.topic].parent;
      for (std::size_t i = 0; parent && i < topics[k.taxonomy].size(); ++i)
        if (topics[k.taxonomy][i].topic == parent) has_sub.insert({k.taxonomy, i});
    }
    for (const auto& [k, e] : c.topics)
      if (!has_sub.count(k)) c.specific.push_back(k);
  }
  std::map<TopicKey, std::vector<std::size_t>> security_by_topic;
  for (std::size_t o = 0; o < items.size(); ++o) {
    if (!items[o].security) continue;
    ++report.security_items;
    for (const auto& [k, e] : items[o].topics) security_by_topic[k].push_back(o);
  }

  // Relations both ways, between items in scope.
  std::vector<std::vector<std::tuple<std::size_t, std::size_t, bool>>> related(items.size());
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    for (std::size_t r = 0; r < corpus.relation_targets[d].size(); ++r) {
      std::size_t t = corpus.relation_targets[d][r];
      if (t == npos || slot[d] == npos || slot[t] == npos || t == d) continue;
      related[slot[d]].emplace_back(slot[t], r, true);
      related[slot[t]].emplace_back(slot[d], r, false);
    }

  std::map<std::size_t, std::size_t> report_index;  // items index -> report.items index
  auto add_item = [&](std::size_t s) {
    auto [it, fresh] = report_index.emplace(s, report.items.size());
    if (fresh)
      report.items.push_back(
          classify::report_item(corpus, items[s].document, items[s].state, options.as_of));
    return it->second;
  };

  for (std::size_t s = 0; s < items.size(); ++s) {
    const Classified& subject = items[s];
    if (subject.security) continue;
    if (!wanted.empty() && std::none_of(subject.topics.begin(), subject.topics.end(),
                                        [&](const auto& kv) { return wanted.count(kv.first); }))
      continue;
    std::vector<CounterpartLink> links;
    std::set<std::size_t> linked;
    // A candidate must count as work: a not-approved or withdrawn text answers nothing.
    auto candidate = [&](std::size_t o) {
      return items[o].security && items[o].state.coverage != Coverage::none && !linked.count(o);
    };
    for (const auto& [o, r, from_subject] : related[s]) {
      if (!candidate(o)) continue;
      linked.insert(o);
      const Document& owner = corpus.documents[items[from_subject ? s : o].document];
      CounterpartLink link;
      link.item = o;
      link.by_relation = true;
      link.relation = owner.relations[r].type;
      link.relation_from_subject = from_subject;
      link.relation_source =
          owner.relations[r].source.empty() ? owner.source : owner.relations[r].source;
      Match m = matcher.compare(subject.document, items[o].document);
      link.score = m.score;
      link.why = std::move(m.why);
      links.push_back(std::move(link));
    }
    std::vector<std::size_t> near;  // security items in one of the subject's specific topics
    for (const TopicKey& k : subject.specific)
      if (auto it = security_by_topic.find(k); it != security_by_topic.end())
        near.insert(near.end(), it->second.begin(), it->second.end());
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    for (std::size_t o : near) {
      if (!candidate(o)) continue;
      std::vector<TopicKey> shared;
      for (const TopicKey& k : subject.specific)
        if (items[o].topics.count(k)) shared.push_back(k);
      if (shared.empty()) continue;
      Match m = matcher.compare(subject.document, items[o].document);
      if (m.score < options.min_score) continue;
      CounterpartLink link;
      link.item = o;
      for (const TopicKey& k : shared) link.shared_topics.push_back(path_of(k));
      link.subject_evidence = subject.topics.at(shared.front());
      link.item_evidence = items[o].topics.at(shared.front());
      link.score = m.score;
      link.why = std::move(m.why);
      links.push_back(std::move(link));
    }
    if (subject.topics.empty() && links.empty()) {
      ++report.outside_topics;
      continue;
    }
    std::stable_sort(links.begin(), links.end(),
                     [](const CounterpartLink& a, const CounterpartLink& b) {
                       if (a.by_relation != b.by_relation) return a.by_relation;
                       return a.score > b.score;
                     });
    if (options.top && links.size() > options.top) links.resize(options.top);
    CounterpartEntry entry;
    entry.item = add_item(s);
    for (const TopicKey& k : subject.specific) entry.topics.push_back(path_of(k));
    for (CounterpartLink& link : links) link.item = add_item(link.item);
    entry.links = std::move(links);
    report.entries.push_back(std::move(entry));
  }
  std::stable_sort(report.entries.begin(), report.entries.end(),
                   [&](const CounterpartEntry& a, const CounterpartEntry& b) {
                     bool ha = !a.links.empty(), hb = !b.links.empty();
                     if (ha != hb) return ha;
                     return report.items[a.item].doc->id < report.items[b.item].doc->id;
                   });
  for (const CounterpartEntry& e : report.entries)
    report.with_counterparts += e.links.empty() ? 0 : 1;
  return report;
}

}  // namespace stdgraph
