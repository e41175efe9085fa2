// A proposed work item as a query for the duplication check: from a record written in the
// native schema (`check --file`), with what it names resolved against the corpus.
#pragma once

#include "stdgraph/analysis/match.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

// A document's own words and places as a query: title, scope, keywords, every name, group,
// Question (no references, no self).
Query query_of(const Document& document);

// The query for `proposal`: its title, scope, keywords, every name, group, Question, and the
// corpus items its relations name. When one of its names is already an item of the corpus,
// query.self is that item, so the check compares the proposal with every other item.
Query query_for_proposal(const Corpus& corpus, const Document& proposal);

}  // namespace stdgraph
