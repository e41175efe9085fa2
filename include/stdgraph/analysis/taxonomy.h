// Taxonomies against a corpus (the data is model/taxonomy.h, read by load/taxonomy.h): the
// match keys of every term and cue, members resolved to items, the topic tree in reading
// order, and the one rule that says whether a term or a cue occurs in an item's text, shared
// by `gaps`, `counterparts` and `ask`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/model/corpus.h"
#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/taxonomy.h"
#include "stdgraph/text/text.h"

namespace stdgraph {

// Makes each term's and cue's match keys with `analyzer`; a phrase left with no key (only
// stop words) is an error at its place and is dropped.
void prepare_taxonomy(Taxonomy& taxonomy, const Analyzer& analyzer, Diagnostics& diags);
void prepare_aspects(std::vector<Aspect>& aspects, const Analyzer& analyzer, Diagnostics& diags);

// Finds each topic's members in the corpus; a member that names no item is reported at the
// place it is written, with the nearest names as a hint, and left out. An error by default;
// a warning when the taxonomy may have been written for other records than these (a shipped
// taxonomy read against --data).
void resolve_members(Taxonomy& taxonomy, const Corpus& corpus, Diagnostics& diags,
                     Severity unknown = Severity::error);

// Every topic of a taxonomy in reading order (a topic, then its sub-topics), with its depth.
struct TopicRef {
  const Topic* topic = nullptr;
  const Topic* parent = nullptr;  // nullptr for a top-level topic
  int depth = 0;
  std::string path;  // "Digital twin > Digital twin network"
};
std::vector<TopicRef> flatten(const Taxonomy& taxonomy);

// Where an item's text says something.
enum class TextField : std::uint8_t { title, scope, keywords };
std::string_view to_string(TextField field);

// An item's text (title, scope, keywords) as Analyzer keys, ready for phrase matching.
struct ItemText {
  struct Part {
    TextField field = TextField::title;
    std::vector<std::string> words;     // keys without glossary concepts ("digit", "twin")
    std::vector<std::string> concepts;  // the glossary concept keys ("=dtn")
  };
  std::vector<Part> parts;  // title, scope, then one part per keyword (no run spans two)
};
ItemText analyse_item(const Document& document, const Analyzer& analyzer);

// The field in which a phrase occurs in an item, or nothing.
//
// The rule: the phrase's word keys occur as one contiguous run in the words of one part of
// the item (stop words are not keys, so "digital twin of network" has the run "digital twin
// network"). Glossary concept keys are left out on both sides: an acronym's keys are its
// expansion's words, so "DTN" and "digital twin network" are the same run, and "digital
// twin" (concept DT) is found inside "digital twin network" (concept DTN). A phrase that is
// only concepts (an acronym the glossary does not expand) matches the concept itself.
std::optional<TextField> find_phrase(const ItemText& item, const TaxonomyPhrase& phrase);

}  // namespace stdgraph
