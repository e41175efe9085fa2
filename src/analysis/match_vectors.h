// The arithmetic of the match index: bags of term ids weighed into cosine-normalised TF-IDF
// rows of an Eigen sparse matrix, and rows compared through the postings (the same matrix by
// term: an inverted index with a dense accumulator; Eigen's sparse x sparse product is far
// slower for all pairs). Terms and name trigrams use it alike.
#pragma once

#include <Eigen/SparseCore>

#include <cstddef>
#include <utility>
#include <vector>

namespace stdgraph::match {

using SparseRows = Eigen::SparseMatrix<float, Eigen::RowMajor, int>;  // document x term
using SparseCols = Eigen::SparseMatrix<float, Eigen::ColMajor, int>;  // the same, by term
using Bag = std::vector<std::pair<int, float>>;                       // (term id, weight)

// The bag with its duplicate ids summed, sorted by id.
Bag collapse(Bag bag);

// Per term: log((n + 1) / (df + 1)) + 1 over the n bags, df the bags that hold it.
std::vector<float> idf_of(const std::vector<Bag>& bags, std::size_t vocabulary);

// Cosine-normalised TF-IDF rows (log1p of the weight, times idf), one per bag.
SparseRows weigh(const std::vector<Bag>& bags, const std::vector<float>& idf);

// Calls f(term, weight in x, weight in y) for each term rows rx of x and ry of y share, in
// term order (a merge of the two sorted rows).
template <class F>
void for_each_shared(const SparseRows& x, int rx, const SparseRows& y, int ry, F f) {
  SparseRows::InnerIterator i(x, rx), j(y, ry);
  while (i && j) {
    if (i.col() < j.col()) {
      ++i;
    } else if (j.col() < i.col()) {
      ++j;
    } else {
      f(static_cast<int>(i.col()), i.value(), j.value());
      ++i;
      ++j;
    }
  }
}

// The dot product of row rx of x and row ry of y.
double dot(const SparseRows& x, int rx, const SparseRows& y, int ry);

// acc[j] += q . row_j for every document j > after (every one for after < 0), through the
// postings; a j first touched is added to `touched`.
void accumulate(const SparseRows& q, int row, const SparseCols& by_term, std::vector<float>& acc,
                std::vector<int>& touched, int after);

// acc[j] += w * row_j[t] for each (t, w) of `terms`, through the postings; only rows j with
// keep[j] are touched.
void accumulate_terms(const Bag& terms, const SparseCols& by_term, const char* keep,
                      std::vector<float>& acc, std::vector<int>& touched);

}  // namespace stdgraph::match
