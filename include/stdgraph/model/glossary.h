// The acronym glossary (data/glossary.yaml): which words an acronym stands for. Read by
// load/glossary.h; the text analyzer (text/text.h) makes an acronym and its expansion one term.
#pragma once

#include <string>
#include <vector>

#include "stdgraph/model/model.h"

namespace stdgraph {

// An acronym and the words it stands for (data/glossary.yaml).
struct GlossaryEntry {
  std::string short_form;               // "DLT", "IMT-2020"
  std::vector<std::string> long_forms;  // "distributed ledger technology"
  SourcePos pos;
};

struct Glossary {
  std::vector<GlossaryEntry> entries;
};

}  // namespace stdgraph
