// The matching index: TF-IDF term vectors and name trigram vectors in Eigen sparse
// matrices, compared through their postings (an inverted index with a dense accumulator;
// Eigen's sparse x sparse product is far slower for all pairs).
#include "stdgraph/analysis/match.h"

#include <Eigen/SparseCore>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "stdgraph/analysis/deps.h"
#include "stdgraph/util/parallel.h"

namespace stdgraph {
namespace {

using SparseRows = Eigen::SparseMatrix<float, Eigen::RowMajor, int>;
using SparseCols = Eigen::SparseMatrix<float, Eigen::ColMajor, int>;

constexpr float kTitleWeight = 2.0f;
constexpr float kBorrowedWeight = 0.5f;
// Text this close, with no relation and both on the same side of security, reads as the
// same item listed twice (X.1150 and X.saf-dsf). Different aspects of one subject
// (requirements vs architecture of QKDN-SSN) score 0.9 and are not duplicates.
constexpr double kDuplicateText = 0.95;

// An item lends its title's words to the items that are about it: what amends, corrects or
// supplements it, the supplement (amendment, ...) end of a `complements` whichever end states
// it, and an edition that has no title of its own (a catalogue's "X.1 (2012) Err. 1" is
// about X.1). Returns the borrower of relation `type` stated by `from` to `to`, or npos.
std::size_t borrower(const Corpus& corpus, std::size_t from, std::size_t to, RelationType type,
                     const std::vector<bool>& titled) {
  const auto& docs = corpus.documents;
  switch (type) {
    case RelationType::amends:
    case RelationType::corrects:
    case RelationType::supplement_to:
      return from;
    case RelationType::complements: {
      bool a = is_dependent_kind(docs[from].kind), b = is_dependent_kind(docs[to].kind);
      return a == b ? npos : a ? from : to;
    }
    case RelationType::edition_of:
      return !titled[from] && titled[to] ? from : !titled[to] && titled[from] ? to : npos;
    default:
      return npos;
  }
}

// An item that would borrow from more texts than this through one relation type borrows
// from none of them by it: in the ITU-T catalogue every G-series Recommendation names the
// 60-odd G Supplements in `complementOf`, which says nothing about any one of them.
constexpr std::size_t kMaxLenders = 4;

// Relation types that count as "relying on the same thing" for shared references.
bool is_reference(RelationType t) {
  switch (t) {
    case RelationType::normative_reference:
    case RelationType::informative_reference:
    case RelationType::based_on:
    case RelationType::supplement_to:
    case RelationType::amends:
    case RelationType::corrects:
    case RelationType::common_text:
      return true;
    default:
      return false;
  }
}

// Stems that put an item under the security aspect.
const std::unordered_set<std::string> kSecurityStems = {
    "secur",  "cybersecur", "privaci", "authent", "cryptograph", "encrypt",
    "threat", "attack",     "vulner",  "malwar",  "intrus",      "trust"};

// The parts of a provisional name worth comparing: "X.sec_QKDNi" -> {"sec", "qkdni"};
// series letters, numbers and stock parts (Suppl, Rev, TR) say nothing.
std::vector<std::string> name_parts(std::string_view name) {
  static const std::unordered_set<std::string> kStock = {
      "supp", "suppl", "sup", "tr",  "rev", "amd", "cor",    "corr",
      "err",  "add",   "app", "itu", "iso", "iec", "series", "annex"};
  std::vector<std::string> parts;
  std::string cur;
  auto flush = [&] {
    bool digits = std::all_of(cur.begin(), cur.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (cur.size() > 1 && !digits && !kStock.count(cur)) parts.push_back(cur);
    cur.clear();
  };
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      cur += static_cast<char>(std::tolower(u));
    else
      flush();
  }
  flush();
  return parts;
}

void add_trigrams(const std::string& part, std::vector<std::string>& out) {
  std::string padded = "#" + part + "#";
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) out.push_back(padded.substr(i, 3));
}

// Cosine-normalised TF-IDF rows from per-document (term id, weight) lists.
SparseRows weigh(const std::vector<std::vector<std::pair<int, float>>>& bags,
                 const std::vector<float>& idf) {
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

// Sums a bag's duplicate ids.
std::vector<std::pair<int, float>> collapse(std::vector<std::pair<int, float>> bag) {
  std::sort(bag.begin(), bag.end());
  std::vector<std::pair<int, float>> out;
  for (auto [t, w] : bag) {
    if (!out.empty() && out.back().first == t)
      out.back().second += w;
    else
      out.emplace_back(t, w);
  }
  return out;
}

std::vector<float> idf_of(const std::vector<std::vector<std::pair<int, float>>>& bags,
                          std::size_t vocabulary) {
  std::vector<int> df(vocabulary, 0);
  for (const auto& bag : bags)
    for (auto [t, w] : bag) ++df[t];
  std::vector<float> idf(vocabulary);
  double n = static_cast<double>(bags.size());
  for (std::size_t t = 0; t < vocabulary; ++t)
    idf[t] = static_cast<float>(std::log((n + 1) / (df[t] + 1)) + 1);
  return idf;
}

// In `overlaps`, terms in more than this share of the documents (and in more than
// kCommonFloor) find no neighbours by themselves (see distinctive_terms).
constexpr double kCommonShare = 0.05;
constexpr int kCommonFloor = 1000;
// Of a row's candidates found that way, this many times per_item are scored in full.
constexpr std::size_t kRescoredPerItem = 3;

// Amendments, corrigenda and appendices are read with the text they change: two titled
// "Enhancements" are not one item listed twice.
bool part_of_another(DocKind kind) {
  return kind == DocKind::amendment || kind == DocKind::corrigendum || kind == DocKind::appendix;
}

// Two items of two known groups: an item with no group is in no group's way.
bool across_groups(const Document& a, const Document& b) {
  return !a.group.empty() && !b.group.empty() && a.group != b.group;
}

double noisy_or(double text, double name, double references, double question,
                const MatchWeights& w) {
  return 1 - (1 - text) * (1 - w.name * name) * (1 - w.references * references) *
                 (1 - w.question * question);
}

double noisy_or(const MatchEvidence& e, const MatchWeights& w) {
  return noisy_or(e.text, e.name, e.references, e.question, w);
}

// A pair a row of `overlaps` found: its items (a < b) and its text and name parts.
struct Found {
  std::uint32_t a, b;
  float text, name;
};

// A candidate of one row in `overlaps`: the other item and its score; full evidence is
// built only for the pairs kept.
struct Candidate {
  int b;
  float score, text, name;
};

bool better(const Candidate& p, const Candidate& q) {
  return p.score != q.score ? p.score > q.score : p.b < q.b;
}

// The best `cap` candidates offered, as a heap whose top is the worst of them (cap 0: all).
struct Nearest {
  std::vector<Candidate> heap;
  std::size_t cap = 0;

  void offer(const Candidate& c) {
    if (!cap || heap.size() < cap) {
      heap.push_back(c);
      if (cap) std::push_heap(heap.begin(), heap.end(), better);
    } else if (better(c, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), better);
      heap.back() = c;
      std::push_heap(heap.begin(), heap.end(), better);
    }
  }
};

// Complete-linkage clusters of three or more among the untied pairs at or above `floor`:
// pairs are merged best first, and two clusters join only if every cross pair is there.
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

}  // namespace

