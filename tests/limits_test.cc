// Input at the limits, each from a generated fixture: a file:line:col error, or a bounded
// and correct result, never a stack overflow or a hang (ctest's timeout would catch one).
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "stdgraph/analysis/validate.h"
#include "stdgraph/load/load.h"
#include "stdgraph/util/text_util.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

const Diagnostic& only_error(const Diagnostics& diags) {
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].severity == Severity::error);
  CHECK_FALSE(diags.items()[0].hint.empty());
  return diags.items()[0];
}

// The classic "billion laughs": nine levels of nine aliases to the level below.
std::string billion_laughs(const std::string& head) {
  std::string text = head + "lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 10; ++i) {
    text += fmt::format("lol{}: &a{} [", i, i);
    for (int k = 0; k < 9; ++k) text += fmt::format("{}*a{}", k ? ", " : "", i - 1);
    text += "]\n";
  }
  return text;
}

// Every command on a data set: each exits (no signal, no sanitizer report), 0 to 4.
void run_every_command_on(const fs::path& data, const std::string& item) {
  fs::path out = data.parent_path() / "out";
  fs::create_directories(out);
  for (const auto& run : test::run_every_command({"--data", data.string()}, item, out.string())) {
    std::string line = run.command;
    for (const auto& a : run.args) line += " " + a;
    INFO(line << "\n" << run.result.err.substr(0, 2000));
    CHECK(run.result.exit_code >= 0);
    CHECK(run.result.exit_code <= 4);
  }
}

}  // namespace

TEST_CASE("nesting deeper than the limit is an error at the level that passes it", "[limits]") {
  std::string deep_flow = "documents: " + std::string(100000, '[') + std::string(100000, ']');
  Diagnostics native;
  load_native_text(deep_flow, "deep.yaml", native);
  const Diagnostic& d = only_error(native);
  CHECK(d.code == "too-deep");
  CHECK(d.message == fmt::format("the YAML nests deeper than {} levels", kMaxYamlDepth));
  CHECK(d.pos.line == 1);
  CHECK(d.pos.column == 12 + kMaxYamlDepth - 1);  // the bracket that opens level 65

  std::string deep_block;
  for (int i = 0; i < 5000; ++i) deep_block += std::string(i, ' ') + "a:\n";
  Diagnostics block;
  load_native_text(deep_block, "block.yaml", block);
  CHECK(only_error(block).pos.line == kMaxYamlDepth + 1);

  Diagnostics relaton;
  load_relaton_text("docidentifier:\n- " + std::string(100000, '[') + "\n", "r.yaml", relaton);
  const Diagnostic& r = only_error(relaton);
  CHECK(r.message.find("nests deeper than 64 levels") != std::string::npos);
  CHECK(r.pos.line == 2);

  // At the limit itself, the file loads (and is wrong only in its content).
  std::string at_limit = "documents: " + std::string(kMaxYamlDepth - 1, '[') +
                         std::string(kMaxYamlDepth - 1, ']') + "\n";
  Diagnostics ok;
  load_native_text(at_limit, "limit.yaml", ok);
  for (const auto& item : ok.items()) CHECK(item.code != "too-deep");
}

TEST_CASE("YAML aliases are refused where they stand: no billion laughs", "[limits]") {
  Diagnostics native;
  load_native_text(billion_laughs("documents: []\n"), "laughs.yaml", native);
  const Diagnostic& d = only_error(native);
  CHECK(d.code == "yaml-alias");
  CHECK(d.pos.line == 3);
  CHECK(d.pos.column == 12);
  CHECK(d.hint.find("write the value out") != std::string::npos);

  Diagnostics one;
  load_native_text(
      "documents:\n  - &doc {id: X.1, kind: recommendation, title: T, source: T/t/1}\n"
      "  - *doc\n",
      "alias.yaml", one);
  CHECK(only_error(one).pos.line == 3);

  Diagnostics relaton;
  load_relaton_text(billion_laughs("docidentifier: [{content: X.1, type: ITU}]\n"), "laughs.yaml",
                    relaton);
  const Diagnostic& r = only_error(relaton);
  CHECK(r.message.find("aliases") != std::string::npos);
  CHECK(r.pos.line == 3);

  // An anchor without an alias is harmless and accepted.
  Diagnostics anchored;
  auto set = load_native_text(
      "documents:\n  - &doc {id: X.1, kind: recommendation, title: T, source: T/t/1}\n",
      "anchor.yaml", anchored);
  CHECK(anchored.items().empty());
  CHECK(set.documents.size() == 1);
}

