// Counting dependents, finding loops and the longest chains at sizes where a quadratic
// step would show: exact answers on long chains, forests, diamonds and many small loops,
// checked against closed forms and a plain search from every item. Speed itself is
// measured by scripts/bench-chains, not here.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "stdgraph/analysis/chains.h"
#include "stdgraph/analysis/deps.h"
#include "stdgraph/graph/graph.h"
#include "support.h"

using namespace stdgraph;

namespace {

// Under AddressSanitizer (CI's second suite) the large cases are made smaller.
constexpr std::size_t kLong = test::kSanitized ? 50'000 : 200'000;

using Steps = std::vector<std::pair<std::size_t, std::size_t>>;  // (from, to): from rests on to

// A dependency index over n items with the given steps (as index_dependencies makes it).
DependencyIndex index_of(std::size_t n, Steps steps) {
  std::sort(steps.begin(), steps.end());
  steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
  DependencyIndex index;
  index.up_begin.assign(n + 1, 0);
  for (const auto& [from, to] : steps) {
    index.steps.push_back({from, to, RelationType::normative_reference, from, 0});
    ++index.up_begin[from + 1];
  }
  for (std::size_t d = 0; d < n; ++d) index.up_begin[d + 1] += index.up_begin[d];
  index_downstream(index, n);
  return index;
}

Condensation condensation_of(const DependencyIndex& index) {
  Steps edges;
  for (const auto& s : index.steps) edges.emplace_back(s.from, s.to);
  return condense(index.documents(), edges);
}

// The answer by definition: a search down from every item, counting what it reaches.
std::vector<std::size_t> searched(const DependencyIndex& index) {
  const std::size_t n = index.documents();
  std::vector<std::size_t> out(n, 0), stamp(n, npos), queue;
  for (std::size_t start = 0; start < n; ++start) {
    queue.assign(1, start);
    stamp[start] = start;
    for (std::size_t head = 0; head < queue.size(); ++head)
      for (std::size_t i : index.downstream(queue[head])) {
        std::size_t from = index.steps[i].from;
        if (stamp[from] == start) continue;
        stamp[from] = start;
        queue.push_back(from);
      }
    out[start] = queue.size() - 1;
  }
  return out;
}

constexpr CountMethod kMethods[] = {CountMethod::automatic, CountMethod::breadth_first,
                                    CountMethod::bit_sets};

// Every method, with the item whose count is wrong named on failure.
void check_counts(const DependencyIndex& index, const std::vector<std::size_t>& expected) {
  Condensation cond = condensation_of(index);
  for (CountMethod method : kMethods) {
    auto counted = count_dependents(index, cond, method);
    REQUIRE(counted.size() == expected.size());
    auto wrong = std::mismatch(counted.begin(), counted.end(), expected.begin());
    INFO("method " << static_cast<int>(method) << ", item " << (wrong.first - counted.begin()));
    CHECK(wrong.first == counted.end());
  }
}

Document document(std::string id) {
  Document d;
  d.titles["en"] = "Item " + id;
  d.id = std::move(id);
  d.source = "T/scale/1";
  return d;
}

void rests_on(Document& d, const std::string& target, RelationType type) {
  Relation r;
  r.type = type;
  r.target = target;
  d.relations.push_back(std::move(r));
}

Corpus corpus_of(std::vector<Document> documents) {
  RecordSet records;
  records.documents = std::move(documents);
  Diagnostics diags;
  Corpus corpus = Corpus::build(std::move(records), diags);
  REQUIRE(diags.error_count() == 0);
  return corpus;
}

}  // namespace

TEST_CASE("count_dependents: every item of a long chain has all the items before it",
          "[scale][chains]") {
  // Item i rests on item i + 1; and the same chain numbered the other way.
  Steps forward, backward;
  for (std::size_t i = 0; i + 1 < kLong; ++i) {
    forward.emplace_back(i, i + 1);
    backward.emplace_back(i + 1, i);
  }
  std::vector<std::size_t> expected(kLong);
  for (std::size_t i = 0; i < kLong; ++i) expected[i] = i;
  check_counts(index_of(kLong, forward), expected);
  std::reverse(expected.begin(), expected.end());
  check_counts(index_of(kLong, backward), expected);
}

