#include "stdgraph/analysis/narrow.h"

#include <algorithm>

namespace stdgraph {
namespace {

std::vector<bool> mask_of(std::size_t size, const std::vector<std::size_t>& selected) {
  std::vector<bool> chosen(size, false);
  for (std::size_t d : selected) chosen[d] = true;
  return chosen;
}

}  // namespace

RiskReport narrowed(const Corpus& corpus, RiskReport all,
                    const std::vector<std::size_t>& selected) {
  std::vector<bool> chosen = mask_of(corpus.documents.size(), selected);
  RiskReport out;
  for (std::size_t d : selected) {
    auto status = corpus.documents[d].status();
    out.drafts += status && is_pending(*status);
  }
  for (auto& r : all.at_risk)
    if (chosen[r.draft]) out.at_risk.push_back(std::move(r));
  for (auto& s : all.stale)
    if (chosen[s.step.from]) out.stale.push_back(std::move(s));
  return out;
}

OverlapResult narrowed(OverlapResult all, const std::vector<std::size_t>& selected) {
  std::size_t size = 0;
  for (std::size_t d : selected) size = std::max(size, d + 1);
  for (const OverlapPair& p : all.pairs) size = std::max({size, p.a + 1, p.b + 1});
  for (const auto& c : all.clusters)
    for (std::size_t d : c) size = std::max(size, d + 1);
  std::vector<bool> chosen = mask_of(size, selected);
  std::erase_if(all.pairs, [&](const OverlapPair& p) { return !chosen[p.a] && !chosen[p.b]; });
  std::erase_if(all.clusters, [&](const std::vector<std::size_t>& c) {
    return std::none_of(c.begin(), c.end(), [&](std::size_t d) { return chosen[d]; });
  });
  return all;
}

}  // namespace stdgraph
