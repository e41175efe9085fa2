// Reading taxonomy and aspects files (YAML, edited by hand): keys are checked ("did you
// mean"), every problem goes to diags with file:line:col. Phrases come out as written; their
// match keys are made by prepare_taxonomy (analysis/taxonomy.h).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/taxonomy.h"

namespace stdgraph {

// Reads a taxonomy from YAML text; `file` names it in diagnostics. Keys are checked ("did you
// mean"), every problem goes to diags with file:line:col. When the text has no `aspects:`,
// the result's aspects are empty and aspects_file is "": load_taxonomy fills them in.
Taxonomy parse_taxonomy(std::string_view text, const std::string& file, Diagnostics& diags);
// Reads an aspects file (`aspects:` and nothing else, like data/taxonomies/aspects.yaml).
std::vector<Aspect> parse_aspects(std::string_view text, const std::string& file,
                                  Diagnostics& diags);

// Reads a taxonomy file; without `aspects:` of its own it takes those of aspects.yaml in the
// same folder (an error when there is none).
Taxonomy load_taxonomy(const std::filesystem::path& path, Diagnostics& diags);
std::vector<Aspect> load_aspects(const std::filesystem::path& path, Diagnostics& diags);

// The taxonomy files shipped in a folder (data/taxonomies): every *.yaml but aspects.yaml,
// in name order.
std::vector<std::filesystem::path> taxonomy_files(const std::filesystem::path& folder);
// What --taxonomy NAME means: an existing file as it is, else NAME or NAME.yaml in `folder`
// (so `--taxonomy dlt` finds data/taxonomies/dlt.yaml); empty when neither exists.
std::filesystem::path find_taxonomy(const std::string& name, const std::filesystem::path& folder);

}  // namespace stdgraph
