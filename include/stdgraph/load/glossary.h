// Reading the acronym glossary: a small hand-edited YAML file, every problem at its
// file:line:col.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/glossary.h"

namespace stdgraph {

// Reads a glossary file; problems go to diags with file:line:col.
Glossary load_glossary(const std::filesystem::path& path, Diagnostics& diags);
Glossary parse_glossary(std::string_view text, const std::string& file, Diagnostics& diags);
// The glossary shipped with the built-in data set, or an empty one if it is missing.
Glossary builtin_glossary(const std::filesystem::path& data_dir, Diagnostics& diags);

}  // namespace stdgraph
