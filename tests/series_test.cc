// The study group of a Recommendation's number range (model/series.h): the table, the
// Relaton reader inferring a group from it, and reports by group saying what they left out.
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "stdgraph/load/load.h"
#include "stdgraph/model/series.h"
#include "support.h"

using namespace stdgraph;

namespace {

// A Relaton record as relaton-data-itu writes one; `group` "" names no study group.
std::string relaton_record(const std::string& id, const std::string& title,
                           const std::string& group) {
  std::string text = fmt::format(
      "---\n"
      "id: TEST\n"
      "title:\n"
      "- language: en\n"
      "  content: {}\n"
      "  type: main\n"
      "docidentifier:\n"
      "- content: {}\n"
      "  type: ITU\n"
      "  primary: true\n"
      "date:\n"
      "- type: published\n"
      "  at: '2020-10-29'\n",
      title, id);
  if (!group.empty())
    text += fmt::format(
        "contributor:\n"
        "- role:\n"
        "  - type: author\n"
        "  organization:\n"
        "    name:\n"
        "    - content: International Telecommunication Union\n"
        "    subdivision:\n"
        "    - name:\n"
        "      - content: {}\n"
        "      type: technical-committee\n",
        group);
  text +=
      "ext:\n"
      "  doctype:\n"
      "    content: recommendation\n";
  return text;
}

Document read_one(const std::string& text) {
  Diagnostics diags;
  RecordSet set = load_relaton_text(text, "record.yaml", diags);
  INFO(text);
  REQUIRE(diags.items().empty());
  REQUIRE(set.documents.size() == 1);
  return set.documents[0];
}

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("every range holds its first and last number, and its neighbours lie outside it",
          "[series]") {
  REQUIRE_FALSE(series_ranges().empty());
  for (const SeriesRange& range : series_ranges()) {
    INFO(range.label());
    CHECK(range.first <= range.last);
    CHECK(range.group.substr(0, 2) == "SG");
    CHECK_FALSE(range.title.empty());
    CHECK_FALSE(range.source.empty());
    for (int n : {range.first, (range.first + range.last) / 2, range.last})
      CHECK(series_range_of(fmt::format("{}.{}", range.series, n)) == &range);
    for (int n : {range.first - 1, range.last + 1})
      CHECK(series_range_of(fmt::format("{}.{}", range.series, n)) != &range);
  }
}

TEST_CASE("the ranges are in order and do not overlap", "[series]") {
  auto ranges = series_ranges();
  for (std::size_t i = 1; i < ranges.size(); ++i) {
    INFO(ranges[i - 1].label() << " then " << ranges[i].label());
    CHECK((ranges[i - 1].series < ranges[i].series ||
           (ranges[i - 1].series == ranges[i].series && ranges[i - 1].last < ranges[i].first)));
  }
}

TEST_CASE("X.1000-X.1999 is SG17's, and its label names the range", "[series]") {
  const SeriesRange* range = series_range_of("X.1710");
  REQUIRE(range != nullptr);
  CHECK(range->group == "SG17");
  CHECK(range->label() == "X.1000-X.1999");
  CHECK(series_range_of("X.1999") == range);
  CHECK(series_range_of("X.2000") != range);
  CHECK(series_range_of("X.999") != range);
}

TEST_CASE("editions, amendments and subdivisions lie in their Recommendation's range", "[series]") {
  const SeriesRange* range = series_range_of("X.1710");
  REQUIRE(range != nullptr);
  CHECK(series_range_of("X.1710 (10/2020)") == range);
  CHECK(series_range_of("ITU-T X.1710 (10/2020)") == range);
  CHECK(series_range_of("X.1081 (2004) Amd. 1 (10/2009)") == range);
  CHECK(series_range_of("X.1051 (2016) Cor. 1 (09/2017)") == range);
  CHECK(series_range_of("X.1080.0 (10/2017)") == range);
}

TEST_CASE("a supplement to a series and a provisional name lie in no range", "[series]") {
  CHECK(series_range_of("X Suppl. 5") == nullptr);
  CHECK(series_range_of("X Suppl. 13 (09/2018)") == nullptr);
  CHECK(series_range_of("X.Suppl.5") == nullptr);
  CHECK(series_range_of("ITU-T X Suppl. 5") == nullptr);
  CHECK(series_range_of("X.sg-dtn") == nullptr);
  CHECK(series_range_of("X.1051rev") == nullptr);
  CHECK(series_range_of("X.5Gsec-message") == nullptr);
  CHECK(series_range_of("ITU-R P.841-7") == nullptr);
  CHECK(series_range_of("") == nullptr);
}

TEST_CASE("a double number lies in a range only when both numbers are one group's", "[series]") {
  const SeriesRange* f400 = series_range_of("F.400");
  const SeriesRange* x400 = series_range_of("X.400");
  REQUIRE(f400 != nullptr);
  REQUIRE(x400 != nullptr);
  REQUIRE(f400->group == x400->group);
  CHECK(series_range_of("F.400/X.400 (06/1999)") == f400);
  const SeriesRange* y4000 = series_range_of("Y.4000");
  REQUIRE(y4000 != nullptr);
  REQUIRE(y4000->group != x400->group);
  CHECK(series_range_of("X.400/Y.4000") == nullptr);
  CHECK(series_range_of("X.400/E.164") == nullptr);  // E.164 is in no range
}

TEST_CASE("a Relaton record naming no study group gets its range's group, marked inferred",
          "[series][relaton]") {
  Document d = read_one(relaton_record(
      "ITU-T X.1710 (10/2020)", "Security framework for quantum key distribution networks", ""));
  CHECK(d.group() == "SG17");
  CHECK(d.group_inferred_from == "X.1000-X.1999");
}

TEST_CASE("a study group the record names is kept, not inferred", "[series][relaton]") {
  Document d =
      read_one(relaton_record("ITU-T X.1710 (10/2020)", "A title", "ITU-T Study Group 13"));
  CHECK(d.group() == "SG13");
  CHECK(d.group_inferred_from.empty());
}

TEST_CASE("a Relaton supplement or a number in no range gets no group", "[series][relaton]") {
  for (const char* id : {"ITU-T X Suppl. 5 (01/2009)", "ITU-T E.164 (11/2010)"}) {
    Document d = read_one(relaton_record(id, "A title", ""));
    INFO(id);
    CHECK(d.group().empty());
    CHECK(d.group_inferred_from.empty());
  }
}

TEST_CASE("show and the JSON outputs say the group was inferred, also from the cache",
          "[series][relaton][cli]") {
  test::TempDir dir;
  write(dir.path / "itu-t-x-1710-10-2020.yaml",
        relaton_record("ITU-T X.1710 (10/2020)",
                       "Security framework for quantum key distribution networks", ""));
  for (int run = 0; run < 2; ++run) {  // the second run reads the cache
    INFO("run " << run);
    auto text = test::run_stdgraph({"--data", dir.path.string(), "show", "X.1710"});
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("SG17 (ITU-T Study Group 17; inferred from the X.1000-X.1999 series)") !=
          std::string::npos);
    auto json =
        test::run_stdgraph({"--data", dir.path.string(), "show", "X.1710", "--format", "json"});
    REQUIRE(json.exit_code == 0);
    auto shown = nlohmann::json::parse(json.out);
    CHECK(shown["group"]["id"] == "SG17");
    CHECK(shown["group"]["inferred_from"] == "X.1000-X.1999");
  }
  auto exported = test::run_stdgraph({"--data", dir.path.string(), "export", "--format", "json"});
  REQUIRE(exported.exit_code == 0);
  const nlohmann::json graph = nlohmann::json::parse(exported.out);
  bool found = false;
  for (const auto& node : graph["nodes"])
    if (node["label"] == "X.1710 (10/2020)") {
      found = true;
      CHECK(node["group"] == "SG17");
      CHECK(node["group_inferred_from"] == "X.1000-X.1999");
    }
  CHECK(found);
}

