// Checks on a record file's bytes before a YAML parser sees them: the limits and the
// encoding every reader enforces the same way, each failure a file:line:col error that
// says what to do.
#pragma once

#include <string>
#include <string_view>

#include "stdgraph/model/diagnostics.h"

namespace stdgraph {

// Size, encoding and characters: a file larger than kMaxRecordFileBytes; UTF-16 or UTF-32
// (by byte order mark or by NUL pattern); a NUL byte; invalid UTF-8; a control character
// YAML does not allow. On success strips a UTF-8 byte order mark from `text` (positions
// stay right: the mark is not a column) and returns true; else adds one error and returns
// false.
bool check_input(std::string_view& text, const std::string& file, Diagnostics& diags);

// The structure yaml-cpp would build without a bound: nesting deeper than kMaxYamlDepth
// and aliases (`*name`, which can expand a few lines into billions of nodes) are errors.
// Scans libyaml's events; a syntax error ends the scan quietly (the parser that follows
// reports it in its own words). Returns false after adding an error.
bool check_yaml_structure(std::string_view text, const std::string& file, Diagnostics& diags);

// A parser's message as a diagnostic can hold it: yaml-cpp quotes the one byte after a
// backslash ("unknown escape character: " and the first byte of a Chinese character), so
// bytes that are not valid UTF-8 are written as \xE8.
std::string readable_message(std::string_view message);

// The hint for a YAML syntax error on 1-based `line`: indenting with tabs gets its own.
std::string syntax_hint(std::string_view text, int line);

// The error every YAML reader gives for a parser's complaint at 1-based line:column of
// `text`: "YAML syntax error: " and the message made readable, with the syntax hint.
void add_syntax_error(Diagnostics& diags, const std::string& file, int line, int column,
                      std::string_view message, std::string_view text);

}  // namespace stdgraph
