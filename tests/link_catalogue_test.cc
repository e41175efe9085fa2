// stdgraph link on the built-in data plus the ITU-T catalogue (16,172 Relaton records,
// unpacked by the `itu-t-catalogue` CTest fixture): the draft X.sg-dtn was published as
// X.2011 (04/2024), and link proposes that join as certain, among the certain joins that
// lead the list, and first for X.sg-dtn.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support.h"

using namespace stdgraph;

namespace {

nlohmann::json link_json(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {
      "--data", test::data_dir() + "/records", STDGRAPH_ITU_T_CATALOGUE "/data", "link", "--format",
      "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = test::run_stdgraph(args);
  INFO(r.err.substr(0, 2000));
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("On the ITU-T catalogue, link proposes X.sg-dtn -> X.2011 as certain",
          "[link][catalogue][cli]") {
  nlohmann::json all = link_json({"--top", "0"});
  const auto& proposals = all["proposals"];
  REQUIRE(proposals.size() > 0);
  // Certain joins lead; X.sg-dtn -> X.2011 is one of them, and the only proposal of either.
  bool certain_block = true, found = false;
  for (const auto& p : proposals) {
    INFO(p["draft"]["id"] << " -> " << p["record"]["id"]);
    if (p["certain"] == false) certain_block = false;
    CHECK((p["certain"] == false || certain_block));  // no certain one after an uncertain one
    if (p["draft"]["id"] == "X.sg-dtn" && p["number"] == "X.2011") {
      found = true;
      CHECK(p["certain"] == true);
      CHECK(p["record"]["id"] == "X.2011 (04/2024)");
      CHECK(p["evidence"]["title_identical"] == true);
      CHECK(p["evidence"]["group"] == "same");
      CHECK(p["evidence"]["months_after"] == 7);
    } else if (p["number"] == "X.2011" || p["draft"]["id"] == "X.sg-dtn") {
      FAIL_CHECK("a certain join settles its draft and its number: no other proposal");
    }
  }
  CHECK(found);

  nlohmann::json one = link_json({"--draft", "X.sg-dtn"});
  REQUIRE(one["proposals"].size() > 0);
  CHECK(one["drafts"] == 1);
  CHECK(one["proposals"][0]["number"] == "X.2011");
  CHECK(one["proposals"][0]["certain"] == true);
}
