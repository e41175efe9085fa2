// A taxonomy for gap reports (data/taxonomies/README.md): the topics of a subject, each with
// the terms and acronyms that name it, and the aspects (requirements, security, ...) with the
// cue words that put an item under them. Read by load/taxonomy.h; made ready for matching
// (phrase keys, members found in a corpus) by analysis/taxonomy.h.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stdgraph/model/model.h"

namespace stdgraph {

// A topic term or an aspect cue, as written and as the words it matches.
struct TaxonomyPhrase {
  std::string text;               // "DTN", "digital twin network"
  std::vector<std::string> keys;  // Analyzer::phrase(text), filled by prepare_taxonomy
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

}  // namespace stdgraph
