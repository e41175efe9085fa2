#include <sstream>

#include <catch2/catch.hpp>

#include "stdgraph/render/csv.h"

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

TEST_CASE("only a field that is wholly a number keeps a leading sign") {
  // Issue 16, item 6: a sign and a digit were taken for a number.
  CHECK(csv_field("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0");
  CHECK(csv_field("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0");
  CHECK(csv_field("-1,2") == "\"'-1,2\"");
  for (const char* number : {"-1", "+2.5", "-1.5e+3", "-.5", "-1.", "+0", "-2E-7"}) {
    INFO(number);
    CHECK(stdgraph::csv_number(number));
    CHECK(csv_field(number) == number);
  }
  for (const char* text : {"-", "+", "-.", "-1e", "-1e+", "-inf", "-nan", "-0x1F", "- 1", "-1 ",
                           "--1", "-1-", "-1.2.3", "+1e5x"}) {
    INFO(text);
    CHECK_FALSE(stdgraph::csv_number(text));
    CHECK(csv_field(text).find('\'') != std::string::npos);
  }
  CHECK(stdgraph::csv_number("3e4"));
  CHECK_FALSE(stdgraph::csv_number(""));
}

TEST_CASE("a field starting with a tab or a carriage return is made inert too") {
  CHECK(csv_field("\t=1+1") == "'\t=1+1");
  CHECK(csv_field("\r=1+1") == "\"'\r=1+1\"");
  CHECK(csv_field("a\t=1") == "a\t=1");  // not at the start: text already
}