struct MatchIndex::Impl {
  const Corpus& corpus;
  Analyzer analyzer;
  MatchWeights weights;
  std::unordered_map<std::string, int> vocabulary;
  std::vector<std::string> surfaces;
  std::vector<float> idf;
  SparseRows docs;      // document x term
  SparseCols postings;  // the same, by term
  std::unordered_map<std::string, int> trigram_ids;
  std::vector<float> trigram_idf;
  SparseRows names;
  SparseCols name_postings;
  std::vector<std::string> provisional;  // per document: its first provisional name, or ""
  std::vector<std::vector<std::size_t>> references;  // sorted
  std::vector<std::vector<std::size_t>> borrowed;    // documents whose titles it borrows
  std::vector<bool> titled;                          // its own title has terms
  // Per document: what it relates to either way, sorted by doc (32-bit: a catalogue has
  // 2 x 440,000 of them).
  std::vector<std::vector<std::pair<std::uint32_t, RelationType>>> related;
  std::vector<std::size_t> family;  // edition family: the first edition's index, or self
  std::vector<bool> newest;         // the newest edition of its work, or a work without editions
  // Per document: its group and Question as small numbers, -1 for none (compared per pair).
  std::vector<int> group_id, question_id;
  std::vector<bool> security;
  int security_concept = -1;
  // Per term: how many documents have it, and its largest weight in any of them.
  std::vector<int> df;
  std::vector<float> max_weight;

