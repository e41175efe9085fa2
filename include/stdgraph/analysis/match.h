// Matching items by what they are about: the index behind `check` (is anyone already doing
// this?) and `overlaps` (which items of the programme cover the same ground?).
//
// Each item is a TF-IDF vector over the Analyzer's terms of its title (counted twice),
// scope and keywords, plus at half weight the title of what it amends, corrects,
// supplements or complements (a corrigendum titled "Correction to clause G.4.4" is about its
// base). Two items' score combines four signals, each of which can only raise it:
//   score = 1 - (1 - text) (1 - 0.3 name) (1 - 0.3 references) (1 - 0.15 question)
// text: cosine of the term vectors; name: cosine of character trigrams of provisional
// names (X.sec_QKDNi ~ Q.QKDNi-profr); references: Jaccard of the items both relate to;
// question: 1 when both sit in the same Question. Every part is kept for the explanation.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stdgraph/model/corpus.h"
#include "stdgraph/model/model.h"
#include "stdgraph/text/text.h"

namespace stdgraph {

// What a proposed (or existing) item says about itself.
struct Query {
  std::string title;
  std::string scope;
  std::vector<std::string> keywords;
  std::vector<std::string> names;  // number and provisional names
  std::string group;
  std::string question;
  std::vector<std::size_t> references;  // corpus documents it relates to
  std::size_t self = npos;              // a corpus document the query stands for: skipped
  std::string body;  // whose document it would be (body_of); "" when unknown (a bare title)
};

struct SharedTerm {
  std::string surface;  // as a person reads it: "ledger", "DLT (distributed ledger technology)"
  double weight = 0;    // its part of the text score
};

// Why two items match: each signal and what it rests on.
struct MatchEvidence {
  double text = 0;
  double name = 0;
  double references = 0;
  double question = 0;
  std::vector<SharedTerm> terms;  // the shared terms, largest part first (at most 8)
  std::string name_a, name_b;     // the pair of names behind `name`
  std::vector<std::size_t> shared_references;
  std::vector<std::size_t> context;  // documents whose titles were borrowed (see above)
};

// A relation that already ties two items, so a match between them is no news.
struct Tie {
  RelationType type = RelationType::other;
  bool editions = false;  // two editions of one work
};

struct Match {
  std::size_t document = npos;
  double score = 0;
  MatchEvidence why;
  std::optional<Tie> tie;      // set when the query's item and this one are already related
  std::string body;            // whose document it is (body_of): "ITU-T", "ETSI", "ISO/IEC", ...
  bool across_bodies = false;  // the query's body is known and this is another's
};

struct MatchWeights {
  double name = 0.3;
  double references = 0.3;
  double question = 0.15;
};

struct CheckOptions {
  std::size_t top = 10;
  std::string group;                // only items of this group (or its Questions)
  std::vector<std::string> bodies;  // only items of these bodies (body_matches); empty: all
  // Every edition a row of its own. By default a work is one row: the edition of it that
  // matches best ("3GPP TS 33.501" in its 88 versions is one row).
  bool all_editions = false;
};

// The default threshold at which a match is reported as an overlap (see
// scripts/eval-overlaps for how it was chosen).
inline constexpr double kDefaultMinScore = 0.35;

// Clusters are built from pairs at least this close, by complete linkage: every two
// members of a cluster are such a pair (single linkage chains a whole programme).
inline constexpr double kClusterMinScore = 0.5;

// Each item's pairs are its nearest few: on a whole catalogue, boilerplate titles
// ("Amendment 1", "Corrigendum 2") would otherwise pair every such item with every other.
inline constexpr std::size_t kDefaultPerItem = 10;

struct OverlapOptions {
  double min_score = kDefaultMinScore;
  std::size_t top = 0;                     // 0: every pair
  std::size_t per_item = kDefaultPerItem;  // a pair is kept if it is among the nearest
                                           // per_item of either item (untied and tied
                                           // apart); 0: every pair
  bool across_groups = false;              // only pairs from two groups, both known
  bool all_editions = false;               // old editions too (default: each work's newest)
  std::string group;                       // only pairs with at least one item of this group
  std::vector<std::string> bodies;         // only pairs with at least one item of these
                                           // bodies (body_matches); empty: all
  bool across_bodies = false;              // only pairs of two different bodies: with
                                           // bodies {"ITU-T"}, ITU-T work beside others'
  std::size_t threads = 0;                 // 0: every core
};

struct OverlapPair {
  std::size_t a = npos, b = npos;  // a < b
  double score = 0;
  MatchEvidence why;
  std::optional<Tie> tie;
  bool same_group = false;
  bool across_groups = false;  // two different groups, both known
  bool across_bodies = false;  // documents of two bodies (body_of): ITU-T X.1051 ~ ISO/IEC 27011
  bool counterpart = false;    // one is about security and the other is not
  bool duplicate = false;      // nearly the same text and no relation between them
};

struct OverlapResult {
  std::vector<OverlapPair> pairs;                  // most similar first
  std::vector<std::vector<std::size_t>> clusters;  // 3+ items, each two a close untied pair
  std::size_t found = 0;      // pairs at or above the threshold (by per_item), before --top
  std::size_t tied = 0;       // of which already related
  std::size_t documents = 0;  // items compared (each work's newest edition, unless all_editions)
};

class MatchIndex {
 public:
  // Analyses every document's text; threads: 0 = every core.
  MatchIndex(const Corpus& corpus, const Analyzer& analyzer, MatchWeights weights = {},
             std::size_t threads = 0);
  ~MatchIndex();
  MatchIndex(MatchIndex&&) noexcept;

  // The query an existing document makes (its own text, names, relations).
  Query query_for(std::size_t document) const;
  // The nearest documents to a query, best first.
  std::vector<Match> check(const Query& query, const CheckOptions& options) const;
  // The match between two documents, whatever its score.
  Match compare(std::size_t a, std::size_t b) const;
  // Every pair at or above options.min_score.
  OverlapResult overlaps(const OverlapOptions& options) const;

  // The bodies of the documents (body_of), each once, in order of their first document.
  std::vector<std::string> bodies() const;

  // True when the document's terms carry the security concept (for counterparts).
  bool about_security(std::size_t document) const;

  // The analyzer the index read every text with (one thread at a time: it has one stemmer).
  const Analyzer& analyzer() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stdgraph
