// Clusters of the overlaps: items that all cover the same ground, each two of them a close
// pair, so that a reader sees one group of five rather than ten pairs.
#pragma once

#include <cstddef>
#include <vector>

#include "stdgraph/analysis/match.h"

namespace stdgraph::match {

// Complete-linkage clusters of three or more among the untied pairs at or above `floor`
// (documents below n): pairs are merged best first, and two clusters join only if every
// cross pair is there. Largest first, each sorted.
std::vector<std::vector<std::size_t>> clusters(const std::vector<OverlapPair>& pairs, std::size_t n,
                                               double floor);

}  // namespace stdgraph::match
