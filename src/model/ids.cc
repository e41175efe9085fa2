#include "stdgraph/ids.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace stdgraph {
namespace {

bool is_separator(char c) {
  return c == ' ' || c == '.' || c == '\t' || c == '\n' || c == '\r';
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Splits an upper-cased name into words and parenthesised editions.
std::vector<std::string> tokenize(std::string_view upper) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < upper.size(); ++i) {
    char c = upper[i];
    if (c == '(') {
      flush();
      auto close = upper.find(')', i);
      if (close == std::string_view::npos) close = upper.size();
      std::string group;
      for (std::size_t j = i + 1; j < close; ++j)
        if (!is_separator(upper[j])) group += upper[j];
      tokens.push_back("(" + group + ")");
      i = close;
    } else if (is_separator(c)) {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return tokens;
}

std::string canonical_word(const std::string& word) {
  if (word == "SUPPLEMENT" || word == "SUPP" || word == "SUPPL") return "SUPPL";
  if (word == "AMENDMENT" || word == "AMD") return "AMD";
  if (word == "CORRIGENDUM" || word == "COR") return "COR";
  if (word == "REVISION" || word == "REV") return "REV";
  return word;
}

// "(06/2023)" -> "(2023-06)"; a version "(V9)" -> the word "V9" (written "v9" too);
// other groups are kept as they are.
std::string canonical_edition(const std::string& group) {
  std::string_view inner(group);
  inner = inner.substr(1, inner.size() - 2);
  if (inner.size() >= 2 && inner[0] == 'V' && all_digits(inner.substr(1)))
    return std::string(inner);
  auto slash = inner.find('/');
  if (slash == 2 && inner.size() == 7 && all_digits(inner.substr(0, 2)) &&
      all_digits(inner.substr(3)))
    return "(" + std::string(inner.substr(3)) + "-" + std::string(inner.substr(0, 2)) + ")";
  return group;
}

std::string series_letters(const std::string& token) {
  std::string letters;
  for (char c : token) {
    if (!std::isalpha(static_cast<unsigned char>(c))) break;
    letters += c;
  }
  return letters;
}

}  // namespace

namespace {
std::string key_once(std::string_view name);

// A key of the characters real names are made of; any other byte (a control character,
// stray UTF-8, brackets) may make a key that keys differently.
bool plain(std::string_view key) {
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view(".-()/_:,+").find(c) != std::string_view::npos;
  });
}
}  // namespace

std::string identifier_key(std::string_view name) {
  std::string key = key_once(name);
  // Settle odd keys so that keying a key gives the key (ids_fuzz checks it).
  for (int i = 0; i < 8 && !plain(key); ++i) {
    std::string again = key_once(key);
    if (again == key) break;
    key = std::move(again);
  }
  return key;
}

namespace {
std::string key_once(std::string_view name) {
  std::string upper;
  upper.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    // U+00A0 no-break space counts as a space.
    if (c == 0xC2 && i + 1 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0xA0) {
      upper += ' ';
      ++i;
      continue;
    }
    upper += static_cast<char>(std::toupper(c));
  }

  std::vector<std::string> tokens = tokenize(upper);
  std::size_t first = 0;
  // ITU-T is the default sector; an ITU-R name keeps its prefix (ITU-R P.841 is not P.841).
  while (first < tokens.size() && (tokens[first] == "ITU-T" || tokens[first] == "RECOMMENDATION"))
    ++first;
  std::vector<std::string> words;
  for (std::size_t i = first; i < tokens.size(); ++i)
    words.push_back(tokens[i].front() == '(' ? canonical_edition(tokens[i])
                                             : canonical_word(tokens[i]));

  // "SUPPL 74 TO [ITU-T] [RECOMMENDATION] Y 3800-SERIES" -> "Y SUPPL 74".
  if (words.size() >= 4 && words[0] == "SUPPL" && all_digits(words[1]) && words[2] == "TO") {
    std::size_t k = 3;
    while (k < words.size() && (words[k] == "ITU-T" || words[k] == "RECOMMENDATION")) ++k;
    if (k < words.size()) {
      std::string letters = series_letters(words[k]);
      // A series is one or two letters (Y, BT); a longer word is not one, and keying it
      // as a series would make the key itself read differently (found by ids_fuzz).
      if (!letters.empty() && letters.size() <= 2) {
        std::vector<std::string> rest = {letters, "SUPPL", words[1]};
        for (std::size_t j = k + 1; j < words.size(); ++j)
          if (words[j].front() == '(') rest.push_back(words[j]);
        words = std::move(rest);
      }
    }
  }

  std::string key;
  for (const auto& word : words) {
    bool glue = key.empty() || word.front() == '(' || word == "REV";
    if (!glue) key += '.';
    key += word;
  }
  // Words never hold white space: one left inside parentheses would read differently
  // when keyed again (found by ids_fuzz).
  // Nor a no-break space, even one that stray bytes around a removed break have made.
  std::erase_if(key, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  for (std::size_t at; (at = key.find("\xC2\xA0")) != std::string::npos;) key.erase(at, 2);
  return key;
}
}  // namespace

EditionKey edition_key(std::string_view name) {
  EditionKey result{identifier_key(name), {}};
  std::string& key = result.work;
  if (key.empty() || key.back() != ')') return result;
  auto open = key.rfind('(');
  if (open == 0 || open == std::string::npos) return result;
  if (auto date = parse_date(std::string_view(key).substr(open + 1, key.size() - open - 2))) {
    result.edition = *date;
    key.resize(open);
  }
  return result;
}

}  // namespace stdgraph
