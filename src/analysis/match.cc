// The matching index: built from its parts (match_impl.h), and `check` and `compare` on
// them; `overlaps` is in match_overlaps.cc.
#include "stdgraph/analysis/match.h"

#include <algorithm>
#include <unordered_map>

#include "match_explain.h"
#include "match_impl.h"
#include "match_scoring.h"
#include "stdgraph/analysis/proposal.h"
#include "stdgraph/util/parallel.h"

namespace stdgraph {

MatchIndex::Impl::Impl(const Corpus& c, const Analyzer& a, MatchWeights w, std::size_t threads)
    : corpus(c), analyzer(a), weights(w) {
  // The texts' terms first, which give whether each item has a title of its own; then which
  // titles each borrows, by its relations; then the weighed vectors, with the borrowed
  // titles' terms. The name trigrams last: the analysed texts are gone by then.
  match::TermIndex::Texts texts = terms.analyse(corpus, analyzer, threads);
  relations = match::RelationIndex(corpus, terms.titled());
  terms.weigh(std::move(texts), relations.take_loans());
  names = match::NameIndex(corpus);
  bodies = match::BodyIndex(corpus);
}

MatchIndex::MatchIndex(const Corpus& corpus, const Analyzer& analyzer, MatchWeights weights,
                       std::size_t threads)
    : impl_(std::make_unique<Impl>(corpus, analyzer, weights, thread_count(threads))) {}

MatchIndex::~MatchIndex() = default;
MatchIndex::MatchIndex(MatchIndex&&) noexcept = default;

Query MatchIndex::query_for(std::size_t document) const {
  Query q = query_of(impl_->corpus.documents[document]);
  q.references = impl_->relations.references(document);
  q.self = document;
  return q;
}

std::vector<Match> MatchIndex::check(const Query& query, const CheckOptions& options) const {
  using namespace match;
  const Impl& x = *impl_;
  std::size_t n = x.corpus.documents.size();
  SparseRows qv = x.terms.query(query, x.analyzer);
  SparseRows qn = x.names.query(query.names);
  // A query for an existing item borrows its base's title like the index does.
  if (query.self != npos) {
    qv = x.terms.rows().middleRows(static_cast<int>(query.self), 1);
  }
  std::vector<float> acc(n, 0), name_acc(n, 0);
  std::vector<int> touched, name_touched;
  accumulate(qv, 0, x.terms.postings(), acc, touched, -1);
  accumulate(qn, 0, x.names.postings(), name_acc, name_touched, -1);
  for (int j : name_touched)
    if (acc[j] == 0 && name_acc[j] > 0) touched.push_back(j);
  std::vector<std::size_t> refs = query.references;
  std::sort(refs.begin(), refs.end());
  const std::vector<char> wanted_body = x.bodies.matching(options.bodies);
  // Score every touched item with numbers only; build the full matches for the best.
  std::vector<std::pair<double, std::size_t>> ranked;
  ranked.reserve(touched.size());
  for (int j : touched) {
    std::size_t d = static_cast<std::size_t>(j);
    if (d == query.self || !wanted_body[x.bodies.id(d)] ||
        !in_group(x.corpus.documents[d], options.group))
      continue;
    MatchEvidence e;
    e.text = std::min(1.0, static_cast<double>(acc[d]));
    e.name = std::min(1.0, static_cast<double>(name_acc[d]));
    e.references = reference_overlap(refs, x.relations.references(d), nullptr);
    e.question = has_member(x.corpus.documents[d].questions, query.question);
    ranked.emplace_back(noisy_or(e, x.weights), d);
  }
  auto better = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  // One row per work: the edition of it that matches best ("3GPP TS 33.501" in its 88
  // versions is one row, not 88).
  if (!options.all_editions) {
    std::unordered_map<std::size_t, std::size_t> best;  // family -> its row in `ranked`
    std::size_t kept = 0;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      auto [it, fresh] = best.emplace(x.relations.family(ranked[i].second), kept);
      if (fresh) {
        ranked[kept++] = ranked[i];
      } else if (better(ranked[i], ranked[it->second])) {
        ranked[it->second] = ranked[i];
      }
    }
    ranked.resize(kept);
  }
  std::size_t keep = options.top ? std::min(options.top, ranked.size()) : ranked.size();
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                    ranked.end(), better);
  ranked.resize(keep);
  std::vector<Match> out;
  out.reserve(keep);
  for (auto [score, d] : ranked) {
    Match m;
    m.document = d;
    m.score = score;
    m.why.text = std::min(1.0, static_cast<double>(acc[d]));
    m.why.name = std::min(1.0, static_cast<double>(name_acc[d]));
    m.why.references = reference_overlap(refs, x.relations.references(d), &m.why.shared_references);
    m.why.question = has_member(x.corpus.documents[d].questions, query.question);
    m.body = x.bodies.name(d);
    m.across_bodies = !query.body.empty() && m.body != query.body;
    out.push_back(std::move(m));
  }
  for (Match& m : out) {
    explain_query(m.why, qv, query.names, m.document, x.terms, x.names, x.relations);
    if (query.self != npos) m.tie = x.relations.tie(query.self, m.document);
  }
  return out;
}

Match MatchIndex::compare(std::size_t a, std::size_t b) const {
  using namespace match;
  const Impl& x = *impl_;
  double text = dot(x.terms.rows(), static_cast<int>(a), x.terms.rows(), static_cast<int>(b));
  double name = dot(x.names.rows(), static_cast<int>(a), x.names.rows(), static_cast<int>(b));
  Match m;
  m.document = b;
  m.why = evidence(x.corpus, x.relations, a, b, text, name);
  m.score = noisy_or(m.why, x.weights);
  explain(m.why, a, b, x.terms, x.names, x.relations);
  m.tie = x.relations.tie(a, b);
  m.body = x.bodies.name(b);
  m.across_bodies = x.bodies.across(a, b);
  return m;
}

std::vector<std::string> MatchIndex::bodies() const {
  return impl_->bodies.names();
}

bool MatchIndex::about_security(std::size_t document) const {
  return impl_->terms.about_security(document);
}

const Analyzer& MatchIndex::analyzer() const {
  return impl_->analyzer;
}

}  // namespace stdgraph
