#include "match_vectors.h"

#include <algorithm>
#include <cmath>

namespace stdgraph::match {

SparseRows weigh(const std::vector<Bag>& bags, const std::vector<float>& idf) {
  std::vector<Eigen::Triplet<float, int>> triplets;
  for (std::size_t d = 0; d < bags.size(); ++d) {
    double norm = 0;
    for (auto [t, w] : bags[d]) norm += std::pow(std::log1p(w) * idf[t], 2);
    norm = std::sqrt(norm);
    if (norm == 0) continue;
    for (auto [t, w] : bags[d])
      triplets.emplace_back(static_cast<int>(d), t,
                            static_cast<float>(std::log1p(w) * idf[t] / norm));
  }
  SparseRows m(static_cast<int>(bags.size()), static_cast<int>(idf.size()));
  m.setFromTriplets(triplets.begin(), triplets.end());
  m.makeCompressed();
  return m;
}

Bag collapse(Bag bag) {
  std::sort(bag.begin(), bag.end());
  Bag out;
  for (auto [t, w] : bag) {
    if (!out.empty() && out.back().first == t)
      out.back().second += w;
    else
      out.emplace_back(t, w);
  }
  return out;
}

std::vector<float> idf_of(const std::vector<Bag>& bags, std::size_t vocabulary) {
  std::vector<int> df(vocabulary, 0);
  for (const auto& bag : bags)
    for (auto [t, w] : bag) ++df[t];
  std::vector<float> idf(vocabulary);
  double n = static_cast<double>(bags.size());
  for (std::size_t t = 0; t < vocabulary; ++t)
    idf[t] = static_cast<float>(std::log((n + 1) / (df[t] + 1)) + 1);
  return idf;
}

double dot(const SparseRows& x, int rx, const SparseRows& y, int ry) {
  double s = 0;
  for_each_shared(x, rx, y, ry, [&](int, float a, float b) { s += static_cast<double>(a) * b; });
  return s;
}

void accumulate(const SparseRows& q, int row, const SparseCols& by_term, std::vector<float>& acc,
                std::vector<int>& touched, int after) {
  const int* outer = by_term.outerIndexPtr();
  const int* inner = by_term.innerIndexPtr();
  const float* values = by_term.valuePtr();
  for (SparseRows::InnerIterator it(q, row); it; ++it) {
    int t = it.col();
    const int* begin = inner + outer[t];
    const int* end = inner + outer[t + 1];
    if (after >= 0) begin = std::upper_bound(begin, end, after);
    float w = it.value();
    for (const int* p = begin; p != end; ++p) {
      int j = *p;
      if (acc[j] == 0) touched.push_back(j);
      acc[j] += w * values[p - inner];
    }
  }
}

void accumulate_terms(const Bag& terms, const SparseCols& by_term, const char* keep,
                      std::vector<float>& acc, std::vector<int>& touched) {
  const int* outer = by_term.outerIndexPtr();
  const int* inner = by_term.innerIndexPtr();
  const float* values = by_term.valuePtr();
  for (auto [t, w] : terms) {
    for (int p = outer[t]; p != outer[t + 1]; ++p) {
      int j = inner[p];
      if (!keep[j]) continue;
      if (acc[j] == 0) touched.push_back(j);
      acc[j] += w * values[p];
    }
  }
}

}  // namespace stdgraph::match