  Impl(const Corpus& c, const Analyzer& a) : corpus(c), analyzer(a) {}

  int term_id(const Term& t) {
    auto [it, fresh] = vocabulary.emplace(t.key, static_cast<int>(surfaces.size()));
    if (fresh) surfaces.push_back(t.surface);
    return it->second;
  }

  void build(std::size_t threads) {
    const auto& documents = corpus.documents;
    std::size_t n = documents.size();
    // Analysing is the slow part: each thread has its own analyzer (stemmer and cache).
    struct Analysed {
      std::vector<Term> title, rest;
    };
    struct Local {
      std::unique_ptr<Analyzer> analyzer;
    };
    std::vector<Local> analyzers(threads);
    std::vector<std::vector<int>> title_ids(n);
    std::vector<std::vector<std::pair<int, float>>> bags(n);
    // In blocks, so that the terms as strings live for one block at a time (a catalogue's
    // would take more memory than the whole index).
    constexpr std::size_t kBlock = 2048;
    std::vector<Analysed> analysed(std::min(n, kBlock));
    for (std::size_t first = 0; first < n; first += kBlock) {
      std::size_t count = std::min(kBlock, n - first);
      parallel_chunks(count, {threads, 1},
                      [&](std::size_t worker, std::size_t begin, std::size_t end) {
                        Local& local = analyzers[worker];
                        if (!local.analyzer) local.analyzer = std::make_unique<Analyzer>(analyzer);
                        for (std::size_t i = begin; i < end; ++i) {
                          const Document& doc = documents[first + i];
                          analysed[i].title = local.analyzer->terms(doc.title());
                          analysed[i].rest = local.analyzer->terms(doc.scope);
                          for (const std::string& k : doc.keywords)
                            for (Term& t : local.analyzer->terms(k))
                              analysed[i].rest.push_back(std::move(t));
                        }
                      });
      for (std::size_t i = 0; i < count; ++i) {
        std::size_t d = first + i;
        for (const Term& t : analysed[i].title) title_ids[d].push_back(term_id(t));
        for (int t : title_ids[d]) bags[d].emplace_back(t, kTitleWeight);
        for (const Term& t : analysed[i].rest) bags[d].emplace_back(term_id(t), 1.0f);
      }
    }
    analysed.clear();
    analysed.shrink_to_fit();
    titled.assign(n, false);
    for (std::size_t d = 0; d < n; ++d) titled[d] = !title_ids[d].empty();
    borrowed.assign(n, {});
    references.assign(n, {});
    related.assign(n, {});
    // (borrower, relation type, lender), 12 bytes each: one per relation of a catalogue
    std::vector<std::tuple<std::uint32_t, RelationType, std::uint32_t>> lends;
    for (std::size_t d = 0; d < n; ++d) {
      const auto& targets = corpus.relation_targets[d];
      for (std::size_t r = 0; r < targets.size(); ++r) {
        std::size_t t = targets[r];
        if (t == npos || t == d) continue;
        RelationType type = documents[d].relations[r].type;
        related[d].emplace_back(static_cast<std::uint32_t>(t), type);
        related[t].emplace_back(static_cast<std::uint32_t>(d), type);
        if (is_reference(type)) references[d].push_back(t);
        std::size_t b = borrower(corpus, d, t, type, titled);
        if (b != npos)
          lends.emplace_back(static_cast<std::uint32_t>(b), type,
                             static_cast<std::uint32_t>(b == d ? t : d));
      }
    }
    std::sort(lends.begin(), lends.end());
    lends.erase(std::unique(lends.begin(), lends.end()), lends.end());
    for (auto run = lends.begin(); run != lends.end();) {
      const std::size_t b = std::get<0>(*run);
      const RelationType type = std::get<1>(*run);
      auto end = std::find_if(run, lends.end(), [b, type](const auto& l) {
        return std::get<0>(l) != b || std::get<1>(l) != type;
      });
      if (static_cast<std::size_t>(end - run) <= kMaxLenders)
        for (; run != end; ++run) {
          std::size_t from = std::get<2>(*run);
          borrowed[b].push_back(from);
          for (int id : title_ids[from]) bags[b].emplace_back(id, kBorrowedWeight);
        }
      run = end;
    }
    for (std::size_t d = 0; d < n; ++d) {
      std::sort(references[d].begin(), references[d].end());
      references[d].erase(std::unique(references[d].begin(), references[d].end()),
                          references[d].end());
      std::sort(related[d].begin(), related[d].end());
      std::sort(borrowed[d].begin(), borrowed[d].end());
      borrowed[d].erase(std::unique(borrowed[d].begin(), borrowed[d].end()), borrowed[d].end());
      bags[d] = collapse(std::move(bags[d]));
    }
    idf = idf_of(bags, surfaces.size());
    docs = weigh(bags, idf);
    // Held in docs from here: not kept through the rest of the build (the name index,
    // postings), where they would raise its peak.
    std::vector<std::vector<std::pair<int, float>>>().swap(bags);
    std::vector<std::vector<int>>().swap(title_ids);
    postings = docs;
    postings.makeCompressed();
    df.assign(surfaces.size(), 0);
    max_weight.assign(surfaces.size(), 0);
    for (int t = 0; t < postings.outerSize(); ++t)
      for (SparseCols::InnerIterator it(postings, t); it; ++it) {
        ++df[t];
        max_weight[t] = std::max(max_weight[t], it.value());
      }

    std::vector<bool> security_term(surfaces.size(), false);
    for (const auto& [key, id] : vocabulary) security_term[id] = kSecurityStems.count(key) > 0;
    security.assign(n, false);
    for (std::size_t d = 0; d < n; ++d)
      for (SparseRows::InnerIterator it(docs, static_cast<int>(d)); it; ++it)
        if (security_term[it.col()]) security[d] = true;

    build_names();
    auto number = [](const std::string& name, std::unordered_map<std::string, int>& ids) {
      return name.empty() ? -1 : ids.emplace(name, static_cast<int>(ids.size())).first->second;
    };
    std::unordered_map<std::string, int> groups, questions;
    group_id.resize(n);
    question_id.resize(n);
    for (std::size_t d = 0; d < n; ++d) {
      group_id[d] = number(documents[d].group, groups);
      question_id[d] = number(documents[d].question, questions);
    }
    family.resize(n);
    newest.assign(n, true);
    for (std::size_t d = 0; d < n; ++d) {
      auto eds = corpus.editions(d);
      family[d] = eds.empty() ? d : eds.front();
      newest[d] = eds.empty() || eds.back() == d;
    }
  }