TEST_CASE("count_dependents: a long chain below an item resting on two of its links",
          "[scale][chains]") {
  // Item 0 rests on items 1 and 5: nothing below it is a tree any more, and 0 must be
  // counted once by every item from 5 on.
  Steps steps;
  for (std::size_t i = 0; i + 1 < kLong; ++i) steps.emplace_back(i, i + 1);
  steps.emplace_back(0, 5);
  std::vector<std::size_t> expected(kLong);
  for (std::size_t i = 0; i < kLong; ++i) expected[i] = i;
  check_counts(index_of(kLong, steps), expected);
}

TEST_CASE("count_dependents: a long chain of two-item loops counts each loop whole",
          "[scale][chains]") {
  // Items 2k and 2k + 1 rest on each other; 2k + 1 rests on 2k + 2. An item of loop k has
  // the 2k items of the loops before it and its partner.
  const std::size_t n = kLong / 2 * 2;
  Steps steps;
  for (std::size_t k = 0; 2 * k < n; ++k) {
    steps.emplace_back(2 * k, 2 * k + 1);
    steps.emplace_back(2 * k + 1, 2 * k);
    if (2 * k + 2 < n) steps.emplace_back(2 * k + 1, 2 * k + 2);
  }
  std::vector<std::size_t> expected(n);
  for (std::size_t i = 0; i < n; ++i) expected[i] = i / 2 * 2 + 1;
  check_counts(index_of(n, steps), expected);
}

TEST_CASE("count_dependents: a diamond counts the item above it once", "[chains]") {
  // 0 rests on 1 and 2, both rest on 3; 4 rests on 0; 3 rests on 5.
  auto index = index_of(6, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {4, 0}, {3, 5}});
  check_counts(index, {1, 2, 2, 4, 0, 5});
}

TEST_CASE("count_dependents: forests, diamonds and loops agree with a search from every item",
          "[scale][chains]") {
  std::mt19937 rng(16);
  const std::size_t n = 1500;
  auto pick = [&](std::size_t below) { return static_cast<std::size_t>(rng() % below); };
  for (int shape = 0; shape < 4; ++shape) {
    for (int round = 0; round < 3; ++round) {
      Steps steps;
      for (std::size_t i = 1; i < n; ++i) {
        // A forest: each item rests on one item before it, or on none.
        if (pick(10) != 0) steps.emplace_back(i, pick(i));
        // Diamonds: now and then a second item before it.
        if (shape >= 1 && pick(shape == 1 ? 50 : 5) == 0) steps.emplace_back(i, pick(i));
        // Loops: now and then an item after it, so that some sets hold several items.
        if (shape >= 2 && pick(shape == 2 ? 40 : 8) == 0) steps.emplace_back(pick(i), i);
      }
      // Long arms: a chain hanging below a random item, and one above.
      if (shape == 3)
        for (std::size_t k = 0; k < 200; ++k) steps.emplace_back(n - 1 - k, n - 2 - k);
      INFO("shape " << shape << ", round " << round);
      auto index = index_of(n, steps);
      check_counts(index, searched(index));
    }
  }
}

TEST_CASE("count_dependents: a wide layer of diamonds, with trees hanging above it",
          "[scale][chains]") {
  // 10,000 items each rest on two of 10,000 others (more than one block of bit sets), and
  // each of the first has a chain of three items resting on it (a tree of four that a
  // search takes whole, a bit that weighs four).
  const std::size_t wide = 10'000, n = 5 * wide;
  std::mt19937 rng(8);
  Steps steps;
  for (std::size_t i = 0; i < wide; ++i) {
    steps.emplace_back(i, wide + rng() % wide);
    steps.emplace_back(i, wide + rng() % wide);
    steps.emplace_back(2 * wide + i, i);  // the chain resting on item i
    steps.emplace_back(3 * wide + i, 2 * wide + i);
    steps.emplace_back(4 * wide + i, 3 * wide + i);
  }
  auto index = index_of(n, steps);
  check_counts(index, searched(index));
}

