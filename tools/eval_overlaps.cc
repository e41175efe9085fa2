// stdgraph_eval: how well check and overlaps find what they should (scripts/eval-overlaps).
//   stdgraph_eval pairs DATA_DIR PAIRS.yaml [THRESHOLD]
//     labelled pairs from the seeds: recall@5 and MRR of `check --like` (a pair counts as
//     found when either item ranks the other in its top 5, as the peer script counts),
//     unrelated pairs in the top 3, precision and recall of the pair score at THRESHOLD
//     (default: kDefaultMinScore) and at a sweep of thresholds.
//   stdgraph_eval editions FOLDER [MAX_QUERIES]
//     on a Relaton catalogue, no labels needed: for each edition of a Recommendation with
//     other editions, a query of its title and abstract alone (no number, no relations)
//     should rank another edition of the same work in its top 5.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "stdgraph/analysis/match.h"
#include "stdgraph/load/glossary.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/text/text.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

Corpus load(const fs::path& path) {
  Diagnostics diags;
  RecordSet records = load_paths({path}, diags, LoadOptions{true}, nullptr);
  return Corpus::build(std::move(records), diags);
}

// The 1-based rank of `want` among check's results for `from`, or 0 beyond `depth`.
std::size_t rank_of(const MatchIndex& index, std::size_t from, std::size_t want,
                    std::size_t depth) {
  auto matches = index.check(index.query_for(from), CheckOptions{depth, {}, {}, true});
  for (std::size_t i = 0; i < matches.size(); ++i)
    if (matches[i].document == want) return i + 1;
  return 0;
}

int pairs(const fs::path& data, const fs::path& pairs_file, double threshold) {
  Corpus corpus = load(data / "records");
  Diagnostics gd;
  Analyzer analyzer(builtin_glossary(data, gd));
  MatchWeights weights;
  if (const char* w = std::getenv("STDGRAPH_EVAL_WEIGHTS"))  // "name,references,question"
    std::sscanf(w, "%lf,%lf,%lf", &weights.name, &weights.references, &weights.question);
  MatchIndex index(corpus, analyzer, weights);
  YAML::Node list = YAML::LoadFile(pairs_file.string());
  struct Row {
    std::string a, b, label;
    std::size_t rank;
    double score;
  };
  std::vector<Row> rows;
  for (const YAML::Node& n : list) {
    Row r{n["a"].as<std::string>(), n["b"].as<std::string>(), n["label"].as<std::string>(), 0, 0};
    std::size_t a = corpus.find_document(r.a), b = corpus.find_document(r.b);
    if (a == npos || b == npos) {
      std::cerr << fmt::format("{}: no item named {}\n", pairs_file.string(),
                               a == npos ? r.a : r.b);
      return 1;
    }
    std::size_t ra = rank_of(index, a, b, 50), rb = rank_of(index, b, a, 50);
    r.rank = ra && rb ? std::min(ra, rb) : std::max(ra, rb);
    r.score = index.compare(a, b).score;
    rows.push_back(std::move(r));
  }
  std::map<std::string, std::pair<int, int>> by_label;  // found@5, total
  std::map<std::string, double> rr;
  int positives = 0, found5 = 0, unrelated = 0, unrelated_top3 = 0;
  double mrr = 0;
  for (const Row& r : rows) {
    if (r.label == "unrelated") {
      ++unrelated;
      if (r.rank && r.rank <= 3) ++unrelated_top3;
      continue;
    }
    ++positives;
    bool hit = r.rank && r.rank <= 5;
    found5 += hit;
    by_label[r.label].first += hit;
    by_label[r.label].second += 1;
    double reciprocal = r.rank ? 1.0 / static_cast<double>(r.rank) : 0;
    mrr += reciprocal;
    rr[r.label] += reciprocal;
  }
  fmt::print(
      "stdgraph check --like (title, scope, names, references): recall@5 {}/{}  MRR {:.2f}  "
      "unrelated in top-3: {}/{}\n",
      found5, positives, mrr / positives, unrelated_top3, unrelated);
  for (const auto& [label, c] : by_label)
    fmt::print("  {:<13} found {:>2}/{:<2}  MRR {:.2f}\n", label, c.first, c.second,
               rr[label] / c.second);
  for (const Row& r : rows)
    if (r.label != "unrelated" && !(r.rank && r.rank <= 5))
      fmt::print("  missed: {} ~ {} ({}), rank {}, score {:.2f}\n", r.a, r.b, r.label,
                 r.rank ? std::to_string(r.rank) : ">50", r.score);
  for (const Row& r : rows)
    if (r.label == "unrelated" && r.rank && r.rank <= 3)
      fmt::print("  unrelated in top 3: {} ~ {}, rank {}, score {:.2f}\n", r.a, r.b, r.rank,
                 r.score);
  auto pr = [&](double t) {
    int tp = 0, fp = 0, fn = 0;
    for (const Row& r : rows) {
      bool positive = r.label != "unrelated", predicted = r.score >= t;
      tp += positive && predicted;
      fp += !positive && predicted;
      fn += positive && !predicted;
    }
    double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0;
    double rec = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0;
    return std::make_tuple(p, rec, tp, fp);
  };
  auto [p, rec, tp, fp] = pr(threshold);
  fmt::print("pair score >= {:.2f} (the default): precision {:.2f} ({} of {}), recall {:.2f}\n",
             threshold, p, tp, tp + fp, rec);
  fmt::print("  sweep:");
  for (double t : {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6}) {
    auto [sp, sr, stp, sfp] = pr(t);
    fmt::print("  {:.2f}: P {:.2f} R {:.2f}", t, sp, sr);
  }
  fmt::print("\n");
  return 0;
}

