// What a MatchIndex holds: its four parts, each built and tested alone (match_terms.h,
// match_names.h, match_relations.h, match_bodies.h), and what it was built from. match.cc answers
// `check` and `compare` from it, match_overlaps.cc `overlaps`.
#pragma once

#include "match_bodies.h"
#include "match_names.h"
#include "match_relations.h"
#include "match_terms.h"
#include "stdgraph/analysis/match.h"

namespace stdgraph {

struct MatchIndex::Impl {
  Impl(const Corpus& c, const Analyzer& a, MatchWeights w, std::size_t threads);

  const Corpus& corpus;
  Analyzer analyzer;
  MatchWeights weights;
  match::TermIndex terms;
  match::NameIndex names;
  match::RelationIndex relations;
  match::BodyIndex bodies;
};

}  // namespace stdgraph