TEST_CASE("a file over the size limit is refused by name, and never read whole", "[limits]") {
  fs::path dir = test::fresh_dir("limits-size");
  fs::path big = dir / "big.yaml";
  {
    std::ofstream out(big, std::ios::binary);
    std::string comment = "# " + std::string(1022, 'x') + "\n";
    for (std::size_t written = 0; written <= kMaxRecordFileBytes; written += comment.size())
      out << comment;
  }
  Diagnostics diags;
  load_paths({big}, diags);
  const Diagnostic& d = only_error(diags);
  CHECK(d.code == "too-large");
  CHECK(d.pos.file == big.string());
  CHECK(d.message.find("up to 16 MB") != std::string::npos);
  CHECK(d.hint.find("split") != std::string::npos);

  // A device is not read at all (it would never end).
  auto run = test::run_stdgraph({"--no-cache", "--data", "/dev/zero", "validate"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.find("/dev/zero: error: not a file or folder") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a title of 1 MB loads whole and every check and command runs on it", "[limits]") {
  fs::path dir = test::fresh_dir("limits-title");
  std::string title(1 << 20, 'a');  // one word of a million letters
  for (std::size_t i = 0; i < title.size(); i += 97) title[i] = static_cast<char>('b' + i % 20);
  std::string near = title;
  near[title.size() / 2] = near[title.size() / 2] == 'z' ? 'y' : 'z';  // one slip
  fs::create_directories(dir / "data");
  std::ofstream(dir / "data" / "titles.yaml")
      << "documents:\n"
      << "  - {id: X.1, kind: recommendation, source: T/t/1, title: \"" << title << "\"}\n"
      << "  - {id: X.2, kind: recommendation, source: T/t/2, title: \"" << near << "\"}\n"
      << "  - {id: X.3, kind: recommendation, source: T/t/3, title: \"" << title << " two\"}\n";

  auto loaded = test::load_and_validate({(dir / "data").string()});
  REQUIRE(loaded.corpus.documents.size() == 3);
  CHECK(loaded.corpus.documents[0].title() == title);
  CHECK(loaded.diagnostics.error_count() == 0);
  std::size_t same_title = 0;
  for (const auto& d : loaded.diagnostics.items()) same_title += d.code == "same-title";
  CHECK(same_title == 1);  // X.2 differs from X.1 by one slip in one long word

  auto show =
      test::run_stdgraph({"--data", (dir / "data").string(), "show", "X.1", "--format", "json"});
  REQUIRE(show.exit_code == 0);
  CHECK(nlohmann::json::parse(show.out)["title"]["en"] == title);
  run_every_command_on(dir / "data", "X.1");
  fs::remove_all(dir);
}

TEST_CASE("edit distance with a bound is linear in the length, even for 1 MB words", "[limits]") {
  std::string a(1 << 20, 'q'), b = a;
  b[12345] = 'r';
  CHECK(edit_distance(a, b, 1) == 1);
  CHECK(edit_distance(a, b, 0) == 1);  // over the bound: max + 1
  std::swap(b[100], b[101]);
  b[100] = 'p';
  CHECK(edit_distance(a, b, 1) == 2);
  CHECK(edit_distance("titel", "title", 1) == 1);
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("kitten", "sitting", 2) == 3);
}

// Under AddressSanitizer (test::kSanitized) every command on the two largest inputs took five
// minutes of the suite's nine; there the loaders, validate, show, deps and the cache still run
// on them, and every command runs on them in the plain suite.
TEST_CASE("100,000 relations on one item load, validate, show and cache", "[limits]") {
  fs::path dir = test::fresh_dir("limits-relations");
  fs::create_directories(dir / "data");
  {
    std::ofstream out(dir / "data" / "hub.yaml");
    out << "documents:\n  - id: X.hub\n    kind: recommendation\n    title: The hub\n"
           "    source: T/t/1\n    relations:\n";
    for (int r = 0; r < 100000; ++r)
      out << "      - {type: normative-reference, target: X." << r % 1000 << "}\n";
    for (int t = 0; t < 1000; ++t)
      out << "  - {id: X." << t << ", kind: recommendation, title: Target number " << t
          << ", source: T/t/" << t + 2 << "}\n";
  }
  auto loaded = test::load_and_validate({(dir / "data").string()});
  REQUIRE(loaded.corpus.documents.size() == 1001);
  CHECK(loaded.corpus.documents[0].relations.size() == 100000);
  CHECK(loaded.diagnostics.error_count() == 0);

  std::string data = (dir / "data").string();
  auto stats = test::run_stdgraph({"--data", data, "stats", "--format", "json"});
  REQUIRE(stats.exit_code == 0);
  CHECK(nlohmann::json::parse(stats.out)["relations"] == 100000);
  auto cached = test::run_stdgraph({"--data", data, "stats", "--format", "json"});
  CHECK(cached.out == stats.out);
  auto show = test::run_stdgraph({"--data", data, "show", "X.hub", "--format", "json"});
  REQUIRE(show.exit_code == 0);
  CHECK(nlohmann::json::parse(show.out)["relations_out"].size() == 100000);
  if (!test::kSanitized) run_every_command_on(dir / "data", "X.hub");
  fs::remove_all(dir);
}

TEST_CASE("a loop of 10,000 relations is found once, whole, without deep recursion", "[limits]") {
  fs::path dir = test::fresh_dir("limits-cycle");
  fs::create_directories(dir / "data");
  constexpr int kLength = 10000;
  {
    std::ofstream out(dir / "data" / "loop.yaml");
    out << "documents:\n";
    for (int i = 0; i < kLength; ++i)
      out << "  - {id: X." << i << ", kind: recommendation, title: Link " << i << " of the loop"
          << ", source: T/t/" << i + 1 << ", relations: [{type: revises, target: X."
          << (i + 1) % kLength << "}]}\n";
  }
  auto loaded = test::load_and_validate({(dir / "data").string()});
  std::vector<const Diagnostic*> cycles;
  for (const auto& d : loaded.diagnostics.items())
    if (d.code == "cycle") cycles.push_back(&d);
  REQUIRE(cycles.size() == 1);
  const std::string& message = cycles[0]->message;
  std::size_t steps = 0;
  for (std::size_t at = 0; (at = message.find("-revises->", at)) != std::string::npos; ++at)
    ++steps;
  CHECK(steps == kLength);
  CHECK(cycles[0]->pos.line == 2);
  CHECK(cycles[0]->pos.file == (dir / "data" / "loop.yaml").string());
  // The tree of deps is drawn at bounded width: past 16 levels a node shows its depth
  // instead of more indentation (the whole tree was 400 MB of padded lines before).
  auto deps = test::run_stdgraph({"--data", (dir / "data").string(), "deps", "X.0"});
  REQUIRE(deps.exit_code == 0);
  std::size_t lines = 0, widest = 0;
  std::istringstream text(deps.out);
  for (std::string line; std::getline(text, line); ++lines) widest = std::max(widest, line.size());
  CHECK(lines == 2 + kLength);  // the summary, the header, the root and 9,999 more
  CHECK(widest < 200);
  CHECK(deps.out.find("`-- [9999] X.9999 ") != std::string::npos);
  CHECK(deps.out.find("`-- X.15 ") != std::string::npos);
  if (!test::kSanitized) run_every_command_on(dir / "data", "X.0");
  fs::remove_all(dir);
}