  std::vector<std::pair<int, float>> trigram_bag(const std::vector<std::string>& doc_names,
                                                 bool grow, std::string* first) {
    std::vector<std::pair<int, float>> bag;
    for (const std::string& name : doc_names) {
      auto parts = name_parts(name);
      if (parts.empty()) continue;
      if (first && first->empty()) *first = name;
      std::vector<std::string> grams;
      for (const auto& p : parts) add_trigrams(p, grams);
      for (const auto& g : grams) {
        auto it = trigram_ids.find(g);
        if (it == trigram_ids.end()) {
          if (!grow) continue;
          it = trigram_ids.emplace(g, static_cast<int>(trigram_ids.size())).first;
        }
        bag.emplace_back(it->second, 1.0f);
      }
    }
    return collapse(std::move(bag));
  }

  void build_names() {
    std::size_t n = corpus.documents.size();
    std::vector<std::vector<std::pair<int, float>>> bags(n);
    provisional.assign(n, {});
    for (std::size_t d = 0; d < n; ++d) {
      const Document& doc = corpus.documents[d];
      std::vector<std::string> all = {doc.id};
      all.insert(all.end(), doc.aliases.begin(), doc.aliases.end());
      bags[d] = trigram_bag(all, true, &provisional[d]);
    }
    trigram_idf = idf_of(bags, trigram_ids.size());
    names = weigh(bags, trigram_idf);
    name_postings = names;
    name_postings.makeCompressed();
  }

