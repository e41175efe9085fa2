// Taxonomies for gap reports (data/taxonomies/README.md): the topics of a subject, each with
// the terms and acronyms that name it, and the aspects (requirements, security, ...) with the
// cue words that put an item under them. And the one rule that says whether a term or a cue
// occurs in an item's text, shared by `gaps`, `counterparts` and `ask`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/corpus.h"
#include "stdgraph/diagnostics.h"
#include "stdgraph/model.h"
#include "stdgraph/text.h"

namespace stdgraph {

// A topic term or an aspect cue, as written and as the words it matches.
struct TaxonomyPhrase {
  std::string text;               // "DTN", "digital twin network"
  std::vector<std::string> keys;  // Analyzer::phrase(text): "=dtn", "digit", "twin", "network"
  SourcePos pos;
};

struct Aspect {
  std::string name;  // "security", "use cases/guidelines"
  std::vector<TaxonomyPhrase> cues;
  SourcePos pos;
};

struct Topic {
  std::string name;
  std::vector<TaxonomyPhrase> terms;
  std::vector<std::string> members;       // item names as written: always of the topic
  std::vector<SourcePos> member_pos;      // where each member is written
  std::vector<std::size_t> member_items;  // corpus documents, once resolve_members ran
  std::vector<Topic> topics;              // sub-topics, same shape
  SourcePos pos;
};

struct Taxonomy {
  std::string name;    // `taxonomy:`
  std::string source;  // `source:`: where its topics come from
  std::string file;
  std::string aspects_file;  // the file the aspects came from (the taxonomy's own, or aspects.yaml)
  std::vector<Topic> topics;
  std::vector<Aspect> aspects;
};

// Reads a taxonomy from YAML text; `file` names it in diagnostics. Keys are checked ("did you
// mean"), every problem goes to diags with file:line:col. When the text has no `aspects:`,
// the result's aspects are empty and aspects_file is "": load_taxonomy fills them in.
Taxonomy parse_taxonomy(std::string_view text, const std::string& file, const Analyzer& analyzer,
                        Diagnostics& diags);
// Reads an aspects file (`aspects:` and nothing else, like data/taxonomies/aspects.yaml).
std::vector<Aspect> parse_aspects(std::string_view text, const std::string& file,
                                  const Analyzer& analyzer, Diagnostics& diags);

// Reads a taxonomy file; without `aspects:` of its own it takes those of aspects.yaml in the
// same folder (an error when there is none).
Taxonomy load_taxonomy(const std::filesystem::path& path, const Analyzer& analyzer,
                       Diagnostics& diags);
std::vector<Aspect> load_aspects(const std::filesystem::path& path, const Analyzer& analyzer,
                                 Diagnostics& diags);

// The taxonomy files shipped in a folder (data/taxonomies): every *.yaml but aspects.yaml,
// in name order.
std::vector<std::filesystem::path> taxonomy_files(const std::filesystem::path& folder);
// What --taxonomy NAME means: an existing file as it is, else NAME or NAME.yaml in `folder`
// (so `--taxonomy dlt` finds data/taxonomies/dlt.yaml); empty when neither exists.
std::filesystem::path find_taxonomy(const std::string& name, const std::filesystem::path& folder);

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
