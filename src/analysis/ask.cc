// "Which <aspect> work exists on <subject>?": the items of a subject under the aspects asked.
#include <algorithm>
#include <tuple>

#include "classify.h"
#include "stdgraph/analysis/gaps.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {

AskResult ask(const Corpus& corpus, const Analyzer& analyzer, const Taxonomy& taxonomy,
              const AskOptions& options) {
  AskResult result;
  AskAnswer& answer = result.answer;
  answer.subjects = options.subjects;
  answer.date = classify::report_date(corpus, options.as_of);
  answer.as_of_given = options.as_of.has_value();
  answer.groups = options.groups;

  std::vector<std::size_t> aspects;
  for (const std::string& name : options.aspects) {
    std::size_t a = classify::find_aspect(taxonomy.aspects, name);
    if (a == npos) {
      std::vector<std::string_view> names;
      for (const Aspect& x : taxonomy.aspects) names.push_back(x.name);
      result.unknown_aspect = name;
      result.suggestion = nearest_word(name, names);
      return result;
    }
    aspects.push_back(a);
    answer.aspects.push_back(taxonomy.aspects[a].name);
  }

  // A subject that names a topic (or its path) stands for that topic; any other is a phrase.
  std::vector<TopicRef> topics = flatten(taxonomy);
  std::vector<std::size_t> subject_topics;
  std::vector<TaxonomyPhrase> phrases;
  for (const std::string& subject : options.subjects) {
    std::string key = fold_title(subject);
    auto it = std::find_if(topics.begin(), topics.end(), [&](const TopicRef& t) {
      return fold_title(t.topic->name) == key || fold_title(t.path) == key;
    });
    if (it != topics.end()) {
      subject_topics.push_back(static_cast<std::size_t>(it - topics.begin()));
      answer.topics.push_back(it->path);
    } else {
      phrases.push_back({subject, analyzer.phrase(subject), {}});
      if (phrases.back().keys.empty()) {
        result.empty_subject = subject;
        return result;
      }
    }
  }

  classify::Scope scope = classify::items_in_scope(corpus, options.as_of, options.groups);
  struct Found {
    ReportItem item;
    std::vector<Evidence> subject, aspect;
  };
  std::vector<Found> found;
  for (std::size_t s = 0; s < scope.documents.size(); ++s) {
    std::size_t d = scope.documents[s];
    ItemText text = analyse_item(corpus.documents[d], analyzer);
    std::vector<Evidence> subject = classify::phrase_evidence(phrases, text, true);
    if (!subject_topics.empty()) {
      auto by_topic = classify::topic_evidence(topics, text, d);
      for (std::size_t t : subject_topics)
        for (const Evidence& e : by_topic[t])
          if (std::none_of(subject.begin(), subject.end(), [&](const Evidence& x) {
                return x.phrase == e.phrase && x.member == e.member;
              }))
            subject.push_back(e);
    }
    if (subject.empty()) continue;
    std::vector<Evidence> aspect;
    bool all = true;
    for (std::size_t a : aspects) {
      auto e = classify::one_aspect_evidence(corpus, taxonomy.aspects[a], text, d,
                                             options.security_group);
      all = all && !e.empty();
      aspect.insert(aspect.end(), e.begin(), e.end());
    }
    if (!all) continue;
    found.push_back({classify::report_item(corpus, d, scope.states[s], options.as_of),
                     std::move(subject), std::move(aspect)});
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return std::tie(a.item.doc->group(), a.item.doc->id) <
           std::tie(b.item.doc->group(), b.item.doc->id);
  });
  for (Found& f : found) {
    answer.items.push_back(std::move(f.item));
    answer.subject_evidence.push_back(std::move(f.subject));
    answer.aspect_evidence.push_back(std::move(f.aspect));
  }
  return result;
}

}  // namespace stdgraph