  // A query's term vector: (term id, weight), normalised; terms the index lacks drop out.
  SparseRows query_vector(const Query& q, const Analyzer& a) const {
    std::vector<std::pair<int, float>> bag;
    auto add = [&](std::string_view text, float w) {
      for (const Term& t : a.terms(text))
        if (auto it = vocabulary.find(t.key); it != vocabulary.end())
          bag.emplace_back(it->second, w);
    };
    add(q.title, kTitleWeight);
    add(q.scope, 1.0f);
    for (const auto& k : q.keywords) add(k, 1.0f);
    return weigh({collapse(std::move(bag))}, idf);
  }

  SparseRows query_names(const Query& q) const {
    auto* self = const_cast<Impl*>(this);
    auto bag = self->trigram_bag(q.names, false, nullptr);
    return weigh({bag}, trigram_idf);
  }

  // acc[j] += q . row_j for every document j > after, through the postings.
  static void accumulate(const SparseRows& q, int row, const SparseCols& by_term,
                         std::vector<float>& acc, std::vector<int>& touched, int after) {
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

  // acc[j] += w * row_j[t] for each (t, w) of `terms`, through the postings.
  // Only rows j with keep[j] are touched.
  static void accumulate_terms(const std::vector<std::pair<int, float>>& terms,
                               const SparseCols& by_term, const char* keep, std::vector<float>& acc,
                               std::vector<int>& touched) {
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

  // The terms of a row worth looking up for its neighbours in a large catalogue: those in
  // fewer than kCommonShare of the documents (and never fewer than kCommonFloor). Looking
  // up "services", "systems" or "networks" would touch most of the ITU-T catalogue from
  // every row; what such terms add to a pair's text is counted afterwards (dot), for the
  // candidates found through the rarer terms. Returns whether any term was left out.
  bool distinctive_terms(int row, std::vector<std::pair<int, float>>& out) const {
    out.clear();
    const int cutoff = std::max(kCommonFloor, static_cast<int>(docs.rows() * kCommonShare));
    bool left_out = false;
    for (SparseRows::InnerIterator it(docs, row); it; ++it) {
      if (df[it.col()] > cutoff)
        left_out = true;
      else
        out.emplace_back(it.col(), it.value());
    }
    return left_out;
  }

  // Jaccard of two sorted lists; the shared items go to `shared` when asked for.
  static double reference_overlap(const std::vector<std::size_t>& a,
                                  const std::vector<std::size_t>& b,
                                  std::vector<std::size_t>* shared) {
    if (a.empty() || b.empty()) return 0;
    std::size_t both = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
      if (*i < *j)
        ++i;
      else if (*j < *i)
        ++j;
      else {
        if (shared) shared->push_back(*i);
        ++both, ++i, ++j;
      }
    }
    return both ? static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both) : 0;
  }

