#include <sstream>

#include <catch2/catch.hpp>

#include "stdgraph/csv.h"

using stdgraph::csv_field;

TEST_CASE("CSV fields are quoted as RFC 4180 says") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("") == "");
  std::ostringstream out;
  stdgraph::write_csv_row(out, {"X.1051", "a, b", ""});
  CHECK(out.str() == "X.1051,\"a, b\",\r\n");
}

TEST_CASE("a field a spreadsheet would run as a formula is made inert") {
  CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(csv_field("-1") == "-1");
  CHECK(csv_field("-cmd") == "'-cmd");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
}
