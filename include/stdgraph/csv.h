// CSV as RFC 4180 writes it, for every command's --format csv.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph {

// One field: as it is, or in double quotes with its quotes doubled when it holds a comma,
// a double quote, a CR or a LF (or starts or ends with a space, which some readers trim).
// A field a spreadsheet would run as a formula (= + - @, not a number) gets a leading '.
std::string csv_field(std::string_view value);

// One record: the fields joined by commas, ended by CRLF.
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace stdgraph