  std::optional<Tie> tie(std::size_t a, std::size_t b) const {
    if (family[a] == family[b] && a != b) return Tie{RelationType::edition_of, true};
    auto it = std::lower_bound(related[a].begin(), related[a].end(),
                               std::make_pair(static_cast<std::uint32_t>(b), RelationType{}));
    if (it != related[a].end() && it->first == b) return Tie{it->second, false};
    return std::nullopt;
  }

  // The shared terms of two normalised rows, largest contribution first (ties by term), at
  // most kShownTerms: chosen by number before any surface is copied, so a pair holds
  // exactly what it shows.
  static constexpr std::size_t kShownTerms = 8;
  std::vector<SharedTerm> shared_terms(const SparseRows& x, int rx, const SparseRows& y,
                                       int ry) const {
    std::vector<std::pair<float, int>> parts;  // weight, term
    SparseRows::InnerIterator i(x, rx), j(y, ry);
    while (i && j) {
      if (i.col() < j.col())
        ++i;
      else if (j.col() < i.col())
        ++j;
      else {
        parts.emplace_back(i.value() * j.value(), static_cast<int>(i.col()));
        ++i;
        ++j;
      }
    }
    auto larger = [](const std::pair<float, int>& p, const std::pair<float, int>& q) {
      return p.first != q.first ? p.first > q.first : p.second < q.second;
    };
    auto shown = parts.begin() + static_cast<std::ptrdiff_t>(std::min(parts.size(), kShownTerms));
    std::partial_sort(parts.begin(), shown, parts.end(), larger);
    std::vector<SharedTerm> out;
    out.reserve(static_cast<std::size_t>(shown - parts.begin()));
    for (auto it = parts.begin(); it != shown; ++it)
      out.push_back(
          {surfaces[static_cast<std::size_t>(it->second)], static_cast<double>(it->first)});
    return out;
  }

  static double dot(const SparseRows& x, int rx, const SparseRows& y, int ry) {
    double s = 0;
    SparseRows::InnerIterator i(x, rx), j(y, ry);
    while (i && j) {
      if (i.col() < j.col())
        ++i;
      else if (j.col() < i.col())
        ++j;
      else {
        s += static_cast<double>(i.value()) * j.value();
        ++i;
        ++j;
      }
    }
    return s;
  }

  bool same_question(const Document& a, const Document& b) const {
    return !a.question.empty() && a.question == b.question;
  }

  bool across(std::size_t a, std::size_t b) const {
    return group_id[a] >= 0 && group_id[b] >= 0 && group_id[a] != group_id[b];
  }

  // Everything but the text and name scores, which the caller has.
  MatchEvidence evidence(std::size_t a, std::size_t b, double text, double name) const {
    MatchEvidence e;
    e.text = std::min(1.0, text);
    e.name = std::min(1.0, name);
    e.references = reference_overlap(references[a], references[b], &e.shared_references);
    e.question = same_question(corpus.documents[a], corpus.documents[b]) ? 1 : 0;
    return e;
  }

  void explain(MatchEvidence& e, std::size_t a, std::size_t b) const {
    e.terms = shared_terms(docs, static_cast<int>(a), docs, static_cast<int>(b));
    if (e.name > 0) {
      e.name_a = provisional[a];
      e.name_b = provisional[b];
    }
    e.context = borrowed[a];
    e.context.insert(e.context.end(), borrowed[b].begin(), borrowed[b].end());
  }

  bool in_group(std::size_t d, const std::string& group) const {
    if (group.empty()) return true;
    const Document& doc = corpus.documents[d];
    auto same = [&](const std::string& g) {
      return g.size() == group.size() &&
             std::equal(g.begin(), g.end(), group.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
             });
    };
    return same(doc.group) || same(doc.question);
  }
};

MatchIndex::MatchIndex(const Corpus& corpus, const Analyzer& analyzer, MatchWeights weights,
                       std::size_t threads)
    : impl_(std::make_unique<Impl>(corpus, analyzer)) {
  impl_->weights = weights;
  impl_->build(thread_count(threads));
}

MatchIndex::~MatchIndex() = default;
MatchIndex::MatchIndex(MatchIndex&&) noexcept = default;

