// The why of a match: the shared terms behind its text score (largest part first, at most
// 8), the pair of names behind its name score, and the documents whose titles were borrowed.
// Made only for the matches shown, after scoring.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "match_names.h"
#include "match_relations.h"
#include "match_terms.h"
#include "stdgraph/analysis/match.h"

namespace stdgraph::match {

// The shared terms of two normalised rows, largest contribution first (ties by term), at
// most 8: chosen by number before any surface is copied, so a pair holds exactly what it
// shows.
std::vector<SharedTerm> shared_terms(const TermIndex& terms, const SparseRows& x, int rx,
                                     const SparseRows& y, int ry);

// Explains the match of documents a and b (its text and name scores set).
void explain(MatchEvidence& e, std::size_t a, std::size_t b, const TermIndex& terms,
             const NameIndex& names, const RelationIndex& relations);

// Explains the match of a query (its term vector and names) with document d.
void explain_query(MatchEvidence& e, const SparseRows& query_terms,
                   const std::vector<std::string>& query_names, std::size_t d,
                   const TermIndex& terms, const NameIndex& names, const RelationIndex& relations);

}  // namespace stdgraph::match