TEST_CASE("roadmap and gaps by group say how many items they left out for naming no group",
          "[series][roadmap][gaps][cli]") {
  test::TempDir dir;
  const std::string records = test::data_dir() + "/records";
  auto count = [&](const std::vector<std::string>& data) {
    std::vector<std::string> data_args = {"--data"};
    data_args.insert(data_args.end(), data.begin(), data.end());
    auto run = [&](std::vector<std::string> args) {
      args.insert(args.begin(), data_args.begin(), data_args.end());
      auto result = test::run_stdgraph(args);
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
      return nlohmann::json::parse(result.out);
    };
    auto roadmap = run(
        {"roadmap", "--group", "SG17", "--format", "json", "-o", (dir.path / "sg17.dot").string()});
    auto gaps = run({"gaps", "--taxonomy", "qkdn", "--group", "SG17", "--format", "json"});
    return std::pair<std::size_t, std::size_t>{roadmap["no_group"], gaps["no_group"]};
  };
  auto [roadmap_before, gaps_before] = count({records});

  // A record in no range (E.164) names no group: one more left out. One in X.1000-X.1999
  // gets SG17: none more left out.
  const auto extra = dir.path / "catalogue";
  std::filesystem::create_directories(extra);
  write(extra / "e164.yaml",
        relaton_record("ITU-T E.164 (11/2010)", "Quantum key distribution numbering plan", ""));
  write(extra / "x1710.yaml",
        relaton_record("ITU-T X.1710 (10/2020)",
                       "Security framework for quantum key distribution networks", ""));
  auto [roadmap_after, gaps_after] = count({records, extra.string()});
  CHECK(roadmap_after == roadmap_before + 1);
  CHECK(gaps_after == gaps_before + 1);

  auto text = test::run_stdgraph({"--data", records, extra.string(), "roadmap", "--group", "SG17",
                                  "-o", (dir.path / "sg17.svg").string()});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find(fmt::format("{} item{} no group and {} not drawn", roadmap_after,
                                  roadmap_after == 1 ? " names" : "s name",
                                  roadmap_after == 1 ? "is" : "are")) != std::string::npos);
  auto roadmap = nlohmann::json::parse(
      test::run_stdgraph({"--data", records, extra.string(), "roadmap", "--group", "SG17",
                          "--format", "json", "-o", (dir.path / "sg17.dot").string()})
          .out);
  bool drawn = false;
  for (const auto& id : roadmap["node_ids"]) drawn = drawn || id == "X.1710 (10/2020)";
  CHECK(drawn);
}

TEST_CASE("data/README.md lists every range of the table with its group", "[series][docs]") {
  const std::string readme = test::read_file(test::source_path("data/README.md"));
  for (const SeriesRange& range : series_ranges()) {
    INFO(range.label());
    CHECK(readme.find(fmt::format("| {} | {} |", range.label(), range.group)) != std::string::npos);
  }
}