Query MatchIndex::query_for(std::size_t document) const {
  const Document& doc = impl_->corpus.documents[document];
  Query q;
  q.title = doc.title();
  q.scope = doc.scope;
  q.keywords = doc.keywords;
  q.names.push_back(doc.id);
  q.names.insert(q.names.end(), doc.aliases.begin(), doc.aliases.end());
  q.group = doc.group;
  q.question = doc.question;
  q.references = impl_->references[document];
  q.self = document;
  return q;
}

std::vector<Match> MatchIndex::check(const Query& query, const CheckOptions& options) const {
  const Impl& x = *impl_;
  std::size_t n = x.corpus.documents.size();
  SparseRows qv = x.query_vector(query, x.analyzer);
  SparseRows qn = x.query_names(query);
  // A query for an existing item borrows its base's title like the index does.
  if (query.self != npos) {
    qv = x.docs.middleRows(static_cast<int>(query.self), 1);
  }
  std::vector<float> acc(n, 0), name_acc(n, 0);
  std::vector<int> touched, name_touched;
  Impl::accumulate(qv, 0, x.postings, acc, touched, -1);
  Impl::accumulate(qn, 0, x.name_postings, name_acc, name_touched, -1);
  for (int j : name_touched)
    if (acc[j] == 0 && name_acc[j] > 0) touched.push_back(j);
  std::vector<std::size_t> refs = query.references;
  std::sort(refs.begin(), refs.end());
  // Score every touched item with numbers only; build the full matches for the best.
  std::vector<std::pair<double, std::size_t>> ranked;
  ranked.reserve(touched.size());
  for (int j : touched) {
    std::size_t d = static_cast<std::size_t>(j);
    if (d == query.self || !x.in_group(d, options.group)) continue;
    MatchEvidence e;
    e.text = std::min(1.0, static_cast<double>(acc[d]));
    e.name = std::min(1.0, static_cast<double>(name_acc[d]));
    e.references = Impl::reference_overlap(refs, x.references[d], nullptr);
    e.question = !query.question.empty() && query.question == x.corpus.documents[d].question;
    ranked.emplace_back(noisy_or(e, x.weights), d);
  }
  auto better = [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
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
    m.why.references = Impl::reference_overlap(refs, x.references[d], &m.why.shared_references);
    m.why.question = !query.question.empty() && query.question == x.corpus.documents[d].question;
    out.push_back(std::move(m));
  }
  for (Match& m : out) {
    m.why.terms = x.shared_terms(qv, 0, x.docs, static_cast<int>(m.document));
    if (m.why.name > 0) {
      std::string first;
      for (const auto& name : query.names)
        if (!name_parts(name).empty()) {
          first = name;
          break;
        }
      m.why.name_a = first;
      m.why.name_b = x.provisional[m.document];
    }
    m.why.context = x.borrowed[m.document];
    if (query.self != npos) m.tie = x.tie(query.self, m.document);
  }
  return out;
}

Match MatchIndex::compare(std::size_t a, std::size_t b) const {
  const Impl& x = *impl_;
  double text = Impl::dot(x.docs, static_cast<int>(a), x.docs, static_cast<int>(b));
  double name = Impl::dot(x.names, static_cast<int>(a), x.names, static_cast<int>(b));
  Match m;
  m.document = b;
  m.why = x.evidence(a, b, text, name);
  m.score = noisy_or(m.why, x.weights);
  x.explain(m.why, a, b);
  m.tie = x.tie(a, b);
  return m;
}

bool MatchIndex::about_security(std::size_t document) const {
  return impl_->security[document];
}

