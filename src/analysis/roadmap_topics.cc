// roadmap --topic: items by topic, through the gap analysis's classification.
#include "stdgraph/analysis/roadmap_topics.h"

#include <set>

#include "stdgraph/analysis/gaps.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {

TopicItems topic_items(const Corpus& corpus, const Analyzer& analyzer,
                       const std::vector<Taxonomy>& taxonomies,
                       const std::vector<std::string>& topics,
                       const std::vector<std::string>& groups, const std::optional<Date>& as_of) {
  GapOptions options;
  options.as_of = as_of;
  options.groups = groups;
  options.security_group.clear();  // aspects play no part in a topic's items
  std::vector<bool> found(topics.size(), false);
  std::set<std::size_t> chosen;
  TopicItems result;
  for (const Taxonomy& taxonomy : taxonomies) {
    GapReport report = gap_report(corpus, analyzer, taxonomy, options);
    for (std::size_t t = 0; t < report.topics.size(); ++t) {
      const GapTopic& topic = report.topics[t];
      result.known.push_back(topic.path);
      for (std::size_t k = 0; k < topics.size(); ++k) {
        std::string want = fold_title(topics[k]);
        if (want != fold_title(topic.name) && want != fold_title(topic.path)) continue;
        found[k] = true;
        for (std::size_t i = 0; i < report.items.size(); ++i)
          if (!report.topic_evidence[i][t].empty()) chosen.insert(report.items[i].document);
      }
    }
  }
  for (std::size_t k = 0; k < topics.size(); ++k)
    if (!found[k]) result.unknown.push_back(topics[k]);
  result.documents.assign(chosen.begin(), chosen.end());
  return result;
}

std::vector<std::string> select_topic_items(RoadmapSelection& selection, const TopicItems& items) {
  selection.documents.insert(selection.documents.end(), items.documents.begin(),
                             items.documents.end());
  std::vector<std::string> within = std::move(selection.groups);
  selection.groups.clear();
  return within;
}

}  // namespace stdgraph
