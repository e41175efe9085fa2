// Every example in docs/deps.md is what the command prints: each "`stdgraph ARGS` prints:"
// followed by a code block is run, and its output compared (JSON as values, since the page
// lays it out more compactly; text exactly).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "support.h"

using namespace stdgraph;
using json = nlohmann::ordered_json;  // the order of keys is compared too

namespace {

// The page's paths are relative to the project; the binary may print them whole.
void relative_paths(json& value, const std::string& prefix) {
  if (value.is_string()) {
    std::string s = value.get<std::string>();
    if (s.rfind(prefix, 0) == 0) value = s.substr(prefix.size());
  } else if (value.is_structured()) {
    for (auto& item : value) relative_paths(item, prefix);
  }
}

// Equal values; numbers that are not integers within a relative 1e-9 (PageRank scores
// may differ in the last digits between compilers).
bool same(const json& a, const json& b) {
  if (a.is_number_float() || b.is_number_float()) {
    if (!a.is_number() || !b.is_number()) return false;
    double x = a.get<double>(), y = b.get<double>();
    return std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y));
  }
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(), jt = b.begin(); it != a.end(); ++it, ++jt)
      if (it.key() != jt.key() || !same(it.value(), jt.value())) return false;
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same(a[i], b[i])) return false;
    return true;
  }
  return a == b;
}

}  // namespace

TEST_CASE("every example in docs/deps.md is what the command prints", "[deps][docs]") {
  const std::string page = test::read_file(test::source_path("docs/deps.md"));
  const std::regex example("`stdgraph ([^`]+)` prints:\n\n```(json)?\n([\\s\\S]*?)\n```");
  int examples = 0, json_examples = 0;
  for (std::sregex_iterator it(page.begin(), page.end(), example), end; it != end; ++it) {
    ++examples;
    const std::string command = (*it)[1].str();
    INFO("stdgraph " << command);
    std::vector<std::string> args;
    std::istringstream words(command);
    for (std::string word; words >> word;)
      args.push_back(word.rfind("tests/", 0) == 0 ? test::source_path(word) : word);
    auto run = test::run_stdgraph(args);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    if ((*it)[2].matched) {
      ++json_examples;
      json shown = json::parse((*it)[3].str(), nullptr, false);
      REQUIRE_FALSE(shown.is_discarded());
      json printed = json::parse(run.out);
      relative_paths(printed, test::source_path(""));
      INFO("printed: " << printed.dump());
      CHECK(same(shown, printed));
    } else {
      CHECK(run.out == (*it)[3].str() + "\n");
    }
  }
  CHECK(examples >= 12);
  CHECK(json_examples >= 7);
}
