// roadmap --group, gaps --group, export --select group: and stats choose the same items for
// every group of the built-in data (group_agreement.h), in the library and on the command
// line.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "group_agreement.h"
#include "stdgraph/model/groups.h"
#include "stdgraph/model/status.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

const test::Loaded& builtin() {
  static const test::Loaded loaded = test::load_and_validate({test::data_dir()});
  return loaded;
}

}  // namespace

TEST_CASE("Every group of the built-in data: the four commands select the same items", "[groups]") {
  const Corpus& corpus = builtin().corpus;
  Graph graph(corpus);
  CHECK(test::check_groups_agree(corpus, graph) >= 40);
}

TEST_CASE("Every group of the built-in data: roadmap, gaps and export JSON count the same items",
          "[groups][cli]") {
  const Corpus& corpus = builtin().corpus;
  test::TempDir dir;
  for (std::size_t g = 0; g < corpus.groups.size(); ++g) {
    const std::string& id = corpus.groups[g].id;
    INFO("group " << id);
    std::vector<bool> under = documents_under(corpus, {g});
    std::size_t expected = 0, considered = 0;
    for (std::size_t d = 0; d < under.size(); ++d) {
      if (!under[d]) continue;
      const Document& doc = corpus.documents[d];
      ++expected;
      considered += !doc.referenced && !doc.implied && doc.kind != DocKind::series &&
                    status_as_of(doc, std::nullopt).status.has_value();
    }
    auto roadmap = test::run_stdgraph(
        {"roadmap", "--group", id, "--format", "json", "-o", (dir.path / "roadmap.dot").string()});
    auto exported = test::run_stdgraph({"export", "--select", "group:" + id, "--format", "json"});
    auto gaps = test::run_stdgraph({"gaps", "--taxonomy", "trust", "--group", id,
                                    "--security-group", "none", "--format", "json"});
    REQUIRE(exported.exit_code == 0);
    REQUIRE(gaps.exit_code == 0);
    std::size_t exported_documents = 0;
    const json graph = json::parse(exported.out);
    for (const auto& node : graph["nodes"]) exported_documents += node["node_type"] == "document";
    CHECK(exported_documents == expected);
    CHECK(json::parse(gaps.out)["considered"] == considered);
    if (roadmap.exit_code == 0)
      CHECK(json::parse(roadmap.out)["documents"] == expected);
    else
      CHECK(expected == 0);  // nothing to draw
  }
}
