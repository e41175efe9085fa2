// Writing a command's document where -o says (or to standard output), by the rules of
// write_output, after refusing a target that is one of this run's inputs.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "context.h"

namespace stdgraph::cli {

// Every file this run reads or may read as input: the record files loaded, the glossary,
// the taxonomies (the taxonomy folder's and any named by path in `taxonomies`).
std::vector<std::string> input_files(const GlobalOptions& options, const Loaded& data,
                                     const std::vector<std::string>& taxonomies);

// Writes `parts` to `output` ("" or "-": standard output). Returns kOk; kUsage when
// `output` is one of input_files (nothing is written: an -o never overwrites a record);
// kNoData when it cannot be written. Messages go to stderr.
int write_document(const GlobalOptions& options, const Loaded& data, const std::string& output,
                   std::initializer_list<std::string_view> parts,
                   const std::vector<std::string>& taxonomies = {});

}  // namespace stdgraph::cli
