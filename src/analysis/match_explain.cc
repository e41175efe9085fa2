#include "match_explain.h"

#include <algorithm>

namespace stdgraph::match {
namespace {

constexpr std::size_t kShownTerms = 8;

}  // namespace

std::vector<SharedTerm> shared_terms(const TermIndex& terms, const SparseRows& x, int rx,
                                     const SparseRows& y, int ry) {
  std::vector<std::pair<float, int>> parts;  // weight, term
  for_each_shared(x, rx, y, ry,
                  [&](int term, float a, float b) { parts.emplace_back(a * b, term); });
  auto larger = [](const std::pair<float, int>& p, const std::pair<float, int>& q) {
    return p.first != q.first ? p.first > q.first : p.second < q.second;
  };
  auto shown = parts.begin() + static_cast<std::ptrdiff_t>(std::min(parts.size(), kShownTerms));
  std::partial_sort(parts.begin(), shown, parts.end(), larger);
  std::vector<SharedTerm> out;
  out.reserve(static_cast<std::size_t>(shown - parts.begin()));
  for (auto it = parts.begin(); it != shown; ++it)
    out.push_back({terms.surface(it->second), static_cast<double>(it->first)});
  return out;
}

void explain(MatchEvidence& e, std::size_t a, std::size_t b, const TermIndex& terms,
             const NameIndex& names, const RelationIndex& relations) {
  e.terms =
      shared_terms(terms, terms.rows(), static_cast<int>(a), terms.rows(), static_cast<int>(b));
  if (e.name > 0) {
    e.name_a = names.provisional(a);
    e.name_b = names.provisional(b);
  }
  e.context = relations.borrowed(a);
  e.context.insert(e.context.end(), relations.borrowed(b).begin(), relations.borrowed(b).end());
}

void explain_query(MatchEvidence& e, const SparseRows& query_terms,
                   const std::vector<std::string>& query_names, std::size_t d,
                   const TermIndex& terms, const NameIndex& names, const RelationIndex& relations) {
  e.terms = shared_terms(terms, query_terms, 0, terms.rows(), static_cast<int>(d));
  if (e.name > 0) {
    e.name_a = first_comparable_name(query_names);
    e.name_b = names.provisional(d);
  }
  e.context = relations.borrowed(d);
}

}  // namespace stdgraph::match
