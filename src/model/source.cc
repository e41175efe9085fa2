#include "stdgraph/model/source.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

struct KindName {
  SourceKind kind;
  std::string_view name;
};
constexpr KindName kKinds[] = {
    {SourceKind::general_knowledge, "general-knowledge"},
    {SourceKind::inferred, "inferred"},
    {SourceKind::assigned, "assigned"},
};

bool is_ascii_digit_char(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// The KIND of "KIND: text" when the source starts with a word of letters and hyphens and a
// colon; nullopt for anything else (a seed reference).
std::optional<std::string_view> kind_word(std::string_view source) {
  std::size_t colon = source.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string_view word = source.substr(0, colon);
  bool letters = std::all_of(word.begin(), word.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '-';
  });
  if (!letters || !std::isalpha(static_cast<unsigned char>(word.front()))) return std::nullopt;
  return word;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// True when some word of `text`, stripped of brackets and punctuation around it, is a
// seed reference: "inferred: dated at the meeting's end (002/text)".
bool names_a_seed(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find_first_of(" \t\n", at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(at, end - at);
    constexpr std::string_view kAround = "()[]{},;:.\"'";
    while (!word.empty() && kAround.find(word.front()) != std::string_view::npos)
      word.remove_prefix(1);
    while (!word.empty() && kAround.find(word.back()) != std::string_view::npos)
      word.remove_suffix(1);
    if (is_seed_reference(word)) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace

const std::vector<std::string_view>& non_seed_source_kinds() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const auto& k : kKinds) out.push_back(k.name);
    return out;
  }();
  return names;
}

std::string_view to_string(SourceKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.name;
  return "seed";
}

bool is_seed_reference(std::string_view s) {
  auto first = s.find('/');
  if (first == std::string_view::npos || first == 0) return false;
  auto second = s.find('/', first + 1);
  if (second == first + 1) return false;
  if (second == std::string_view::npos) return first + 1 < s.size();
  auto row = s.substr(second + 1);
  return !row.empty() && std::all_of(row.begin(), row.end(), is_ascii_digit_char);
}

std::optional<SourceRef> parse_source(std::string_view source) {
  if (!source_problem(source).empty()) return std::nullopt;
  if (auto word = kind_word(source)) {
    for (const auto& k : kKinds)
      if (k.name == *word) return SourceRef{k.kind, trim(source.substr(word->size() + 1))};
  }
  return SourceRef{SourceKind::seed, source};
}

std::string source_problem(std::string_view source) {
  if (auto word = kind_word(source)) {
    const KindName* kind = nullptr;
    for (const auto& k : kKinds)
      if (k.name == *word) kind = &k;
    if (!kind) {
      std::string guess = nearest_word(*word, non_seed_source_kinds());
      return fmt::format("`{}` is not a kind of source{} (kinds: SEED/TABLE/ROW, {})", *word,
                         guess.empty() ? "" : fmt::format("; did you mean `{}`?", guess),
                         fmt::join(non_seed_source_kinds(), ", "));
    }
    std::string_view text = trim(source.substr(word->size() + 1));
    if (text.empty())
      return fmt::format("`{}:` says nothing after the colon: say what it rests on", kind->name);
    if (kind->kind == SourceKind::inferred && !names_a_seed(text))
      return "an inference names no source it is drawn from (SEED/TABLE[/ROW], e.g. 002/text)";
    return "";
  }
  if (!is_seed_reference(source))
    return "it is neither SEED/TABLE[/ROW] (001/annex1.a.tap/2, 003/text) nor KIND: TEXT "
           "(general-knowledge, inferred, assigned)";
  return "";
}

}  // namespace stdgraph
