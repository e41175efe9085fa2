// roadmap --group, gaps --group, export --select group: and stats choose the same items for
// every group of the ITU-T catalogue (16,172 Relaton records, unpacked from
// ../shared/corpora at test time by the `itu-t-catalogue` CTest fixture).
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "group_agreement.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/groups.h"
#include "stdgraph/model/ids.h"
#include "support.h"

using namespace stdgraph;

namespace {

const std::string kCatalogue = STDGRAPH_ITU_T_CATALOGUE "/data";

const Corpus& catalogue() {
  static const Corpus corpus = [] {
    Diagnostics diags;
    RecordSet records = load_paths({kCatalogue}, diags);
    return Corpus::build(std::move(records), diags);
  }();
  return corpus;
}

}  // namespace

TEST_CASE("Every group of the ITU-T catalogue: the four commands select the same items",
          "[groups][catalogue]") {
  const Corpus& corpus = catalogue();
  REQUIRE(corpus.documents.size() > 16000);
  Graph graph(corpus);
  CHECK(test::check_groups_agree(corpus, graph) >= 10);
}

TEST_CASE("SG17 of the ITU-T catalogue: roadmap, gaps and export JSON count the same items",
          "[groups][catalogue][cli]") {
  const Corpus& corpus = catalogue();
  std::size_t sg17 = corpus.find_group("SG17");
  REQUIRE(sg17 != npos);
  std::vector<bool> under = documents_under(corpus, {sg17});
  std::size_t expected = std::count(under.begin(), under.end(), true);
  REQUIRE(expected > 500);
  test::TempDir dir;
  auto exported = test::run_stdgraph(
      {"--data", kCatalogue, "export", "--select", "group:SG17", "--format", "json"});
  REQUIRE(exported.exit_code == 0);
  std::size_t documents = 0;
  const nlohmann::json graph = nlohmann::json::parse(exported.out);
  for (const auto& node : graph["nodes"]) documents += node["node_type"] == "document";
  CHECK(documents == expected);
  auto roadmap = test::run_stdgraph({"--data", kCatalogue, "roadmap", "--group", "SG17", "--format",
                                     "json", "-o", (dir.path / "sg17.dot").string()});
  REQUIRE(roadmap.exit_code == 0);
  CHECK(nlohmann::json::parse(roadmap.out)["documents"] == expected);
}

TEST_CASE(
    "roadmap --group SG17 on the ITU-T catalogue draws the QKDN security series "
    "X.1710-X.1717, whose records name no group",
    "[series][catalogue][cli]") {
  const Corpus& corpus = catalogue();
  for (int n = 1710; n <= 1717; ++n) {
    std::size_t d = corpus.find_document(fmt::format("X.{}", n));
    INFO("X." << n);
    REQUIRE(d != npos);
    CHECK(corpus.documents[d].group() == "SG17");
    CHECK(corpus.documents[d].group_inferred_from == "X.1000-X.1999");
  }
  test::TempDir dir;
  auto roadmap = test::run_stdgraph({"--data", kCatalogue, "roadmap", "--group", "SG17", "--format",
                                     "json", "-o", (dir.path / "sg17.dot").string()});
  REQUIRE(roadmap.exit_code == 0);
  const nlohmann::json summary = nlohmann::json::parse(roadmap.out);
  std::set<std::string> drawn;
  for (const auto& id : summary["node_ids"]) drawn.insert(edition_key(id.get<std::string>()).work);
  for (int n = 1710; n <= 1717; ++n) {
    INFO("X." << n);
    CHECK(drawn.count(identifier_key(fmt::format("X.{}", n))) == 1);
  }
  // What is still left out names neither a group nor a Question, and is counted.
  std::size_t no_group = 0;
  std::set<std::string> works;
  for (const Document& doc : corpus.documents)
    if (!doc.referenced && !doc.implied && names_no_group(doc))
      works.insert(edition_key(doc.id).work);
  no_group = works.size();
  CHECK(summary["no_group"] == no_group);
  CHECK(no_group > 0);
}
