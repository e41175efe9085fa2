// Text for people: aligned columns, one item per line where it fits.
#pragma once

#include <ostream>
#include <vector>

#include "stdgraph/analysis/describe.h"
#include "stdgraph/analysis/stats.h"
#include "stdgraph/model/diagnostics.h"

namespace stdgraph {

// Each diagnostic as format_diagnostic gives it, then "N errors, M warnings in F files".
void write_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics, std::size_t files);
void write_text(std::ostream& out, const DocumentView& view);
void write_text(std::ostream& out, const Stats& stats);

}  // namespace stdgraph
