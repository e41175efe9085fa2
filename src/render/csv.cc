#include "stdgraph/render/csv.h"

namespace stdgraph {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Consumes digits from text[i]; returns how many.
std::size_t digits(std::string_view text, std::size_t& i) {
  std::size_t start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  return i - start;
}

// The characters that make a spreadsheet read a cell as a formula (= + - @), and the
// tab and carriage return that some readers strip before looking (OWASP, CSV injection).
bool formula_start(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}  // namespace

bool csv_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  std::size_t whole = digits(text, i);
  std::size_t fraction = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    fraction = digits(text, i);
  }
  if (whole + fraction == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (digits(text, i) == 0) return false;
  }
  return i == text.size();
}

std::string csv_field(std::string_view value) {
  std::string text;
  // A quote mark in front keeps a would-be formula text; a number such as -1 stays as it is.
  if (!value.empty() && formula_start(value[0]) && !csv_number(value)) text = "'";
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
