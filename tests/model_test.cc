#include <catch2/catch.hpp>

#include "stdgraph/analysis/validate.h"
#include "stdgraph/model/model.h"

using namespace stdgraph;

TEST_CASE("dates: full, month or year, calendar-checked", "[model]") {
  struct Row {
    const char* text;
    bool valid;
    const char* printed;
  };
  const Row rows[] = {
      {"2023-09-08", true, "2023-09-08"}, {"2023-09", true, "2023-09"}, {"2023", true, "2023"},
      {"2024-02-29", true, "2024-02-29"}, {"2023-02-29", false, ""},    {"2023-02-30", false, ""},
      {"2023-13-01", false, ""},          {"2023-00", false, ""},       {"23-09-08", false, ""},
      {"2023/09/08", false, ""},          {"2023-9-8", false, ""},      {"", false, ""},
      {"next year", false, ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto date = parse_date(row.text);
    REQUIRE(date.has_value() == row.valid);
    if (date) CHECK(date->to_string() == row.printed);
  }
}

TEST_CASE("a year-only date overlaps every day of that year", "[model]") {
  auto d = [](const char* t) { return *parse_date(t); };
  CHECK_FALSE(definitely_before(d("2023"), d("2023-09-08")));
  CHECK_FALSE(definitely_before(d("2023-09-08"), d("2023")));
  CHECK(definitely_before(d("2022"), d("2023-01-01")));
  CHECK(definitely_before(d("2023-08"), d("2023-09-01")));
  CHECK_FALSE(definitely_before(d("2023-09"), d("2023-09-30")));
  CHECK(definitely_before(d("2023-09-07"), d("2023-09-08")));
  CHECK_FALSE(definitely_before(d("2023-09-08"), d("2023-09-08")));
}

TEST_CASE("enum names round-trip and reject near misses", "[model]") {
  for (const auto& [value, name] : enum_names<Status>()) CHECK(parse_enum<Status>(name) == value);
  for (const auto& [value, name] : enum_names<RelationType>())
    CHECK(to_string(*parse_enum<RelationType>(name)) == name);
  CHECK_FALSE(parse_enum<Status>("Approved"));
  CHECK_FALSE(parse_enum<DocKind>("technical_report"));
  CHECK(parse_enum<DocKind>("technical-report") == DocKind::technical_report);
}

TEST_CASE("status ranks follow the approval process", "[model]") {
  CHECK(status_rank(Status::planned) < status_rank(Status::ongoing));
  CHECK(status_rank(Status::ongoing) < status_rank(Status::determined));
  CHECK(status_rank(Status::determined) == status_rank(Status::consented));
  CHECK(status_rank(Status::determined) < status_rank(Status::approved));
  CHECK(status_rank(Status::approved) == status_rank(Status::agreed));
  CHECK(status_rank(Status::approved) < status_rank(Status::superseded));
}

TEST_CASE("acyclic and symmetric relation types are the documented ones", "[model]") {
  for (auto t : {RelationType::supplement_to, RelationType::amends, RelationType::corrects,
                 RelationType::revises, RelationType::supersedes, RelationType::based_on})
    CHECK(is_acyclic(t));
  for (auto t : {RelationType::normative_reference, RelationType::informative_reference,
                 RelationType::common_text, RelationType::same_as, RelationType::moved_to})
    CHECK_FALSE(is_acyclic(t));
  CHECK(is_symmetric(RelationType::common_text));
  CHECK(is_symmetric(RelationType::same_as));
  CHECK_FALSE(is_symmetric(RelationType::revises));
}
