// The scoring of the match index: the four signals combined, each of which can only raise
// the score (match.h), the evidence of a pair, what a pair found by `overlaps` is (tied,
// across groups, a counterpart, a duplicate), and the nearest candidates of one row.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "match_relations.h"
#include "match_terms.h"
#include "stdgraph/analysis/match.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph::match {

inline double noisy_or(double text, double name, double references, double question,
                       const MatchWeights& w) {
  return 1 - (1 - text) * (1 - w.name * name) * (1 - w.references * references) *
                 (1 - w.question * question);
}

inline double noisy_or(const MatchEvidence& e, const MatchWeights& w) {
  return noisy_or(e.text, e.name, e.references, e.question, w);
}

// The evidence of two documents but its explanation (explain()), from their text and name
// scores, which the caller has: the references they share and whether they share a Question.
MatchEvidence evidence(const Corpus& corpus, const RelationIndex& relations, std::size_t a,
                       std::size_t b, double text, double name);

// Fills in what a scored pair is: its tie, whether its items share a group or sit in two,
// whether one is about security and the other not, and whether it is one item listed twice.
void judge(OverlapPair& p, const Corpus& corpus, const RelationIndex& relations,
           const TermIndex& terms);

// A pair a row of `overlaps` found: its items (a < b) and its text and name parts.
struct Found {
  std::uint32_t a, b;
  float text, name;
};

// A candidate of one row in `overlaps`: the other item and its score; full evidence is
// built only for the pairs kept.
struct Candidate {
  int b;
  float score, text, name;
};

inline bool better(const Candidate& p, const Candidate& q) {
  return p.score != q.score ? p.score > q.score : p.b < q.b;
}

// The best `cap` candidates offered, as a heap whose top is the worst of them (cap 0: all).
struct Nearest {
  std::vector<Candidate> heap;
  std::size_t cap = 0;

  void offer(const Candidate& c) {
    if (!cap || heap.size() < cap) {
      heap.push_back(c);
      if (cap) std::push_heap(heap.begin(), heap.end(), better);
    } else if (better(c, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), better);
      heap.back() = c;
      std::push_heap(heap.begin(), heap.end(), better);
    }
  }
};

}  // namespace stdgraph::match
