// Where a corpus comes from: the folders its record files were read from and the sources
// its records cite. With Stats (the counts) and newest_event (the data's date), what the
// report's "Data and sources" section shows.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "stdgraph/model/corpus.h"

namespace stdgraph {

struct Provenance {
  std::set<std::string> folders;  // of corpus.files ("." for a bare file name)
  // SEED (a source's first part), or the kind of a fact no seed states ("general-knowledge",
  // "inferred", "assigned") -> distinct sources
  std::map<std::string, std::size_t> cited;
};

// Sources counted: of the documents, their status events, the groups, liaisons and meetings,
// and the sources of their single fields (`sources:`).
Provenance provenance(const Corpus& corpus);

}  // namespace stdgraph
