#include "match_terms.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "stdgraph/util/parallel.h"

namespace stdgraph::match {
namespace {

constexpr float kTitleWeight = 2.0f;
constexpr float kBorrowedWeight = 0.5f;

// In `overlaps`, terms in more than this share of the documents (and in more than
// kCommonFloor) find no neighbours by themselves (see distinctive_terms).
constexpr double kCommonShare = 0.05;
constexpr int kCommonFloor = 1000;

// Stems that put an item under the security aspect.
const std::unordered_set<std::string> kSecurityStems = {
    "secur",  "cybersecur", "privaci", "authent", "cryptograph", "encrypt",
    "threat", "attack",     "vulner",  "malwar",  "intrus",      "trust"};

}  // namespace

int TermIndex::term_id(const Term& t) {
  auto [it, fresh] = vocabulary_.emplace(t.key, static_cast<int>(surfaces_.size()));
  if (fresh) surfaces_.push_back(t.surface);
  return it->second;
}

TermIndex::Texts TermIndex::analyse(const Corpus& corpus, const Analyzer& analyzer,
                                    std::size_t threads) {
  const auto& documents = corpus.documents;
  std::size_t n = documents.size();
  // Analysing is the slow part: each thread has its own analyzer (stemmer and cache).
  struct Analysed {
    std::vector<Term> title, rest;
  };
  std::vector<std::unique_ptr<Analyzer>> analyzers(threads);
  Texts texts;
  texts.title_ids.resize(n);
  texts.bags.resize(n);
  // In blocks, so that the terms as strings live for one block at a time (a catalogue's
  // would take more memory than the whole index).
  constexpr std::size_t kBlock = 2048;
  std::vector<Analysed> analysed(std::min(n, kBlock));
  for (std::size_t first = 0; first < n; first += kBlock) {
    std::size_t count = std::min(kBlock, n - first);
    parallel_chunks(count, {threads, 1},
                    [&](std::size_t worker, std::size_t begin, std::size_t end) {
                      auto& own = analyzers[worker];
                      if (!own) own = std::make_unique<Analyzer>(analyzer);
                      for (std::size_t i = begin; i < end; ++i) {
                        const Document& doc = documents[first + i];
                        analysed[i].title = own->terms(doc.title());
                        analysed[i].rest = own->terms(doc.scope);
                        for (const std::string& k : doc.keywords)
                          for (Term& t : own->terms(k)) analysed[i].rest.push_back(std::move(t));
                      }
                    });
    for (std::size_t i = 0; i < count; ++i) {
      std::size_t d = first + i;
      for (const Term& t : analysed[i].title) texts.title_ids[d].push_back(term_id(t));
      for (int t : texts.title_ids[d]) texts.bags[d].emplace_back(t, kTitleWeight);
      for (const Term& t : analysed[i].rest) texts.bags[d].emplace_back(term_id(t), 1.0f);
    }
  }
  titled_.assign(n, false);
  for (std::size_t d = 0; d < n; ++d) titled_[d] = !texts.title_ids[d].empty();
  return texts;
}

void TermIndex::weigh(Texts texts,
                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& loans) {
  auto& bags = texts.bags;
  for (auto [b, from] : loans)
    for (int id : texts.title_ids[from]) bags[b].emplace_back(id, kBorrowedWeight);
  // Held in bags from here: not kept through the rest of the build, where they would raise
  // its peak.
  std::vector<std::vector<int>>().swap(texts.title_ids);
  for (auto& bag : bags) bag = collapse(std::move(bag));
  idf_ = idf_of(bags, surfaces_.size());
  docs_ = match::weigh(bags, idf_);
  std::vector<Bag>().swap(bags);
  postings_ = docs_;
  postings_.makeCompressed();
  df_.assign(surfaces_.size(), 0);
  for (int t = 0; t < postings_.outerSize(); ++t)
    for (SparseCols::InnerIterator it(postings_, t); it; ++it) ++df_[t];

  std::vector<bool> security_term(surfaces_.size(), false);
  for (const auto& [key, id] : vocabulary_) security_term[id] = kSecurityStems.count(key) > 0;
  const std::size_t n = static_cast<std::size_t>(docs_.rows());
  security_.assign(n, false);
  for (std::size_t d = 0; d < n; ++d)
    for (SparseRows::InnerIterator it(docs_, static_cast<int>(d)); it; ++it)
      if (security_term[it.col()]) security_[d] = true;
}

SparseRows TermIndex::query(const Query& q, const Analyzer& analyzer) const {
  Bag bag;
  auto add = [&](std::string_view text, float w) {
    for (const Term& t : analyzer.terms(text))
      if (auto it = vocabulary_.find(t.key); it != vocabulary_.end())
        bag.emplace_back(it->second, w);
  };
  add(q.title, kTitleWeight);
  add(q.scope, 1.0f);
  for (const auto& k : q.keywords) add(k, 1.0f);
  return match::weigh({collapse(std::move(bag))}, idf_);
}

bool TermIndex::distinctive_terms(int row, Bag& out) const {
  out.clear();
  const int cutoff = std::max(kCommonFloor, static_cast<int>(docs_.rows() * kCommonShare));
  bool left_out = false;
  for (SparseRows::InnerIterator it(docs_, row); it; ++it) {
    if (df_[it.col()] > cutoff)
      left_out = true;
    else
      out.emplace_back(it.col(), it.value());
  }
  return left_out;
}

}  // namespace stdgraph::match
