#include "stdgraph/util/escape.h"

#include <array>
#include <cstdint>

#include <fmt/format.h>

namespace stdgraph {
namespace {

// The code point of the UTF-8 sequence at text[i], and its length; length 0 when the
// bytes there are not valid UTF-8 (overlong, surrogate, past U+10FFFF or cut short).
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return {b, 1};
  std::size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (length == 0 || b >= 0xF8 || i + length > text.size()) return {0, 0};
  char32_t cp = b & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0, 0};
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, 0};
  return {cp, length};
}

constexpr char kHex[] = "0123456789abcdef";

bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// `\x1b` (digits 2) or `\u202e` (digits 4).
void append_hex_escape(std::string& out, char prefix, char32_t value, int digits) {
  out += '\\';
  out += prefix;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(value >> shift) & 15];
}

}  // namespace

std::string dot_quoted(std::string_view text) {
  std::string out;
  append_dot_quoted(out, text);
  return out;
}

void append_dot_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\') {
      // Graphviz's reader keeps a backslash as it is, and a pair of them as a pair: only
      // `\"` is an escape. So backslashes are written as they are, except that a run of an odd
      // number before a quote or the closing quote would escape it: that run gets one more
      // (the one case a DOT reader gets back with a backslash added).
      std::size_t end = text.find_first_not_of('\\', i);
      std::size_t run = (end == std::string_view::npos ? text.size() : end) - i;
      out.append(run, '\\');
      if (run % 2 == 1 && (end == std::string_view::npos || text[end] == '"')) out += '\\';
      i += run - 1;
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += ' ';
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      continue;  // CR and other controls: nothing a label needs
    } else {
      out += c;
    }
  }
  out += '"';
}

std::string xml_escaped(std::string_view text) {
  std::string out;
  append_xml_escaped(out, text);
  return out;
}

void append_xml_escaped(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto [cp, length] = decode(text, i);
    if (length == 0) {
      ++i;  // not UTF-8: dropped
      continue;
    }
    bool allowed =
        cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
    if (allowed) {
      switch (cp) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&apos;";
          break;
        // CR and tab in an attribute would be normalised to spaces by a reader.
        case '\r':
          out += "&#13;";
          break;
        case '\t':
          out += "&#9;";
          break;
        case '\n':
          out += "&#10;";
          break;
        default:
          out.append(text.substr(i, length));
      }
    }
    i += length;
  }
}

std::string json_quoted(std::string_view text) {
  std::string out;
  append_json_quoted(out, text);
  return out;
}

void append_json_quoted(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      auto [cp, length] = decode(text, i);
      if (length == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    auto [cp, length] = decode(text, i);
    if (length == 0) {
      out += "\\ufffd";
      ++i;
      continue;
    }
    if (cp == '"') {
      out += "\\\"";
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x100 && is_terminal_control(cp)) {
      append_hex_escape(out, 'x', cp, 2);
    } else if (is_terminal_control(cp) || cp == 0xFFFE || cp == 0xFFFF) {
      append_hex_escape(out, 'u', cp, 4);
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  out += '"';
  return out;
}

bool is_terminal_control(char32_t c) {
  if (c == '\n' || c == '\r' || c == '\t') return false;
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || is_bidi_control(c);
}

std::string terminal_safe(std::string_view text, Breaks breaks) {
  std::string out;
  append_terminal_safe(out, text, breaks);
  return out;
}

void append_terminal_safe(std::string& out, std::string_view text, Breaks breaks) {
  out.reserve(out.size() + text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto u = static_cast<unsigned char>(text[i]);
    // Printable ASCII, the bulk of every title, goes straight through.
    std::size_t run = i;
    while (run < text.size() && static_cast<unsigned char>(text[run]) >= 0x20 &&
           static_cast<unsigned char>(text[run]) < 0x7F)
      ++run;
    if (run > i) {
      out.append(text.substr(i, run - i));
      i = run;
      continue;
    }
    if (u == '\n' || u == '\r' || u == '\t') {
      if (breaks == Breaks::escape)
        out += u == '\n' ? "\\n" : u == '\r' ? "\\r" : "\\t";
      else if (breaks == Breaks::keep && u == '\n')
        out += '\n';
      else
        out += ' ';
      ++i;
      continue;
    }
    auto [cp, length] = u < 0x80 ? std::pair<char32_t, std::size_t>{u, 1} : decode(text, i);
    if (length == 0) {
      append_hex_escape(out, 'x', u, 2);  // a byte that is not UTF-8
      ++i;
    } else if (cp < 0x80) {
      append_hex_escape(out, 'x', cp, 2);  // C0 or DEL
      i += length;
    } else if (is_terminal_control(cp)) {
      append_hex_escape(out, 'u', cp, 4);  // C1 or bidi
      i += length;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
}

std::optional<UnsafeCharacter> first_unsafe_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x80) {
      if (is_terminal_control(u)) return UnsafeCharacter{i, u, false};
      ++i;
      continue;
    }
    auto [cp, length] = decode(text, i);
    if (length == 0) return UnsafeCharacter{i, u, true};
    if (is_terminal_control(cp)) return UnsafeCharacter{i, cp, false};
    i += length;
  }
  return std::nullopt;
}

std::string describe_character(const UnsafeCharacter& c) {
  static constexpr std::array<const char*, 32> kC0 = {
      "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "TAB", "LF",
      "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
      "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  static constexpr std::pair<char32_t, const char*> kNamed[] = {
      {0x7F, "DEL"},
      {0x85, "NEXT LINE"},
      {0x90, "DEVICE CONTROL STRING"},
      {0x9B, "CONTROL SEQUENCE INTRODUCER"},
      {0x9D, "OPERATING SYSTEM COMMAND"},
      {0x061C, "ARABIC LETTER MARK"},
      {0x200E, "LEFT-TO-RIGHT MARK"},
      {0x200F, "RIGHT-TO-LEFT MARK"},
      {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
      {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
      {0x202C, "POP DIRECTIONAL FORMATTING"},
      {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
      {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
      {0x2066, "LEFT-TO-RIGHT ISOLATE"},
      {0x2067, "RIGHT-TO-LEFT ISOLATE"},
      {0x2068, "FIRST STRONG ISOLATE"},
      {0x2069, "POP DIRECTIONAL ISOLATE"},
  };
  if (c.invalid)
    return fmt::format("byte 0x{:02X} (not UTF-8)", static_cast<unsigned>(c.code_point));
  std::string out = fmt::format("U+{:04X}", static_cast<std::uint32_t>(c.code_point));
  const char* name = c.code_point < 0x20 ? kC0[c.code_point] : nullptr;
  for (const auto& [code_point, text] : kNamed)
    if (code_point == c.code_point) name = text;
  if (!name && c.code_point >= 0x80 && c.code_point <= 0x9F) name = "C1 control";
  return name ? fmt::format("{} ({})", out, name) : out;
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else if (u >= 0x20 && u != 0x7F)
      out += c;
  }
  return out;
}

}  // namespace stdgraph
