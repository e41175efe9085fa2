// One answer to "which items are under group G?": roadmap --group, gaps --group,
// export --select group: and stats agree, group by group (group_agreement_test.cc on the
// built-in data, catalogue_agreement_test.cc on the ITU-T catalogue).
#pragma once

#include <cstddef>

#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph::test {

// Checks, for every group of the corpus, that the selections of the four commands are the
// documents model/groups.h puts under it (gaps: those of them it considers at all); returns
// how many groups had at least one item.
std::size_t check_groups_agree(const Corpus& corpus, const Graph& graph);

}  // namespace stdgraph::test
