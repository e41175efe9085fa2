// The parts of the match index, each alone (src/analysis/match_*.h): the TF-IDF arithmetic,
// the names' comparable parts, the references' Jaccard, the score and the clusters.
#include <Eigen/SparseCore>

#include <catch2/catch.hpp>
#include <cmath>

#include "match_clusters.h"
#include "match_names.h"
#include "match_relations.h"
#include "match_scoring.h"
#include "match_vectors.h"

using namespace stdgraph;
using namespace stdgraph::match;

TEST_CASE("weighed rows are unit vectors, so a row's dot with itself is 1") {
  std::vector<Bag> bags = {collapse({{0, 2.0f}, {1, 1.0f}, {0, 1.0f}}), {{1, 1.0f}, {2, 1.0f}}, {}};
  REQUIRE(bags[0] == Bag{{0, 3.0f}, {1, 1.0f}});  // duplicates summed, sorted by id
  std::vector<float> idf = idf_of(bags, 3);
  CHECK(idf[1] < idf[0]);  // term 1 is in two of the three bags
  SparseRows rows = weigh(bags, idf);
  CHECK(std::abs(dot(rows, 0, rows, 0) - 1) < 1e-6);
  CHECK(dot(rows, 0, rows, 1) > 0);
  CHECK(dot(rows, 0, rows, 2) == 0);  // an empty bag is an empty row
}

TEST_CASE("the postings accumulate a row's dot with every later row") {
  std::vector<Bag> bags = {{{0, 1.0f}, {1, 1.0f}}, {{0, 1.0f}}, {{1, 1.0f}}, {{2, 1.0f}}};
  SparseRows rows = weigh(bags, idf_of(bags, 3));
  SparseCols postings = rows;
  std::vector<float> acc(4, 0);
  std::vector<int> touched;
  accumulate(rows, 0, postings, acc, touched, 0);
  REQUIRE(touched == std::vector<int>{1, 2});
  CHECK(std::abs(acc[1] - dot(rows, 0, rows, 1)) < 1e-6);
  CHECK(acc[3] == 0);
}

TEST_CASE("X.sec_QKDNi and Q.QKDNi-profr share their comparable name part") {
  CHECK(name_parts("X.sec_QKDNi") == std::vector<std::string>{"sec", "qkdni"});
  CHECK(name_parts("Q.QKDNi-profr") == std::vector<std::string>{"qkdni", "profr"});
  CHECK(name_parts("G Suppl. 39 Rev.1").empty());  // series, numbers and stock parts
  CHECK(first_comparable_name({"X.1051", "X.sec_QKDNi"}) == "X.sec_QKDNi");
}

TEST_CASE("shared references are a Jaccard, with the shared ones listed") {
  std::vector<std::size_t> shared;
  CHECK(reference_overlap({1, 2, 3}, {2, 3, 4, 5}, &shared) == Approx(2.0 / 5));
  CHECK(shared == std::vector<std::size_t>{2, 3});
  CHECK(reference_overlap({}, {1}, nullptr) == 0);
}

TEST_CASE("each signal can only raise the score") {
  MatchWeights w;
  CHECK(noisy_or(0.5, 0, 0, 0, w) == Approx(0.5));
  CHECK(noisy_or(0.5, 1, 0, 0, w) > noisy_or(0.5, 0, 0, 0, w));
  CHECK(noisy_or(0, 0, 0, 1, w) == Approx(w.question));
}

TEST_CASE("clusters are complete: three items join only when each two are a pair") {
  auto pair = [](std::size_t a, std::size_t b, double score) {
    OverlapPair p;
    p.a = a;
    p.b = b;
    p.score = score;
    return p;
  };
  std::vector<OverlapPair> triangle = {pair(0, 1, 0.9), pair(1, 2, 0.8), pair(0, 2, 0.7)};
  CHECK(clusters(triangle, 5, 0.5) == std::vector<std::vector<std::size_t>>{{0, 1, 2}});
  std::vector<OverlapPair> chain = {pair(0, 1, 0.9), pair(1, 2, 0.8), pair(2, 3, 0.7)};
  CHECK(clusters(chain, 5, 0.5).empty());
  triangle[2].tie = Tie{};  // a tied pair is no news, and links nothing
  CHECK(clusters(triangle, 5, 0.5).empty());
}
