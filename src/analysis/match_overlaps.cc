// `overlaps`: every pair of items of the index at or above a score, each row's nearest found
// through the postings of its rarer terms on every core, then scored in full, judged,
// clustered and explained.
#include <algorithm>
#include <cstdint>
#include <tuple>

#include "match_clusters.h"
#include "match_explain.h"
#include "match_impl.h"
#include "match_scoring.h"
#include "stdgraph/util/parallel.h"

namespace stdgraph {
namespace {

// Of a row's candidates found through its rarer terms (TermIndex::distinctive_terms), this
// many times per_item are scored in full.
constexpr std::size_t kRescoredPerItem = 3;

}  // namespace

OverlapResult MatchIndex::overlaps(const OverlapOptions& options) const {
  using namespace match;
  const Impl& x = *impl_;
  const std::size_t n = x.corpus.documents.size();
  const std::size_t k = options.per_item;
  struct Local {
    std::vector<float> acc, name_acc;
    std::vector<int> touched, name_touched;
    std::vector<std::pair<int, float>> terms;
    std::vector<std::size_t> related_to;  // per document: 1 + the row it is related to
    Nearest untied, tied;
    std::vector<Found> found;
  };
  // A work with editions takes part through its newest, what its bare name means: its old
  // editions would repeat each of its pairs once per edition.
  std::vector<char> compared(n, 1);
  if (!options.all_editions)
    for (std::size_t d = 0; d < n; ++d) compared[d] = x.relations.newest(d);
  std::vector<char> in_group(n, 1);
  if (!options.group.empty())
    for (std::size_t d = 0; d < n; ++d)
      in_group[d] = match::in_group(x.corpus.documents[d], options.group);
  // --body: a pair needs an item of a listed body, as --group needs one of the group (one
  // item may be each: --group SG17 --body ETSI is SG17's items beside ETSI's).
  std::vector<char> in_body(n, 1);
  if (!options.bodies.empty()) {
    const std::vector<char> wanted = x.bodies.matching(options.bodies);
    for (std::size_t d = 0; d < n; ++d) in_body[d] = wanted[x.bodies.id(d)];
  }
  auto find_pairs = [&](Local& s, std::size_t a) {
    if (!compared[a]) return;
    if (s.acc.empty()) {
      s.acc.assign(n, 0);
      s.name_acc.assign(n, 0);
      s.related_to.assign(n, 0);
    }
    // Ties of this row in constant time: its edition family, and a mark on what it relates to.
    for (const auto& [other, type] : x.relations.related(a)) s.related_to[other] = a + 1;
    const int row = static_cast<int>(a);
    // With a per-item bound each row looks both ways (its nearest may come before it);
    // without, each pair is seen once, from its first item.
    const int after = k ? -1 : row;
    bool partial = false;  // acc holds only the rarer terms' part of the text
    if (k) {
      partial = x.terms.distinctive_terms(row, s.terms);
      accumulate_terms(s.terms, x.terms.postings(), compared.data(), s.acc, s.touched);
    } else {
      accumulate(x.terms.rows(), row, x.terms.postings(), s.acc, s.touched, after);
    }
    accumulate(x.names.rows(), row, x.names.postings(), s.name_acc, s.name_touched, after);
    for (int j : s.name_touched)
      if (s.acc[j] == 0) s.touched.push_back(j);
    // While partial, the best few by the lower bound are rescored with the whole text.
    s.untied.heap.clear();
    s.tied.heap.clear();
    s.untied.cap = s.tied.cap = partial ? kRescoredPerItem * k : k;
    const auto& refs_a = x.relations.references(a);
    const int question_a = x.relations.question_id(a);
    const bool group_a = in_group[a], body_a = in_body[a];
    for (int j : s.touched) {
      std::size_t b = static_cast<std::size_t>(j);
      if (b == a || !compared[b] || !(group_a || in_group[b]) || !(body_a || in_body[b])) continue;
      if (options.across_groups && !x.relations.across(a, b)) continue;
      if (options.across_bodies && !x.bodies.across(a, b)) continue;
      double text = std::min(1.0f, s.acc[b]), name = std::min(1.0f, s.name_acc[b]);
      double refs =
          refs_a.empty() ? 0 : reference_overlap(refs_a, x.relations.references(b), nullptr);
      double question = question_a >= 0 && question_a == x.relations.question_id(b);
      // A lower bound while `partial`.
      double score = noisy_or(text, name, refs, question, x.weights);
      if (!partial && score < options.min_score) continue;
      bool tied = x.relations.family(b) == x.relations.family(a) || s.related_to[b] == a + 1;
      Candidate c{j, static_cast<float>(score), static_cast<float>(text), static_cast<float>(name)};
      (tied ? s.tied : s.untied).offer(c);
    }
    auto finish = [&](std::vector<Candidate>& kept) {
      if (partial) {
        for (Candidate& c : kept) {
          std::size_t b = static_cast<std::size_t>(c.b);
          double text = std::min(1.0, dot(x.terms.rows(), row, x.terms.rows(), c.b));
          double refs = reference_overlap(refs_a, x.relations.references(b), nullptr);
          double question = question_a >= 0 && question_a == x.relations.question_id(b);
          c.text = static_cast<float>(text);
          c.score = static_cast<float>(noisy_or(text, c.name, refs, question, x.weights));
        }
        kept.erase(std::remove_if(kept.begin(), kept.end(),
                                  [&](const Candidate& c) { return c.score < options.min_score; }),
                   kept.end());
      }
      // The nearest k; a pair near for both its items comes from both rows and is counted
      // once below.
      if (k && kept.size() > k) {
        std::nth_element(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(k), kept.end(),
                         better);
        kept.resize(k);
      }
      for (const Candidate& c : kept) {
        auto b = static_cast<std::uint32_t>(c.b), self = static_cast<std::uint32_t>(a);
        s.found.push_back({std::min(self, b), std::max(self, b), c.text, c.name});
      }
    };
    finish(s.untied.heap);
    finish(s.tied.heap);
    for (int j : s.touched) s.acc[j] = 0, s.name_acc[j] = 0;
    for (int j : s.name_touched) s.name_acc[j] = 0;
    s.touched.clear();
    s.name_touched.clear();
  };
  const ParallelOptions parallel{options.threads, 64};
  std::vector<Local> states(worker_count(n, parallel));
  parallel_chunks(n, parallel, [&](std::size_t worker, std::size_t begin, std::size_t end) {
    for (std::size_t a = begin; a < end; ++a) find_pairs(states[worker], a);
  });
  OverlapResult result;
  result.documents = static_cast<std::size_t>(std::count(compared.begin(), compared.end(), true));
  // The rows found their pairs as 16-byte candidates; each pair's evidence is made once,
  // here, not for both of its rows.
  std::vector<Found> found;
  std::size_t total = 0;
  for (const auto& s : states) total += s.found.size();
  found.reserve(total);
  for (auto& s : states) {
    found.insert(found.end(), s.found.begin(), s.found.end());
    std::vector<Found>().swap(s.found);
  }
  if (k) {  // a pair near for both its items came from both rows
    // Its two rows may score a pair a rounding apart: keep the same one whichever thread
    // found which, so that the output does not change from run to run.
    std::sort(found.begin(), found.end(), [](const Found& p, const Found& q) {
      return std::tie(p.a, p.b, q.text, q.name) < std::tie(q.a, q.b, p.text, p.name);
    });
    auto same = [](const Found& p, const Found& q) { return p.a == q.a && p.b == q.b; };
    found.erase(std::unique(found.begin(), found.end(), same), found.end());
  }
  result.pairs.resize(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    OverlapPair& p = result.pairs[i];
    p.a = found[i].a;
    p.b = found[i].b;
    p.why = evidence(x.corpus, x.relations, p.a, p.b, found[i].text, found[i].name);
    p.score = noisy_or(p.why, x.weights);
  }
  std::vector<Found>().swap(found);
  for (OverlapPair& p : result.pairs) {
    judge(p, x.corpus, x.relations, x.terms);
    p.across_bodies = x.bodies.across(p.a, p.b);
    if (p.tie) ++result.tied;
  }
  result.found = result.pairs.size();
  // Untied pairs first (the news), then by score.
  std::sort(result.pairs.begin(), result.pairs.end(),
            [](const OverlapPair& p, const OverlapPair& q) {
              if (p.tie.has_value() != q.tie.has_value()) return !p.tie.has_value();
              if (p.score != q.score) return p.score > q.score;
              return std::tie(p.a, p.b) < std::tie(q.a, q.b);
            });
  result.clusters = clusters(result.pairs, n, std::max(options.min_score, kClusterMinScore));
  if (options.top && result.pairs.size() > options.top) result.pairs.resize(options.top);
  for (OverlapPair& p : result.pairs) explain(p.why, p.a, p.b, x.terms, x.names, x.relations);
  return result;
}

}  // namespace stdgraph
