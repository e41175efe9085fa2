#include "stdgraph/csv.h"

#include <cctype>

namespace stdgraph {

std::string csv_field(std::string_view value) {
  std::string text;
  // A spreadsheet runs a field starting with = + - @ as a formula; a quote mark in front
  // keeps it text. Numbers such as -1 stay as they are.
  bool number = value.size() > 1 && (value[0] == '-' || value[0] == '+') &&
                std::isdigit(static_cast<unsigned char>(value[1]));
  if (!value.empty() && !number &&
      (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'))
    text = "'";
  text += value;
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    out << csv_field(fields[i]);
  }
  out << "\r\n";
}

}  // namespace stdgraph
