// What gaps, counterparts and ask share: which items are in the report at all, and for each
// item the topics and aspects it falls under, with the evidence (see gaps.h for the rules).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stdgraph/analysis/gaps.h"

namespace stdgraph::classify {

// The items a report looks at: documents with a row of their own (not merely referenced or
// implied by a catalogue, not a whole series) that have a status on the date, in the groups.
struct Scope {
  std::vector<std::size_t> documents;  // corpus indexes, in corpus order
  std::vector<ItemState> states;       // per entry of documents
  std::size_t no_group = 0;  // left out, with groups given, for naming no group (or Question)
};
Scope items_in_scope(const Corpus& corpus, const std::optional<Date>& as_of,
                     const std::vector<std::string>& groups);

// Why a document is under each topic of a taxonomy (flattened order); empty: it is not.
std::vector<std::vector<Evidence>> topic_evidence(const std::vector<TopicRef>& topics,
                                                  const ItemText& text, std::size_t document);
// Why a document is under each aspect (title and keywords only); empty: it is not. An
// item of the security group is under the aspect named `security` too.
std::vector<std::vector<Evidence>> aspect_evidence(const Corpus& corpus,
                                                   const std::vector<Aspect>& aspects,
                                                   const ItemText& text, std::size_t document,
                                                   const std::string& security_group);
// The same for one aspect.
std::vector<Evidence> one_aspect_evidence(const Corpus& corpus, const Aspect& aspect,
                                          const ItemText& text, std::size_t document,
                                          const std::string& security_group);
// Every phrase of the list that occurs in the text, with where (scope included or not).
std::vector<Evidence> phrase_evidence(const std::vector<TaxonomyPhrase>& phrases,
                                      const ItemText& text, bool with_scope);

// The report's view of a document: its state and its sources up to the date.
ReportItem report_item(const Corpus& corpus, std::size_t document, const ItemState& state,
                       const std::optional<Date>& as_of);

// The index of the aspect with this name (case and spacing ignored), or npos.
std::size_t find_aspect(const std::vector<Aspect>& aspects, std::string_view name);

// The report's date: the date asked for, else the newest event of the records.
Date report_date(const Corpus& corpus, const std::optional<Date>& as_of);

}  // namespace stdgraph::classify