TEST_CASE("cycles: many two-item loops give one loop each, with both its edges", "[scale][graph]") {
  const std::size_t loops = test::kSanitized ? 10'000 : 25'000;
  std::vector<Document> docs;
  for (std::size_t k = 0; k < loops; ++k) {
    std::string a = "X.l" + std::to_string(k) + "a", b = "X.l" + std::to_string(k) + "b";
    docs.push_back(document(a));
    rests_on(docs.back(), b, RelationType::based_on);
    docs.push_back(document(b));
    rests_on(docs.back(), a, RelationType::based_on);
  }
  // A ring of three at the end, with a chord that makes a loop of two inside it.
  for (const char* id : {"X.r0", "X.r1", "X.r2"}) docs.push_back(document(id));
  rests_on(docs[2 * loops], "X.r1", RelationType::supersedes);
  rests_on(docs[2 * loops + 1], "X.r2", RelationType::supersedes);
  rests_on(docs[2 * loops + 2], "X.r0", RelationType::supersedes);
  rests_on(docs[2 * loops + 1], "X.r0", RelationType::based_on);
  Corpus corpus = corpus_of(std::move(docs));
  Graph graph(corpus);
  auto found = graph.cycles(is_acyclic);
  REQUIRE(found.size() == loops + 1);
  std::size_t wrong = 0;
  for (std::size_t k = 0; k < loops; ++k) {
    const auto& e = found[k].edges;
    if (e.size() != 2 || e[0].from != 2 * k || e[0].to != 2 * k + 1 || e[1].from != 2 * k + 1 ||
        e[1].to != 2 * k || e[0].type != RelationType::based_on)
      ++wrong;
  }
  CHECK(wrong == 0);
  const auto& ring = found.back().edges;  // the shortest way back to X.r0: through X.r1
  REQUIRE(ring.size() == 2);
  CHECK(corpus.documents[ring[0].from].id == "X.r0");
  CHECK(corpus.documents[ring[0].to].id == "X.r1");
  CHECK(ring[1].type == RelationType::based_on);
  CHECK(corpus.documents[ring[1].to].id == "X.r0");
}

TEST_CASE("chains: a long chain is one chain through every item, resting on its last",
          "[scale][chains]") {
  const std::size_t n = test::kSanitized ? 20'000 : 50'000;
  std::vector<Document> docs;
  for (std::size_t i = 0; i < n; ++i) {
    docs.push_back(document("X.c" + std::to_string(i)));
    if (i + 1 < n)
      rests_on(docs.back(), "X.c" + std::to_string(i + 1), RelationType::normative_reference);
  }
  Corpus corpus = corpus_of(std::move(docs));
  Graph graph(corpus);
  ChainsReport report = analyse_chains(corpus, graph, {});
  CHECK(report.steps == n - 1);
  CHECK(report.tangles == 0);
  CHECK(report.cycles.empty());
  REQUIRE(report.longest.size() == 1);
  const auto& steps = report.longest[0].steps;
  REQUIRE(steps.size() == n - 1);
  CHECK(steps.front().from == 0);
  CHECK(steps.back().to == n - 1);
  REQUIRE_FALSE(report.most_depended_on.empty());
  CHECK(report.most_depended_on[0].document == n - 1);
  CHECK(report.most_depended_on[0].all == n - 1);
  CHECK(report.most_depended_on[0].direct == 1);
}

TEST_CASE("chains: the longest chain goes through every loop of a chain of loops",
          "[scale][chains]") {
  // a_k and b_k cite each other; b_k rests on a_(k+1). The chain enters each loop at a_k
  // and leaves from b_k, so it shows the step a_k -> b_k inside each.
  const std::size_t loops = test::kSanitized ? 5'000 : 20'000;
  std::vector<Document> docs;
  for (std::size_t k = 0; k < loops; ++k) {
    std::string a = "X.a" + std::to_string(k), b = "X.b" + std::to_string(k);
    docs.push_back(document(a));
    rests_on(docs.back(), b, RelationType::normative_reference);
    docs.push_back(document(b));
    rests_on(docs.back(), a, RelationType::normative_reference);
    if (k + 1 < loops)
      rests_on(docs.back(), "X.a" + std::to_string(k + 1), RelationType::normative_reference);
  }
  Corpus corpus = corpus_of(std::move(docs));
  Graph graph(corpus);
  ChainsReport report = analyse_chains(corpus, graph, {});
  CHECK(report.tangles == loops);
  REQUIRE(report.longest.size() == 1);
  const auto& steps = report.longest[0].steps;
  REQUIRE(steps.size() == 2 * loops - 3);  // loops - 1 between loops, loops - 2 inside
  std::size_t broken = 0;
  for (std::size_t i = 0; i + 1 < steps.size(); ++i)
    if (steps[i].to != steps[i + 1].from) ++broken;
  CHECK(broken == 0);
  CHECK(corpus.documents[steps.front().from].id == "X.b0");
  CHECK(corpus.documents[steps.back().to].id == "X.a" + std::to_string(loops - 1));
  REQUIRE_FALSE(report.most_depended_on.empty());
  CHECK(report.most_depended_on[0].all == 2 * loops - 1);
}
