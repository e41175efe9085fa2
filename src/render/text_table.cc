#include "stdgraph/render/text_table.h"

#include <algorithm>

#include "stdgraph/util/escape.h"

namespace stdgraph::render {

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

void TextTable::write(std::ostream& out) const {
  // Every cell as the terminal will show it, measured after escaping.
  std::vector<std::vector<std::string>> shown;
  std::vector<std::size_t> width;
  for (const auto& [row, verbatim] : rows_) {
    shown.emplace_back();
    for (std::size_t i = 0; i < row.size(); ++i) {
      shown.back().push_back(terminal_safe(row[i], Breaks::space));
      if (verbatim) continue;
      if (width.size() <= i) width.resize(i + 1, 0);
      width[i] = std::max(width[i], display_width(shown.back().back()));
    }
  }
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const std::vector<std::string>& row = shown[r];
    if (rows_[r].verbatim) {
      out << (row[0].empty() ? "" : indent_ + row[0]) << '\n';
      continue;
    }
    std::string line = indent_;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string& cell = row[i];
      line += cell;
      if (i + 1 < row.size()) line.append(width[i] - display_width(cell) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

std::string name(std::string_view text) {
  return terminal_safe(text);
}

std::string prose(std::string_view text) {
  return terminal_safe(text, Breaks::space);
}

std::string names(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : ", ") + name(item);
  return out;
}

std::string pad(const std::string& s, std::size_t width) {
  std::size_t w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

}  // namespace stdgraph::render