int editions(const fs::path& folder, std::size_t max_queries) {
  auto t0 = std::chrono::steady_clock::now();
  Corpus corpus = load(folder);
  auto t1 = std::chrono::steady_clock::now();
  Diagnostics gd;
  Analyzer analyzer(builtin_glossary(fs::path(STDGRAPH_DATA_DIR), gd));
  MatchIndex index(corpus, analyzer);
  auto t2 = std::chrono::steady_clock::now();
  // Queries: editions whose work has another edition, spread evenly over the catalogue.
  std::vector<std::size_t> queries;
  for (std::size_t d = 0; d < corpus.documents.size(); ++d)
    if (corpus.editions(d).size() >= 2 && !corpus.documents[d].title().empty())
      queries.push_back(d);
  std::size_t step =
      std::max<std::size_t>(1, queries.size() / std::max<std::size_t>(1, max_queries));
  std::size_t asked = 0, hit5 = 0, hit1 = 0;
  double mrr = 0, seconds = 0;
  for (std::size_t i = 0; i < queries.size(); i += step) {
    std::size_t d = queries[i];
    const Document& doc = corpus.documents[d];
    Query q;  // the text alone: no number, no provisional name, no relation
    q.title = doc.title();
    q.scope = doc.scope;
    q.keywords = doc.keywords;
    q.self = d;
    auto others = corpus.editions(d);
    auto s0 = std::chrono::steady_clock::now();
    auto matches = index.check(q, CheckOptions{20, {}, {}, true});
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - s0).count();
    ++asked;
    for (std::size_t r = 0; r < matches.size(); ++r)
      if (std::find(others.begin(), others.end(), matches[r].document) != others.end()) {
        hit5 += r < 5;
        hit1 += r == 0;
        mrr += 1.0 / static_cast<double>(r + 1);
        break;
      }
  }
  fmt::print(
      "editions of one work, identifier hidden: {} queries over {} items: "
      "recall@1 {:.3f}  recall@5 {:.3f}  MRR {:.3f}\n",
      asked, corpus.documents.size(), static_cast<double>(hit1) / asked,
      static_cast<double>(hit5) / asked, mrr / asked);
  fmt::print("  load {:.2f} s, index {:.2f} s, one check {:.0f} us on average\n",
             std::chrono::duration<double>(t1 - t0).count(),
             std::chrono::duration<double>(t2 - t1).count(), 1e6 * seconds / asked);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() >= 3 && args[0] == "pairs")
    return pairs(args[1], args[2], args.size() > 3 ? std::stod(args[3]) : kDefaultMinScore);
  if (args.size() >= 2 && args[0] == "editions")
    return editions(args[1], args.size() > 2 ? std::stoul(args[2]) : 1000);
  std::cerr << "usage: stdgraph_eval pairs DATA_DIR PAIRS.yaml [THRESHOLD]\n"
               "       stdgraph_eval editions FOLDER [MAX_QUERIES]\n";
  return 2;
}
