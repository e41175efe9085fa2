// CSV as RFC 4180 writes it, for every command's --format csv.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph {

// One field: as it is, or in double quotes with its quotes doubled when it holds a comma,
// a double quote, a CR or a LF (or starts or ends with a space, which some readers trim).
// A field a spreadsheet would run as a formula gets a leading ': one that starts with
// = + - @, a tab or a carriage return, unless it is wholly a number (csv_number).
std::string csv_field(std::string_view value);

// True when `text` is wholly a decimal number: an optional sign, digits with an optional
// fraction (or a fraction alone), an optional exponent: "-1", "+2.5", "3e4", "-.5", "-1.",
// "1E-3". Not "", "-", "+.", "-2+3", "1e", "-1e+", "-inf", "0x1F", "- 1", "1 ".
bool csv_number(std::string_view text);

// One record: the fields joined by commas, ended by CRLF.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace stdgraph
