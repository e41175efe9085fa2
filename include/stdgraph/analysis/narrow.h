// Whole-corpus results narrowed to a selection of items, for a report about that selection
// (`report --group SG17`): the analyses run once over everything, so that what an item is
// measured against does not depend on what else was selected.
#pragma once

#include <cstddef>
#include <vector>

#include "stdgraph/analysis/match.h"
#include "stdgraph/analysis/risk.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

// The risks of the selected items: the drafts among them, the drafts at risk among them and
// the stale references they make.
RiskReport narrowed(const Corpus& corpus, RiskReport all, const std::vector<std::size_t>& selected);

// The pairs with a selected item on either side, and the clusters holding one.
OverlapResult narrowed(OverlapResult all, const std::vector<std::size_t>& selected);

}  // namespace stdgraph
