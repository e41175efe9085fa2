// JSON for scripts: one document per command, shapes documented in docs/json.md.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "stdgraph/describe.h"
#include "stdgraph/diagnostics.h"
#include "stdgraph/stats.h"

namespace stdgraph {

nlohmann::ordered_json to_json(const std::vector<Diagnostic>& diagnostics);
nlohmann::ordered_json to_json(const DocumentView& view);
nlohmann::ordered_json to_json(const Stats& stats);

}  // namespace stdgraph
