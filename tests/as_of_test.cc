// --as-of as every command reads it (model.h parse_as_of).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "stdgraph/model/model.h"
#include "support.h"

using namespace stdgraph;

TEST_CASE("as of a year or a month means as of its last day", "[model][as-of]") {
  struct Row {
    const char* text;
    const char* read;  // "" when refused
  };
  const Row rows[] = {
      {"2023", "2023-12-31"},
      {"2023-09", "2023-09-30"},
      {"2024-02", "2024-02-29"},
      {"2023-02", "2023-02-28"},
      {"1900-02", "1900-02-28"},
      {"2000-02", "2000-02-29"},
      {"2023-09-08", "2023-09-08"},
      {"2023-12", "2023-12-31"},
      {"2023-02-30", ""},
      {"9999", ""},
      {"23", ""},
      {"", ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto date = parse_as_of(row.text);
    CHECK(date.has_value() == (*row.read != '\0'));
    if (date) CHECK(date->to_string() == row.read);
    if (!date) CHECK_FALSE(date_problem(row.text).empty());
  }
  CHECK(last_day(Date{}).empty());
}

TEST_CASE("roadmap and gaps read --as-of 2023 as 2023-12-31", "[as-of][cli]") {
  test::TempDir dir;
  auto roadmap = [&](const char* as_of) {
    auto r = test::run_stdgraph(
        {"roadmap", "--as-of", as_of, "--format", "json", "-o", (dir.path / "r.dot").string()});
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out)["documents"].get<int>();
  };
  auto gaps = [&](const char* as_of) {
    auto r =
        test::run_stdgraph({"gaps", "--taxonomy", "trust", "--as-of", as_of, "--format", "json"});
    REQUIRE(r.exit_code == 0);
    return r.out;
  };
  CHECK(roadmap("2023") == roadmap("2023-12-31"));
  CHECK(roadmap("2023-09") == roadmap("2023-09-30"));
  CHECK(gaps("2023") == gaps("2023-12-31"));
  CHECK(gaps("2023-09") == gaps("2023-09-30"));
}
