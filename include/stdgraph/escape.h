// Escaping text for the formats stdgraph writes, so that no title can break out of its
// place: DOT quoted strings, XML (GraphML) text and attributes, plain terminal text.
#pragma once

#include <string>
#include <string_view>

namespace stdgraph {

// A DOT quoted string, quotes included: `"` and `\` escaped, a line break as the label
// escape `\n`, a tab as a space, other control characters dropped. Safe for any id or attribute
// value.
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

// One line of terminal text: line breaks and tabs as spaces, other control characters
// (escape sequences included) dropped.
std::string one_line(std::string_view text);

}  // namespace stdgraph
