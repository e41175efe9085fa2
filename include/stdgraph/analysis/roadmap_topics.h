// roadmap --topic: the items the gap analysis puts under named topics of taxonomies, and
// how they narrow a roadmap's selection.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/analysis/taxonomy.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/text/text.h"

namespace stdgraph {

struct TopicItems {
  std::vector<std::size_t> documents;  // every item under one of the topics, ascending
  std::vector<std::string> unknown;    // the names no topic of the taxonomies has
  std::vector<std::string> known;      // every topic's path, for "did you mean"
};

// The items under each named topic (its name or its A > B path, case and punctuation
// ignored) as gap_report puts them there (a term in the title, scope or keywords, or
// membership), as of `as_of`, of `groups` only when some are given.
TopicItems topic_items(const Corpus& corpus, const Analyzer& analyzer,
                       const std::vector<Taxonomy>& taxonomies,
                       const std::vector<std::string>& topics,
                       const std::vector<std::string>& groups, const std::optional<Date>& as_of);

// The topic items join the selection like --ids; the selection's groups narrowed the topics
// and add no items of their own: they are taken out and returned (for titles).
std::vector<std::string> select_topic_items(RoadmapSelection& selection, const TopicItems& items);

}  // namespace stdgraph
