// The commands end to end, through the built binary, as a user runs them.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support.h"

using nlohmann::json;
using stdgraph::test::run_stdgraph;

TEST_CASE("show finds an item by number and by provisional name", "[cli]") {
  auto by_number = run_stdgraph({"show", "X.1817"});
  auto by_name = run_stdgraph({"show", "X.5Gsec-message"});
  REQUIRE(by_number.exit_code == 0);
  CHECK(by_number.out == by_name.out);
  CHECK(by_number.out.rfind("X.1817\n", 0) == 0);
  CHECK(by_number.out.find("X.5Gsec-message") != std::string::npos);
  CHECK(by_number.out.find("History") != std::string::npos);
}

TEST_CASE("show works for every name of every item of seed 003", "[cli]") {
  auto loaded = stdgraph::test::load_and_validate({stdgraph::test::data_dir()});
  REQUIRE(loaded.corpus.meetings.size() == 1);
  int shown = 0;
  for (const auto& entry : loaded.corpus.meetings[0].agenda) {
    const auto& doc = loaded.corpus.documents[loaded.corpus.find_document(entry.item)];
    std::vector<std::string> names = {doc.id};
    names.insert(names.end(), doc.aliases.begin(), doc.aliases.end());
    for (const auto& name : names) {
      INFO(name);
      auto run = run_stdgraph({"show", name, "--format", "json"});
      REQUIRE(run.exit_code == 0);
      auto j = json::parse(run.out);
      CHECK(j["id"] == doc.id);
      bool on_agenda = false;
      for (const auto& a : j["agenda"]) on_agenda |= a["source"] == entry.source;
      CHECK(on_agenda);
      ++shown;
    }
  }
  CHECK(shown >= 12);
}

TEST_CASE("show --format json carries fields, history and relations both ways", "[cli]") {
  auto run = run_stdgraph({"show", "X.1051", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto j = json::parse(run.out);
  CHECK(j["id"] == "X.1051");
  bool revised = false, based_on = false;
  for (const auto& r : j["relations_in"]) {
    revised |= r["type"] == "revises" && r["item"] == "X.1051Rev";
    based_on |= r["type"] == "based-on" && r["item"] == "X.1053rev";
  }
  CHECK(revised);
  CHECK(based_on);

  auto rev = json::parse(run_stdgraph({"show", "x.1051 rev", "--format", "json"}).out);
  CHECK(rev["id"] == "X.1051Rev");
  REQUIRE(rev["relations_out"].size() >= 2);
  CHECK(rev["history"][0].contains("source"));
}

TEST_CASE("show of an unknown name fails with suggestions", "[cli]") {
  auto run = run_stdgraph({"show", "X.181"});
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
  CHECK(run.err.find("no item is named `X.181`; did you mean X.1817") != std::string::npos);
}

TEST_CASE("stats counts what the data holds", "[cli]") {
  auto loaded = stdgraph::test::load_and_validate({stdgraph::test::data_dir()});
  auto run = run_stdgraph({"stats", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto j = json::parse(run.out);
  CHECK(j["documents"] == loaded.corpus.documents.size());
  CHECK(j["groups"] == loaded.corpus.groups.size());
  CHECK(j["meetings"] == 1);
  CHECK(j["liaisons"] == 2);
  CHECK(j["unresolved_relations"] == 0);
  std::size_t by_kind = 0;
  for (const auto& [kind, n] : j["by_kind"].items()) by_kind += n.get<std::size_t>();
  CHECK(by_kind == loaded.corpus.documents.size());
  CHECK(j["by_group"]["SG17"].get<int>() > 100);
  CHECK(j["by_relation_type"]["revises"].get<int>() >= 5);

  auto text = run_stdgraph({"stats"});
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("Documents by kind") != std::string::npos);
}

TEST_CASE("validate: data/ passes, bad input fails with file:line:col", "[cli]") {
  auto good = run_stdgraph({"validate"});
  CHECK(good.exit_code == 0);
  CHECK(good.out.find(" 0 errors") == std::string::npos);
  CHECK(good.out.find("0 errors, ") != std::string::npos);

  std::string bad = stdgraph::test::source_path("tests/fixtures/bad/unknown-key.yaml");
  auto run = run_stdgraph({"--data", bad, "validate"});
  CHECK(run.exit_code == 1);
  CHECK(run.out.rfind(bad + ":5:5: error: unknown key `titel` in document\n"
                            "  hint: did you mean `title`?\n",
                      0) == 0);

  auto j = json::parse(run_stdgraph({"validate", "--data", bad, "--format", "json"}).out);
  CHECK(j["errors"] == 1);
  CHECK(j["diagnostics"][0]["line"] == 5);
  CHECK(j["diagnostics"][0]["code"] == "unknown-key");
}

TEST_CASE("bad arguments are usage errors", "[cli]") {
  CHECK(run_stdgraph({}).exit_code == 2);
  CHECK(run_stdgraph({"stats", "--format", "xml"}).exit_code == 2);
  CHECK(run_stdgraph({"--data", "/no/such/folder", "stats"}).exit_code == 2);
  CHECK(run_stdgraph({"frobnicate"}).exit_code == 2);
  auto help = run_stdgraph({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("validate") != std::string::npos);
}

TEST_CASE("no progress bar when stderr is not a terminal", "[cli]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "stdgraph-progress-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (int i = 0; i < 600; ++i)  // above the 500 files from which a terminal gets a bar
    std::ofstream(dir / ("r" + std::to_string(i) + ".yaml"))
        << "documents:\n  - {id: X." << i << ", kind: recommendation, title: T" << i
        << ", source: T/t/" << i << "}\n";
  auto run = run_stdgraph({"--no-cache", "--data", dir.string(), "stats", "--format", "json"});
  CHECK(run.exit_code == 0);
  CHECK(run.err.empty());
  CHECK(json::parse(run.out)["documents"] == 600);
  fs::remove_all(dir);
}