OverlapResult MatchIndex::overlaps(const OverlapOptions& options) const {
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
    for (std::size_t d = 0; d < n; ++d) compared[d] = x.newest[d];
  std::vector<char> in_group(n, 1);
  if (!options.group.empty())
    for (std::size_t d = 0; d < n; ++d) in_group[d] = x.in_group(d, options.group);
  auto find_pairs = [&](Local& s, std::size_t a) {
    if (!compared[a]) return;
    if (s.acc.empty()) {
      s.acc.assign(n, 0);
      s.name_acc.assign(n, 0);
      s.related_to.assign(n, 0);
    }
    // Ties of this row in constant time: its edition family, and a mark on what it relates to.
    for (const auto& [other, type] : x.related[a]) s.related_to[other] = a + 1;
    const int row = static_cast<int>(a);
    // With a per-item bound each row looks both ways (its nearest may come before it);
    // without, each pair is seen once, from its first item.
    const int after = k ? -1 : row;
    bool partial = false;  // acc holds only the rarer terms' part of the text
    if (k) {
      partial = x.distinctive_terms(row, s.terms);
      Impl::accumulate_terms(s.terms, x.postings, compared.data(), s.acc, s.touched);
    } else {
      Impl::accumulate(x.docs, row, x.postings, s.acc, s.touched, after);
    }
    Impl::accumulate(x.names, row, x.name_postings, s.name_acc, s.name_touched, after);
    for (int j : s.name_touched)
      if (s.acc[j] == 0) s.touched.push_back(j);
    // While partial, the best few by the lower bound are rescored with the whole text.
    s.untied.heap.clear();
    s.tied.heap.clear();
    s.untied.cap = s.tied.cap = partial ? kRescoredPerItem * k : k;
    const auto& refs_a = x.references[a];
    const int question_a = x.question_id[a];
    const bool group_a = in_group[a];
    for (int j : s.touched) {
      std::size_t b = static_cast<std::size_t>(j);
      if (b == a || !compared[b] || !(group_a || in_group[b])) continue;
      if (options.across_groups && !x.across(a, b)) continue;
      double text = std::min(1.0f, s.acc[b]), name = std::min(1.0f, s.name_acc[b]);
      double refs = refs_a.empty() ? 0 : Impl::reference_overlap(refs_a, x.references[b], nullptr);
      double question = question_a >= 0 && question_a == x.question_id[b];
      // A lower bound while `partial`.
      double score = noisy_or(text, name, refs, question, x.weights);
      if (!partial && score < options.min_score) continue;
      bool tied = x.family[b] == x.family[a] || s.related_to[b] == a + 1;
      Candidate c{j, static_cast<float>(score), static_cast<float>(text), static_cast<float>(name)};
      (tied ? s.tied : s.untied).offer(c);
    }
    auto finish = [&](std::vector<Candidate>& kept) {
      if (partial) {
        for (Candidate& c : kept) {
          std::size_t b = static_cast<std::size_t>(c.b);
          double text = std::min(1.0, Impl::dot(x.docs, row, x.docs, c.b));
          double refs = Impl::reference_overlap(refs_a, x.references[b], nullptr);
          double question = question_a >= 0 && question_a == x.question_id[b];
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
    p.why = x.evidence(p.a, p.b, found[i].text, found[i].name);
    p.score = noisy_or(p.why, x.weights);
  }
  std::vector<Found>().swap(found);
  for (OverlapPair& p : result.pairs) {
    p.tie = x.tie(p.a, p.b);
    const Document& da = x.corpus.documents[p.a];
    const Document& db = x.corpus.documents[p.b];
    p.same_group = !da.group.empty() && da.group == db.group;
    p.across_groups = across_groups(da, db);
    p.counterpart = x.security[p.a] != x.security[p.b];
    // Two items whose words come only from what they amend or correct are not one item
    // listed twice ("A.11 Err. 1" and "A.13 Err. 1" have no title of their own), nor are
    // two amendments with one title.
    p.duplicate = !p.tie && !p.counterpart && p.why.text >= kDuplicateText && x.titled[p.a] &&
                  x.titled[p.b] && !part_of_another(da.kind) && !part_of_another(db.kind);
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
  for (OverlapPair& p : result.pairs) x.explain(p.why, p.a, p.b);
  return result;
}

}  // namespace stdgraph
