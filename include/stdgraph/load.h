// Loaders: files and folders in, a RecordSet and diagnostics out. They never write.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/diagnostics.h"
#include "stdgraph/model.h"

namespace stdgraph {

// Reads native records (the format of data/README.md) from a YAML text; `file` names it
// in diagnostics. Records with errors are left out, the rest are kept.
RecordSet load_native_text(std::string_view text, const std::string& file, Diagnostics& diags);

// Reads one Relaton YAML record (relaton-data-itu and kin); see data/README.md for the
// mapping onto stdgraph's model.
RecordSet load_relaton_text(std::string_view text, const std::string& file, Diagnostics& diags);

// True when a file's text is a Relaton record rather than native records.
bool looks_like_relaton(std::string_view text);

// Reads every record file named: a file as it is, a folder recursively (*.yaml, *.yml,
// in name order), each in the format its content shows (native or Relaton), on every
// core. A path that cannot be read is an error naming it.
RecordSet load_paths(const std::vector<std::filesystem::path>& paths, Diagnostics& diags);

}  // namespace stdgraph
