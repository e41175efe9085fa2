// Schedule risk and stale references (see include/stdgraph/analysis/risk.h).
#include "stdgraph/analysis/risk.h"

#include <algorithm>
#include <deque>

namespace stdgraph {

bool is_pending(Status status) {
  int rank = status_rank(status);
  return rank >= 1 && rank <= 3;
}

namespace {

bool no_longer_in_force(const Document& d) {
  auto s = d.status();
  return s && status_rank(*s) == 5;
}

bool replaces(const DependencyStep& s) {
  return !s.relation || *s.relation == RelationType::revises ||
         *s.relation == RelationType::supersedes;
}

// The approved item that replaced `target`: one that revises or supersedes it, else the
// newest approved later edition of its work; npos when there is none.
std::size_t replacement(const Corpus& corpus, const DependencyIndex& index, std::size_t target) {
  auto approved = [&](std::size_t d) {
    auto s = corpus.documents[d].status();
    return s && is_final(*s);
  };
  for (std::size_t i : index.downstream(target)) {
    const DependencyStep& s = index.steps[i];
    if (s.relation && replaces(s) && approved(s.from)) return s.from;
  }
  std::size_t newest = npos;
  for (std::size_t e = index.editions.next[target]; e != npos; e = index.editions.next[e])
    if (approved(e)) newest = e;
  return newest;
}

// True when `later` is a later edition of the work `earlier` is an edition of.
bool later_edition(const EditionTable& editions, std::size_t earlier, std::size_t later) {
  for (std::size_t e = editions.next[earlier]; e != npos; e = editions.next[e])
    if (e == later) return true;
  return false;
}

bool by_kind(const DependencyStep& s) {
  return s.relation && orientation(*s.relation) == Orientation::by_kind;
}

}  // namespace

RiskReport find_risks(const Corpus& corpus, const Graph& graph, const RiskOptions& options) {
  RiskReport report;
  DependencyIndex index = index_dependencies(corpus, graph, options.types);
  const std::size_t n = index.documents();
  auto pending = [&](std::size_t d) {
    auto s = corpus.documents[d].status();
    return s && is_pending(*s);
  };

  // Drafts: breadth first up each one's chains; every item on the way that is not
  // approved yet holds it up.
  std::vector<std::size_t> via(n, npos), seen_by(n, npos);
  for (std::size_t draft = 0; draft < n; ++draft) {
    if (!pending(draft)) continue;
    ++report.drafts;
    DraftAtRisk risk{draft, {}};
    std::deque<std::size_t> queue = {draft};
    seen_by[draft] = draft;
    while (!queue.empty()) {
      std::size_t v = queue.front();
      queue.pop_front();
      if (v != draft && pending(v)) {
        Blocker b{v, {}};
        for (std::size_t w = v; w != draft; w = index.steps[via[w]].from)
          b.chain.push_back(index.steps[via[w]]);
        std::reverse(b.chain.begin(), b.chain.end());
        risk.blockers.push_back(std::move(b));
      }
      for (std::size_t i = index.up_begin[v]; i < index.up_begin[v + 1]; ++i) {
        std::size_t w = index.steps[i].to;
        if (seen_by[w] == draft) continue;
        seen_by[w] = draft;
        via[w] = i;
        queue.push_back(w);
      }
    }
    if (risk.blockers.empty()) continue;
    std::stable_sort(
        risk.blockers.begin(), risk.blockers.end(), [&](const Blocker& a, const Blocker& b) {
          if (a.chain.size() != b.chain.size()) return a.chain.size() < b.chain.size();
          return natural_less(corpus.documents[a.document].id, corpus.documents[b.document].id);
        });
    report.at_risk.push_back(std::move(risk));
  }
  std::sort(report.at_risk.begin(), report.at_risk.end(),
            [&](const DraftAtRisk& a, const DraftAtRisk& b) {
              return natural_less(corpus.documents[a.draft].id, corpus.documents[b.draft].id);
            });

  // Stale references: direct steps to texts no longer in force.
  std::vector<std::size_t> replaced(n, npos);
  std::vector<bool> replaced_known(n, false);
  auto replaced_by = [&](std::size_t d) {
    if (!replaced_known[d]) {
      replaced[d] = replacement(corpus, index, d);
      replaced_known[d] = true;
    }
    return replaced[d];
  };
  for (std::size_t item = 0; item < n; ++item) {
    const Document& doc = corpus.documents[item];
    if (no_longer_in_force(doc)) continue;
    auto steps = index.upstream(item);
    for (const DependencyStep& s : steps) {
      if (!s.relation) continue;  // a newer edition rests on the one it replaces
      const Document& target = corpus.documents[s.to];
      StaleReference stale{s, StaleReason::withdrawn, npos};
      auto status = target.status();
      if (status == Status::withdrawn) {
        stale.reason = StaleReason::withdrawn;
      } else if (status == Status::superseded) {
        stale.reason = StaleReason::superseded;
      } else {
        std::size_t by = replaced_by(s.to);
        if (by == npos || by == item) continue;
        stale.reason = StaleReason::replaced;
        stale.replaced_by = by;
      }
      if (replaces(s)) {
        // Revising a withdrawn text is what revisions do; revising one that another
        // approved item replaced already is worth a look, while still in work.
        auto own = doc.status();
        if (stale.reason != StaleReason::replaced || (own && is_final(*own))) continue;
      }
      // Covered: the item also rests directly on the replacement, on another edition of
      // the work that is in force, or on a later one (which is reported instead). A
      // catalogue link (complements, edition-of) is covered by any such link to a text in
      // force: catalogues list every edition a supplement ever went with.
      bool covered = std::any_of(steps.begin(), steps.end(), [&](const DependencyStep& other) {
        if (other.to == s.to) return false;
        if (other.to == stale.replaced_by) return true;
        bool in_force = !no_longer_in_force(corpus.documents[other.to]);
        if (index.editions.same_work(s.to, other.to) &&
            (in_force || later_edition(index.editions, s.to, other.to)))
          return true;
        return by_kind(s) && by_kind(other) && in_force;
      });
      if (!covered) report.stale.push_back(stale);
    }
  }
  return report;
}

}  // namespace stdgraph
