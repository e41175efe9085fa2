// Escaping text for the formats stdgraph writes, so that no title can break out of its
// place: DOT quoted strings, XML (GraphML) text and attributes, JSON strings, terminal text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stdgraph {

// A DOT quoted string, quotes included, that Graphviz reads back as `text`: `"` escaped,
// a backslash kept as it is (Graphviz's reader keeps `\\` as two), except that an odd run of
// them before a quote or at the end gets one more (the only text DOT cannot carry exactly);
// a line break as the label escape `\n`, a tab as a space, other control characters dropped.
// Safe for any id or attribute value.
std::string dot_quoted(std::string_view text);
void append_dot_quoted(std::string& out, std::string_view text);

// XML 1.0 character data or attribute value: & < > " ' as entities; characters XML 1.0
// forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) and invalid UTF-8 dropped.
std::string xml_escaped(std::string_view text);
void append_xml_escaped(std::string& out, std::string_view text);

// A JSON string, quotes included: `"`, `\` and control characters escaped; invalid UTF-8
// replaced by U+FFFD. For writers that stream JSON rather than build it.
std::string json_quoted(std::string_view text);
void append_json_quoted(std::string& out, std::string_view text);

// A YAML double-quoted scalar, quotes included, that a YAML reader reads back as `text`:
// `"` and `\` escaped, line breaks and tabs as `\n`, `\r`, `\t`, and every character YAML
// does not allow as it is or a terminal would obey (C0 and C1 controls, DEL, bidi controls,
// U+FFFE, U+FFFF) as `\xNN` or `\uNNNN`; bytes that are not UTF-8 as U+FFFD. For lines a
// user pastes into a record file (`link --format links`).
std::string yaml_quoted(std::string_view text);

// What terminal_safe does with a line feed, a carriage return and a tab.
enum class Breaks {
  escape,  // `\n`, `\r`, `\t`: one line that shows they were there (ids, file names)
  space,   // a space each: one line of running text (titles, names)
  keep,    // a line feed stays; carriage return and tab as spaces (a scope of several lines)
};

// Text a terminal shows as text and never obeys: every control character and every
// bidirectional formatting character written as a visible escape, never dropped:
//   C0 controls and DEL    `\x1b`, `\x00`, `\x7f` (LF, CR, tab as `breaks` says)
//   C1 controls            `\u009b` (U+0080..U+009F: 8-bit CSI, OSC, NEL, ...)
//   bidi controls          `\u202e` (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069)
//   bytes not UTF-8        `\xff`
// The result is valid UTF-8; every other character is kept, backslashes included, so
// plain text comes back unchanged and terminal_safe(terminal_safe(t)) == terminal_safe(t).
// A character is one column of display_width in and out: widths measured on the result
// hold.
std::string terminal_safe(std::string_view text, Breaks breaks = Breaks::escape);
void append_terminal_safe(std::string& out, std::string_view text, Breaks breaks = Breaks::escape);

// True for a code point terminal_safe escapes in every mode (C0 but LF, CR and tab; DEL;
// C1; bidi controls). LF, CR and tab are not counted: they are layout, not commands.
bool is_terminal_control(char32_t c);

// The first character of `text` that terminal_safe would escape in every mode, with its
// byte offset: a control or bidi character, or a byte that is not UTF-8 (`invalid`, with
// the byte as `code_point`). nullopt when there is none. For checks that warn about such
// text before it is shown (validate).
struct UnsafeCharacter {
  std::size_t offset = 0;
  char32_t code_point = 0;
  bool invalid = false;
};
std::optional<UnsafeCharacter> first_unsafe_character(std::string_view text);

// "U+001B (ESC)", "U+202E (RIGHT-TO-LEFT OVERRIDE)", "byte 0xFF (not UTF-8)": for messages.
std::string describe_character(const UnsafeCharacter& c);

// One line of text with line breaks and tabs as spaces and other control characters
// (escape sequences included) dropped. Not for the terminal, where terminal_safe shows
// what was there instead.
std::string one_line(std::string_view text);

}  // namespace stdgraph
