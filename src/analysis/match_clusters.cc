#include "match_clusters.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace stdgraph::match {

std::vector<std::vector<std::size_t>> clusters(const std::vector<OverlapPair>& pairs, std::size_t n,
                                               double floor) {
  std::unordered_set<std::uint64_t> linked;
  auto key = [n](std::size_t a, std::size_t b) {
    return static_cast<std::uint64_t>(std::min(a, b)) * n + std::max(a, b);
  };
  std::vector<const OverlapPair*> strong;
  for (const OverlapPair& p : pairs)
    if (!p.tie && p.score >= floor) {
      linked.insert(key(p.a, p.b));
      strong.push_back(&p);
    }
  std::sort(strong.begin(), strong.end(),
            [](const OverlapPair* p, const OverlapPair* q) { return p->score > q->score; });
  std::unordered_map<std::size_t, std::size_t> cluster_of;  // document -> cluster index
  std::vector<std::vector<std::size_t>> members;
  auto cluster = [&](std::size_t d) {
    auto it = cluster_of.find(d);
    if (it != cluster_of.end()) return it->second;
    cluster_of[d] = members.size();
    members.push_back({d});
    return members.size() - 1;
  };
  for (const OverlapPair* p : strong) {
    std::size_t ca = cluster(p->a), cb = cluster(p->b);
    if (ca == cb) continue;
    bool complete = true;
    for (std::size_t x : members[ca])
      for (std::size_t y : members[cb])
        if (complete && !linked.count(key(x, y))) complete = false;
    if (!complete) continue;
    for (std::size_t y : members[cb]) cluster_of[y] = ca;
    members[ca].insert(members[ca].end(), members[cb].begin(), members[cb].end());
    members[cb].clear();
  }
  std::vector<std::vector<std::size_t>> out;
  for (auto& m : members)
    if (m.size() >= 3) {
      std::sort(m.begin(), m.end());
      out.push_back(std::move(m));
    }
  std::sort(out.begin(), out.end(), [](const auto& p, const auto& q) {
    return p.size() != q.size() ? p.size() > q.size() : p < q;
  });
  return out;
}

}  // namespace stdgraph::match
