#include "graphviz_labels.h"

#include <cstdint>

#include <fmt/format.h>

#include "stdgraph/render/graphviz.h"

namespace stdgraph {
namespace render {

std::string truncate_words(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = text.rfind(' ', max);
  if (cut == std::string_view::npos || cut < max / 2) cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";                         // "…"
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t lines) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= ' ') {
      if (!word.empty()) words.push_back(std::move(word)), word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  std::vector<std::string> out;
  std::string line;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!line.empty() && line.size() + 1 + words[i].size() > width) {
      if (out.size() + 1 == lines) {
        std::string rest = line;
        for (std::size_t j = i; j < words.size(); ++j) rest += " " + words[j];
        out.push_back(truncate_words(rest, width));
        return out;
      }
      out.push_back(std::move(line));
      line.clear();
    }
    line += (line.empty() ? "" : " ") + words[i];
  }
  if (!line.empty()) out.push_back(truncate_words(line, width + 8));
  return out;
}

std::string label_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "\\n";
    out += graphviz_text(lines[i]);
  }
  return out;
}

}  // namespace render

namespace {

std::string graphviz_escape(std::string_view text, std::string_view backslash) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {  // newlines, tabs, other controls: one space
      if (!space && !out.empty()) out += ' ';
      space = true;
      continue;
    }
    space = c == ' ';
    if (c == '\\')
      out += backslash;
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string graphviz_text(std::string_view text) {
  return graphviz_escape(text, "\\\\");
}

std::string graphviz_tooltip(std::string_view text) {
  return graphviz_escape(text, "\\\\\\\\");
}

std::string node_anchor(std::string_view identifier) {
  std::string out = "item-";
  bool replaced = false;
  for (char c : identifier) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    out += ok ? c : '_';
    replaced |= !ok;
  }
  if (replaced) {  // FNV-1a, so that "X.1/1" and "X.1_1" stay apart, the same on every run
    std::uint32_t h = 2166136261u;
    for (char c : identifier) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    out += fmt::format("-{:08x}", h);
  }
  return out;
}

}  // namespace stdgraph
