#include "stdgraph/model/ids.h"

#include <string>
#include <vector>

// How a key is made, and why keying a key gives the key, by construction:
//  1. normal_form: the name becomes valid UTF-8 (a byte that starts no valid sequence reads as
//     U+FFFD), a no-break space becomes a space, ASCII letters become upper case. Its output
//     is a fixed point of it, and so is anything made by cutting it at ASCII bytes, gluing
//     the pieces and adding ASCII upper case, dots and parentheses: the later steps do only
//     that. (The byte rules of old did not: a space dropped between stray bytes C2 and A0
//     made a no-break space that the next keying read differently.)
//  2. tokenize: words and parenthesised groups, all separators dropped, once.
//  3. canonical: the rules, on the token list, each leaving a list it leaves alone.
//  4. print: words joined by dots, a group or a trailing REV glued on; the printed key
//     tokenizes back to the very list printed, and step 3 leaves that list alone.
namespace stdgraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_continuation(unsigned char c) {
  return c >= 0x80 && c <= 0xBF;
}

// The length of the valid UTF-8 sequence at s[i], or 0 when none starts there
// (a stray continuation byte, a cut sequence, an overlong form, a surrogate, > U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  unsigned char c = at(0);
  if (c < 0x80) return 1;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  std::size_t n;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (at(1) < lo || at(1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (!is_continuation(at(k))) return 0;
  return n;
}

// Step 1 (see the top of the file).
std::string normal_form(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    std::size_t n = utf8_length(name, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
    } else if (n == 1) {
      char c = name[i++];
      out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    } else if (name.compare(i, n, "\xC2\xA0") == 0) {
      out += ' ';  // U+00A0 no-break space counts as a space
      i += n;
    } else {
      out.append(name, i, n);
      i += n;
    }
  }
  return out;
}

bool is_separator(char c) {
  return c == ' ' || c == '.' || c == '\t' || c == '\n' || c == '\r';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// A token is a word (never empty, no separator, no '(') or a group: "(" + text without
// separators or ')' + ")".
bool is_group(const std::string& token) {
  return token.front() == '(';
}

// Step 2: splits a name in normal form into words and parenthesised groups. A group runs
// to the first ')' (or the end of the name); the separators inside it are dropped.
std::vector<std::string> tokenize(std::string_view name) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '(') {
      flush();
      auto close = name.find(')', i);
      if (close == std::string_view::npos) close = name.size();
      std::string group = "(";
      for (std::size_t j = i + 1; j < close; ++j)
        if (!is_separator(name[j])) group += name[j];
      tokens.push_back(group + ")");
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
// other groups are kept as they are. Each result is kept as it is.
std::string canonical_group(const std::string& group) {
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

// The ASCII letters a word starts with ("Y" of "Y3800-SERIES").
std::string series_letters(const std::string& word) {
  std::string letters;
  for (char c : word) {
    if (!(c >= 'A' && c <= 'Z')) break;
    letters += c;
  }
  return letters;
}

bool is_sector_word(const std::string& token) {
  return token == "ITU-T" || token == "RECOMMENDATION";
}

// Step 3. Each rule's output is left alone by every rule, run again in this order:
//  - the leading ITU-T/RECOMMENDATION words go, and no rule makes a leading one;
//  - words and groups take their canonical spelling, which is its own canonical spelling
//    (a group may become the word "V9", never a sector word, REV or SUPPL);
//  - "SUPPL N TO [ITU-T] [RECOMMENDATION] Y... [groups]" -> "Y SUPPL N [groups]": the
//    result starts with one or two letters, not SUPPL, so the rule does not apply to it;
//  - a word REV after a word joins it (X.1051 REV -> X.1051REV). This comes last, and the
//    rules above read a joined list as they read it unjoined: a joined word ends in REV, so
//    it is not REV, SUPPL, TO, a number or a sector word, and its leading letters are
//    either those of the word before the join or more than two.
std::vector<std::string> canonical(const std::vector<std::string>& tokens) {
  std::size_t first = 0;
  // ITU-T is the default sector; an ITU-R name keeps its prefix (ITU-R P.841 is not P.841).
  while (first < tokens.size() && is_sector_word(tokens[first])) ++first;
  std::vector<std::string> words;
  for (std::size_t i = first; i < tokens.size(); ++i)
    words.push_back(is_group(tokens[i]) ? canonical_group(tokens[i]) : canonical_word(tokens[i]));

  // "SUPPL 74 TO [ITU-T] [RECOMMENDATION] Y 3800-SERIES" -> "Y SUPPL 74".
  if (words.size() >= 4 && words[0] == "SUPPL" && all_digits(words[1]) && words[2] == "TO") {
    std::size_t k = 3;
    while (k < words.size() && is_sector_word(words[k])) ++k;
    if (k < words.size() && !is_group(words[k])) {
      std::string letters = series_letters(words[k]);
      // A series is one or two letters (Y, BT); a longer word is not one, and keying it
      // as a series would make the key itself read differently (found by ids_fuzz).
      if (!letters.empty() && letters.size() <= 2) {
        std::vector<std::string> rest = {letters, "SUPPL", words[1]};
        for (std::size_t j = k + 1; j < words.size(); ++j)
          if (is_group(words[j])) rest.push_back(words[j]);
        words = std::move(rest);
      }
    }
  }

  // REV belongs to the word before it; after a group, or first, it stays a word.
  std::vector<std::string> joined;
  for (auto& word : words) {
    if (word == "REV" && !joined.empty() && !is_group(joined.back()))
      joined.back() += word;
    else
      joined.push_back(std::move(word));
  }
  return joined;
}

// Step 4: a group, and a REV (which is first or follows a group), is glued to what is
// before it, so the key reads back as the same tokens.
std::string print(const std::vector<std::string>& words) {
  std::string key;
  for (const auto& word : words) {
    bool glue = key.empty() || is_group(word) || word == "REV";
    if (!glue) key += '.';
    key += word;
  }
  return key;
}

}  // namespace

std::string identifier_key(std::string_view name) {
  return print(canonical(tokenize(normal_form(name))));
}

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

std::string work_name(std::string_view name) {
  std::string_view work = name;
  while (!work.empty() && work.back() == ' ') work.remove_suffix(1);
  std::size_t open = work.rfind('(');
  if (open == std::string_view::npos || work.back() != ')') return std::string(name);
  work = work.substr(0, open);
  while (!work.empty() && work.back() == ' ') work.remove_suffix(1);
  // The part after the work is an edition only when the rules read it as one.
  EditionKey split = edition_key(name);
  if (work.empty() || split.edition.empty() || identifier_key(work) != split.work)
    return std::string(name);
  return std::string(work);
}

}  // namespace stdgraph
