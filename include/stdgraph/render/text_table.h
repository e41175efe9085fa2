// Aligned columns for text output: rows of cells, each column as wide as its widest cell
// (counted in characters, not bytes), two spaces apart, the last column not padded. Every
// cell and line is written as terminal_safe makes it (line breaks as spaces, controls as
// visible escapes) and measured after that, so a hostile cell neither reaches the terminal
// raw nor shifts the columns.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph::render {

class TextTable {
 public:
  explicit TextTable(std::string indent = "  ") : indent_(std::move(indent)) {}
  void add(std::vector<std::string> row) { rows_.push_back({std::move(row), false}); }
  // A line printed as it is, in its place among the rows, not counted in the widths
  // (a heading; "" for a blank line).
  void add_line(std::string line) { rows_.push_back({{std::move(line)}, true}); }
  bool empty() const { return rows_.empty(); }
  void write(std::ostream& out) const;

 private:
  std::string indent_;
  struct Row {
    std::vector<std::string> cells;
    bool verbatim = false;
  };
  std::vector<Row> rows_;
};

// Characters (UTF-8 code points) in text: its width once terminal_safe has made it (each
// escape is as many characters as it shows).
std::size_t display_width(std::string_view text);

// What the records hold, made inert for the terminal (util/escape.h): a name (an id, a file,
// a source) on one line with its controls shown; running text (a title, a note) with its
// line breaks as spaces; a list of names, comma-separated.
std::string name(std::string_view text);
std::string prose(std::string_view text);
std::string names(const std::vector<std::string>& list);
// Left-aligned in `width` characters as display_width counts them (fmt pads by code points
// too, but only once the text is escaped is its width what the terminal shows).
std::string pad(const std::string& s, std::size_t width);

}  // namespace stdgraph::render
