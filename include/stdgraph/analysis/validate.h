// The checks of `stdgraph validate` over a loaded corpus. The loader and the corpus
// report what they find while reading; these are the checks that need the whole corpus.
#pragma once

#include <vector>

#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/diagnostics.h"

namespace stdgraph {

// Every finding, in no particular order (Diagnostics::sort orders them for output):
//  errors   unknown-target, unknown-group, unknown-item, cycle
//  warnings question-outside-group, status-backwards, status-conflict, same-title,
//           two-tracks, control-character
std::vector<Diagnostic> validate(const Corpus& corpus, const Graph& graph);

}  // namespace stdgraph
