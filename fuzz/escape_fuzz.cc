// The escapers of terminal text and CSV on any bytes. terminal_safe, in each of its three
// modes, gives valid UTF-8 with no control character (a line feed only where `keep` keeps
// it), no C1 control and no bidi control; it is a fixed point (escaping twice is escaping
// once) and leaves text with nothing to escape as it was. csv_field gives a field that
// reads back as the value, or as ' and the value when the value would start a formula;
// only a value that is wholly a number (checked against strtod) keeps a formula prefix.
#include <cstdlib>
#include <optional>
#include <string>

#include "fuzz_check.h"
#include "stdgraph/render/csv.h"
#include "stdgraph/util/escape.h"

namespace {

using stdgraph::Breaks;

// The code points of text, or nullopt if it is not valid UTF-8 (written apart from the
// decoder under test).
std::optional<std::u32string> utf8_code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    std::size_t n = b < 0x80             ? 1
                    : (b & 0xE0) == 0xC0 ? 2
                    : (b & 0xF0) == 0xE0 ? 3
                    : (b & 0xF8) == 0xF0 ? 4
                                         : 0;
    if (n == 0 || i + n > text.size()) return std::nullopt;
    char32_t c = n == 1 ? b : b & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
      auto cont = static_cast<unsigned char>(text[i + k]);
      if ((cont & 0xC0) != 0x80) return std::nullopt;
      c = (c << 6) | (cont & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kMin[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;
    out += c;
    i += n;
  }
  return out;
}

bool bidi(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

void check_terminal_safe(std::string_view text, Breaks breaks) {
  std::string out = stdgraph::terminal_safe(text, breaks);
  auto points = utf8_code_points(out);
  FUZZ_CHECK(points.has_value());
  for (char32_t c : *points) {
    FUZZ_CHECK(c >= 0x20 || (c == '\n' && breaks == Breaks::keep));
    FUZZ_CHECK(c < 0x7F || c > 0x9F);  // DEL and C1
    FUZZ_CHECK(!bidi(c));
  }
  FUZZ_CHECK(stdgraph::terminal_safe(out, breaks) == out);
  FUZZ_CHECK(!stdgraph::first_unsafe_character(out));
  // Nothing to escape: unchanged. Line breaks and tabs count as escaped in `escape`; in
  // `space` and `keep` they become spaces (a line feed stays in `keep`).
  bool layout = text.find_first_of(breaks == Breaks::keep ? "\r\t" : "\n\r\t") != text.npos;
  bool plain = !stdgraph::first_unsafe_character(text) && !layout;
  FUZZ_CHECK(plain == (out == text));
  if (breaks == Breaks::keep) {
    std::size_t lines = 0;
    for (char c : text) lines += c == '\n';
    for (char c : out) lines -= c == '\n';
    FUZZ_CHECK(lines == 0);
  }
}

bool formula_start(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// Wholly a decimal number, told by strtod: only the characters of one, all of them read.
bool strtod_number(const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789+-.eE") != std::string::npos) return false;
  char* end = nullptr;
  (void)std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

void check_csv(std::string_view value) {
  std::string field = stdgraph::csv_field(value);
  // Read it back as RFC 4180 does.
  std::string read;
  if (!field.empty() && field.front() == '"') {
    FUZZ_CHECK(field.size() >= 2 && field.back() == '"');
    for (std::size_t i = 1; i + 1 < field.size(); ++i) {
      if (field[i] == '"') {
        FUZZ_CHECK(field[i + 1] == '"' && i + 2 < field.size());
        ++i;
      }
      read += field[i];
    }
  } else {
    FUZZ_CHECK(field.find_first_of(",\"\r\n") == std::string::npos);
    FUZZ_CHECK(field.empty() || (field.front() != ' ' && field.back() != ' '));
    read = field;
  }
  std::string text(value);
  bool number = stdgraph::csv_number(value);
  FUZZ_CHECK(number == strtod_number(text));
  bool neutralised = !text.empty() && formula_start(text[0]) && !number;
  FUZZ_CHECK(read == (neutralised ? "'" + text : text));
  FUZZ_CHECK(read.empty() || !formula_start(read[0]) || number);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = stdgraph::fuzz::text_of(data, size);
  for (Breaks breaks : {Breaks::escape, Breaks::space, Breaks::keep})
    check_terminal_safe(text, breaks);
  check_csv(text);
  return 0;
}
