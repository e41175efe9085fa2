// The text part of the match index: the vocabulary of the Analyzer's terms, and each item's
// TF-IDF vector over the terms of its title (counted twice), scope and keywords, plus at
// half weight the titles it borrows (see match_relations.h). Also the term statistics the
// overlaps search needs: how many items hold each term, and which items are about security.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "match_vectors.h"
#include "stdgraph/analysis/match.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/text/text.h"

namespace stdgraph::match {

class TermIndex {
 public:
  // Each document's analysed text, before weighing.
  struct Texts {
    std::vector<std::vector<int>> title_ids;  // its title's terms
    std::vector<Bag> bags;                    // title (x2), scope and keywords
  };

  // Analyses every document's title, scope and keywords on `threads` threads, each with its
  // own copy of `analyzer`; the terms found make the vocabulary.
  Texts analyse(const Corpus& corpus, const Analyzer& analyzer, std::size_t threads);
  // Adds to each borrower's bag its lender's title terms (loans: (borrower, lender)), and
  // weighs the bags into the index.
  void weigh(Texts texts, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& loans);

  // A query's term vector (one row); terms the index lacks drop out.
  SparseRows query(const Query& q, const Analyzer& analyzer) const;

  // The terms of a row worth looking up for its neighbours in a large catalogue: those in
  // fewer than 5% of the documents (never fewer than 1,000). Looking up "services", "systems"
  // or "networks" would touch most of the ITU-T catalogue from every row; what such terms
  // add to a pair's text is counted afterwards (dot), for the candidates found through the
  // rarer terms. Returns whether any term was left out.
  bool distinctive_terms(int row, Bag& out) const;

  const SparseRows& rows() const { return docs_; }
  const SparseCols& postings() const { return postings_; }
  // A term as a person reads it: "ledger", "DLT (distributed ledger technology)".
  const std::string& surface(int term) const { return surfaces_[static_cast<std::size_t>(term)]; }
  // Its own title has terms.
  bool titled(std::size_t d) const { return titled_[d]; }
  const std::vector<bool>& titled() const { return titled_; }
  // Its terms carry the security concept.
  bool about_security(std::size_t d) const { return security_[d]; }

 private:
  int term_id(const Term& t);

  std::unordered_map<std::string, int> vocabulary_;  // by term key
  std::vector<std::string> surfaces_;
  std::vector<float> idf_;
  SparseRows docs_;      // document x term
  SparseCols postings_;  // the same, by term
  std::vector<int> df_;  // per term: how many documents have it
  std::vector<bool> titled_;
  std::vector<bool> security_;
};

}  // namespace stdgraph::match
