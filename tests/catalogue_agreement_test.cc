// roadmap --group, gaps --group, export --select group: and stats choose the same items for
// every group of the ITU-T catalogue (16,172 Relaton records, unpacked from
// ../shared/corpora at test time by the `itu-t-catalogue` CTest fixture).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "group_agreement.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/groups.h"
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
