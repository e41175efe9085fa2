// The names part of the match index: character trigrams of provisional names, so that
// X.sec_QKDNi and Q.QKDNi-profr come out close. Series letters, numbers and stock parts
// (Suppl, Rev, TR) say nothing and are left out.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match_vectors.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph::match {

// The parts of a name worth comparing: "X.sec_QKDNi" -> {"sec", "qkdni"}.
std::vector<std::string> name_parts(std::string_view name);

// The first of `names` that has parts worth comparing, or "".
std::string first_comparable_name(const std::vector<std::string>& names);

class NameIndex {
 public:
  NameIndex() = default;
  // Every document's number and aliases as trigram vectors.
  explicit NameIndex(const Corpus& corpus);

  // The trigram vector of a query's names (one row); trigrams the index lacks drop out.
  SparseRows query(const std::vector<std::string>& names) const;

  const SparseRows& rows() const { return rows_; }
  const SparseCols& postings() const { return postings_; }
  // A document's first provisional name (one with parts worth comparing), or "".
  const std::string& provisional(std::size_t document) const { return provisional_[document]; }

 private:
  std::unordered_map<std::string, int> trigram_ids_;
  std::vector<float> idf_;
  SparseRows rows_;
  SparseCols postings_;
  std::vector<std::string> provisional_;
};

}  // namespace stdgraph::match
