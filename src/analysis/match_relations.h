// The relations part of the match index: what each item relates to, which it shares with
// another (the references signal), whose titles it borrows (a corrigendum titled
// "Correction to clause G.4.4" is about its base), and which pairs are already tied (two
// editions of one work, or a relation between them) and so no news.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "stdgraph/analysis/match.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph::match {

// Jaccard of two sorted lists; the shared items go to `shared` when asked for.
double reference_overlap(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b,
                         std::vector<std::size_t>* shared);

// True when the document is of `group` or of its Question `group` (case aside); "" is any.
bool in_group(const Document& doc, const std::string& group);

class RelationIndex {
 public:
  RelationIndex() = default;
  // `titled`: per document, whether its own title has terms (one without borrows from an
  // edition that has).
  RelationIndex(const Corpus& corpus, const std::vector<bool>& titled);

  // (borrower, lender) for every relation type by which a document borrows another's title,
  // one per type (a lender by two types lends twice); given once, then forgotten.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> take_loans() { return std::move(loans_); }

  // The documents it relates to by references (sorted), and whose titles it borrows.
  const std::vector<std::size_t>& references(std::size_t d) const { return references_[d]; }
  const std::vector<std::size_t>& borrowed(std::size_t d) const { return borrowed_[d]; }
  // Its edition family (the first edition's index, or itself), and whether it is the newest
  // edition of its work (or a work without editions).
  std::size_t family(std::size_t d) const { return family_[d]; }
  bool newest(std::size_t d) const { return newest_[d]; }
  // Its group and Question as small numbers, -1 for none (compared per pair).
  int question_id(std::size_t d) const { return question_id_[d]; }
  // Two documents of two known groups.
  bool across(std::size_t a, std::size_t b) const {
    return group_id_[a] >= 0 && group_id_[b] >= 0 && group_id_[a] != group_id_[b];
  }
  // What it relates to either way, sorted by document.
  const std::vector<std::pair<std::uint32_t, RelationType>>& related(std::size_t d) const {
    return related_[d];
  }
  // What already ties two documents, if anything.
  std::optional<Tie> tie(std::size_t a, std::size_t b) const;

 private:
  std::vector<std::vector<std::size_t>> references_;
  std::vector<std::vector<std::size_t>> borrowed_;
  // 32-bit: a catalogue has 2 x 440,000 of them.
  std::vector<std::vector<std::pair<std::uint32_t, RelationType>>> related_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> loans_;
  std::vector<std::size_t> family_;
  std::vector<bool> newest_;
  std::vector<int> group_id_, question_id_;
};

}  // namespace stdgraph::match
