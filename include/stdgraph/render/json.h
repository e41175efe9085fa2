// JSON for scripts: one document per command, shapes documented in docs/json.md.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stdgraph/analysis/describe.h"
#include "stdgraph/analysis/stats.h"
#include "stdgraph/model/diagnostics.h"

namespace stdgraph {

nlohmann::ordered_json to_json(const std::vector<Diagnostic>& diagnostics);
nlohmann::ordered_json to_json(const DocumentView& view);
nlohmann::ordered_json to_json(const Stats& stats);

// The text every command prints for --format json: indented by two, and text that is not
// valid UTF-8 (a cut sequence in a record) replaced by U+FFFD rather than thrown on.
std::string json_text(const nlohmann::ordered_json& j);
std::string json_text(const nlohmann::json& j);

}  // namespace stdgraph
