#include "input_check.h"

#include <yaml.h>

#include "libyaml_parser.h"

#include <memory>

#include <fmt/format.h>

#include "stdgraph/load/load.h"

namespace stdgraph {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Line and column (1-based, the column in characters) of byte `at`.
SourcePos position(std::string_view text, std::size_t at, const std::string& file) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {  // not a continuation byte: a new character
      ++column;
    }
  }
  return {file, line, column};
}

// The encoding a byte order mark or the first bytes show (the detection of the YAML
// spec, 5.2), or "" for UTF-8.
std::string_view wide_encoding(std::string_view t) {
  auto at = [&](std::size_t i) { return i < t.size() ? static_cast<unsigned char>(t[i]) : 0x100; };
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32";
  if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return "UTF-32";
  if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0 && at(3) != 0x100) return "UTF-32";
  if (at(0) != 0 && at(0) != 0x100 && at(1) == 0 && at(2) == 0 && at(3) == 0) return "UTF-32";
  if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0xFF && at(1) == 0xFE)) return "UTF-16";
  if (at(0) == 0 && at(1) != 0 && at(1) != 0x100) return "UTF-16";
  if (at(0) != 0 && at(0) != 0x100 && at(1) == 0) return "UTF-16";
  return {};
}

// Characters YAML allows in a stream (YAML 1.2, c-printable): tab, line ends, printable
// ASCII, NEL and the rest of Unicode but surrogates, U+FFFE and U+FFFF.
bool yaml_printable(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
         (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Decodes one UTF-8 character at `i`; returns its length, or 0 when the bytes there are
// not valid UTF-8 (overlong forms and surrogates included).
std::size_t decode_utf8(std::string_view t, std::size_t i, char32_t& c) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
  unsigned char b = byte(i);
  std::size_t n;
  if (b < 0x80) {
    c = b;
    return 1;
  } else if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
    c = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    c = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    c = b & 0x07;
  } else {
    return 0;
  }
  if (i + n > t.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF))) return 0;
  if (c >= 0xD800 && c <= 0xDFFF) return 0;
  return n;
}

}  // namespace

bool check_input(std::string_view& text, const std::string& file, Diagnostics& diags) {
  if (text.size() > kMaxRecordFileBytes) {
    diags.error({file, 1, 1}, "too-large",
                fmt::format("the file is {:.1f} MB; stdgraph reads record files of up to {} MB",
                            text.size() / 1048576.0, kMaxRecordFileBytes >> 20),
                "split the records over several files (identity does not depend on the file)");
    return false;
  }
  if (std::string_view wide = wide_encoding(text); !wide.empty()) {
    diags.error({file, 1, 1}, "bad-encoding", fmt::format("the file is {}, not UTF-8", wide),
                "save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
    return false;
  }
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    std::size_t n = decode_utf8(text, i, c);
    if (n == 0) {
      diags.error(position(text, i, file), "bad-encoding",
                  fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(text[i])),
                  "save the file as UTF-8; it may be in Latin-1 or Windows-1252");
      return false;
    }
    if (c == 0) {
      diags.error(position(text, i, file), "bad-encoding",
                  "NUL byte: this is not a text file (or it is UTF-16 without a byte order mark)",
                  "record files are YAML text in UTF-8; save it as UTF-8 or remove the NUL");
      return false;
    }
    if (!yaml_printable(c)) {
      diags.error(position(text, i, file), "bad-character",
                  fmt::format("control character U+{:04X} is not allowed in YAML",
                              static_cast<std::uint32_t>(c)),
                  "delete it; in a double-quoted string it may be written as an escape (\\x..)");
      return false;
    }
    i += n;
  }
  return true;
}

bool check_yaml_structure(std::string_view text, const std::string& file, Diagnostics& diags) {
  LibyamlParser parser(new yaml_parser_t);
  if (!yaml_parser_initialize(parser.get())) return true;  // the real parser will say
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  int depth = 0;
  for (;;) {
    yaml_event_t event;
    if (!yaml_parser_parse(parser.get(), &event)) return true;
    yaml_event_type_t type = event.type;
    SourcePos pos{file, static_cast<int>(event.start_mark.line) + 1,
                  static_cast<int>(event.start_mark.column) + 1};
    yaml_event_delete(&event);
    switch (type) {
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT:
        if (++depth > kMaxYamlDepth) {
          diags.error(pos, "too-deep",
                      fmt::format("the YAML nests deeper than {} levels", kMaxYamlDepth),
                      "records nest a few levels at most; look for unclosed `[` or `{`");
          return false;
        }
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        --depth;
        break;
      case YAML_ALIAS_EVENT:
        diags.error(pos, "yaml-alias", "YAML aliases (`*name`) are not accepted in record files",
                    "write the value out in full where the alias stands");
        return false;
      case YAML_STREAM_END_EVENT:
        return true;
      default:
        break;
    }
  }
}

std::string readable_message(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  for (std::size_t i = 0; i < message.size();) {
    char32_t c;
    if (std::size_t n = decode_utf8(message, i, c)) {
      out.append(message.substr(i, n));
      i += n;
    } else {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(message[i++]));
    }
  }
  return out;
}

void add_syntax_error(Diagnostics& diags, const std::string& file, int line, int column,
                      std::string_view message, std::string_view text) {
  diags.error({file, line, column}, "yaml-syntax",
              fmt::format("YAML syntax error: {}", readable_message(message)),
              syntax_hint(text, line));
}

std::string syntax_hint(std::string_view text, int line) {
  std::size_t start = 0;
  for (int l = 1; l < line && start != std::string_view::npos; ++l) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start != std::string_view::npos && line >= 1) {
    std::string_view rest = text.substr(start);
    std::size_t indent = rest.find_first_not_of(" \t");
    if (rest.substr(0, indent).find('\t') != std::string_view::npos)
      return "YAML indents with spaces only: replace the tabs at the start of this line with "
             "spaces";
  }
  return "check the indentation and quoting on this line and the one before";
}

}  // namespace stdgraph
