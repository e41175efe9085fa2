#include "stdgraph/model/ids.h"

#include <algorithm>
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
// The rules of the other bodies (step 3, body_rules) are told by the first word, which none
// of them changes but to drop a leading IETF; each says below why its output is its own.
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

enum class NameRules { itu, iso_iec, etsi, gpp, ietf };

bool ids_starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool ids_ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "RFC", "BCP", "STD", "FYI": the series of IETF documents.
bool is_ietf_series(std::string_view word) {
  return word == "RFC" || word == "BCP" || word == "STD" || word == "FYI";
}

// "RFC9846" and the like: an IETF series with its number glued on.
bool is_glued_ietf(std::string_view word) {
  return word.size() > 3 && is_ietf_series(word.substr(0, 3)) && all_digits(word.substr(3));
}

std::string without_leading_zeros(std::string_view digits) {
  std::size_t first = digits.find_first_not_of('0');
  return std::string(first == std::string_view::npos ? digits.substr(digits.size() - 1)
                                                     : digits.substr(first));
}

// Which body's rules a name follows, from its words after the ITU rules. The body rules
// keep what this reads: the first word (IETF: its series letters) of each body.
NameRules rules_of(const std::vector<std::string>& words) {
  if (words.empty() || is_group(words[0])) return NameRules::itu;
  const std::string& first = words[0];
  if (first == "ETSI") return NameRules::etsi;
  if (first == "3GPP") return NameRules::gpp;
  if (is_ietf_series(first) || is_glued_ietf(first)) return NameRules::ietf;
  if (first == "IETF" && words.size() > 1 && (is_ietf_series(words[1]) || is_glued_ietf(words[1])))
    return NameRules::ietf;
  // The letters before the first other character: ISO of ISO/IEC, IEC of IEC/IEEE.
  std::string letters = series_letters(first);
  if (letters == "ISO" || letters == "IEC" || letters == "CISPR") return NameRules::iso_iec;
  return NameRules::itu;
}

// IETF: a leading IETF goes (while an IETF series follows it, so none is left to drop), a
// glued number comes off its series, and the number loses its leading zeros. The result
// starts with a bare series and a number without leading zeros: nothing to do again.
void ietf_rules(std::vector<std::string>& words) {
  while (words.size() > 1 && words[0] == "IETF" &&
         (is_ietf_series(words[1]) || is_glued_ietf(words[1])))
    words.erase(words.begin());
  if (is_glued_ietf(words[0])) {
    std::string number = words[0].substr(3);
    words[0].resize(3);
    words.insert(words.begin() + 1, std::move(number));
  }
  if (words.size() > 1 && is_ietf_series(words[0]) && all_digits(words[1]))
    words[1] = without_leading_zeros(words[1]);
}

// ISO/IEC: a word glues onto the word before it when either side of the join is '/', ':'
// or '+', or the one before ends in an amendment word and this one starts with a digit
// ("2013/AMD" "1:2014"). Glued words have no separator inside, so a key reads back as the
// same words; two words left apart failed the test on the same two ends, so they stay apart.
bool iso_glues(const std::string& before, const std::string& word) {
  if (is_group(before) || is_group(word)) return false;
  auto joiner = [](char c) { return c == '/' || c == ':' || c == '+'; };
  if (joiner(before.back()) || joiner(word.front())) return true;
  return is_digit(word.front()) &&
         (ids_ends_with(before, "/AMD") || ids_ends_with(before, "/COR") ||
          ids_ends_with(before, "/ISH") || ids_ends_with(before, "+AMD"));
}

void iso_rules(std::vector<std::string>& words) {
  std::vector<std::string> glued;
  for (auto& word : words) {
    if (!glued.empty() && iso_glues(glued.back(), word))
      glued.back() += word;
    else
      glued.push_back(std::move(word));
  }
  words = std::move(glued);
}

// ETSI: a six-digit number (303645, 300175-3) is written as its halves (303 645). A half
// has three digits and is not split again.
void etsi_rules(std::vector<std::string>& words) {
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() < 6 || !all_digits(std::string_view(w).substr(0, 6))) continue;
    if (w.size() > 6 && (w[6] != '-' && w[6] != '/')) continue;
    std::string rest = w.substr(3);
    words[i].resize(3);
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
  }
}

// 3GPP: the release, between the first ':' and the next '/' of the words after the type
// (TS, TR), takes one spelling: R99 -> REL-99, R00 and RELEASE 2000 -> REL-2000, REL.5 ->
// REL-5. Each spelling made is its own, and has no ':', '/' or separator in it, so the
// words read back to the same release.
std::string gpp_release(std::string_view release) {
  auto digits_after = [&](std::string_view prefix) -> std::string_view {
    if (!ids_starts_with(release, prefix)) return {};
    std::string_view rest = release.substr(prefix.size());
    return all_digits(rest) ? rest : std::string_view{};
  };
  if (release == "R00") return "REL-2000";
  if (release.size() == 3 && release[0] == 'R' && all_digits(release.substr(1)))
    return "REL-" + std::string(release.substr(1));
  for (std::string_view prefix : {"RELEASE.", "RELEASE-", "RELEASE", "REL.", "REL"})
    if (auto n = digits_after(prefix); !n.empty()) return "REL-" + std::string(n);
  return std::string(release);
}

void gpp_rules(std::vector<std::string>& words) {
  if (words.size() < 3) return;
  // The words from the third on, as one text: "33.501:REL-19/19.4.0".
  std::size_t from = 2;
  for (std::size_t i = from; i < words.size(); ++i)
    if (is_group(words[i])) return;  // not the spelling of a 3GPP catalogue: left alone
  std::string text;
  for (std::size_t i = from; i < words.size(); ++i) {
    if (i > from) text += '.';
    text += words[i];
  }
  auto colon = text.find(':');
  if (colon == std::string::npos) return;
  auto slash = text.find('/', colon);
  std::size_t end = slash == std::string::npos ? text.size() : slash;
  std::string release = gpp_release(std::string_view(text).substr(colon + 1, end - colon - 1));
  text = text.substr(0, colon + 1) + release + text.substr(end);
  words.resize(from);
  std::size_t start = 0;
  while (start <= text.size()) {
    auto dot = text.find('.', start);
    if (dot == std::string::npos) dot = text.size();
    if (dot > start) words.push_back(text.substr(start, dot - start));
    start = dot + 1;
  }
}

void body_rules(std::vector<std::string>& words) {
  switch (rules_of(words)) {
    case NameRules::ietf:
      ietf_rules(words);
      break;
    case NameRules::iso_iec:
      iso_rules(words);
      break;
    case NameRules::etsi:
      etsi_rules(words);
      break;
    case NameRules::gpp:
      gpp_rules(words);
      break;
    case NameRules::itu:
      break;
  }
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

  body_rules(words);

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

namespace {

std::vector<std::string> canonical_words(std::string_view name) {
  return canonical(tokenize(normal_form(name)));
}

// "19" "4" "0" -> {19, 4, 0}; false when a word is not a number of at most 18 digits.
bool read_version(const std::vector<std::string>& words, std::size_t from, std::size_t to,
                  std::vector<std::uint64_t>& version) {
  version.clear();
  for (std::size_t i = from; i < to; ++i) {
    std::string_view w = words[i];
    if (!all_digits(w) || w.size() > 18) return false;
    version.push_back(std::stoull(std::string(w)));
  }
  return !version.empty();
}

std::vector<std::string> split_dots(std::string_view text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto dot = text.find('.', start);
    if (dot == std::string_view::npos) dot = text.size();
    if (dot > start) words.emplace_back(text.substr(start, dot - start));
    start = dot + 1;
  }
  return words;
}

// ITU-T (and IETF, which has no editions in its names): a date in the last group.
void itu_edition(EditionKey& result) {
  std::string& key = result.work;
  if (key.empty() || key.back() != ')') return;
  auto open = key.rfind('(');
  if (open == 0 || open == std::string::npos) return;
  if (auto date = parse_date(std::string_view(key).substr(open + 1, key.size() - open - 2))) {
    result.edition = *date;
    key.resize(open);
  }
}

// ISO/IEC: "...:2013" or "...:2013-08" ending the last word, with something before the ':'.
void iso_edition(const std::vector<std::string>& words, EditionKey& result) {
  const std::string& last = words.back();
  if (is_group(last)) return;
  auto colon = last.rfind(':');
  if (colon == std::string::npos || colon == 0) return;
  std::string_view tail = std::string_view(last).substr(colon + 1);
  if (tail.size() != 4 && tail.size() != 7) return;  // YYYY or YYYY-MM
  auto date = parse_date(tail);
  if (!date) return;
  std::vector<std::string> work(words.begin(), words.end() - 1);
  work.push_back(last.substr(0, colon));
  result.work = print(work);
  result.edition = *date;
}

// ETSI: "V3" "1" "3" or "ED" "2" after the number, then at most a date group.
void etsi_edition(const std::vector<std::string>& words, EditionKey& result) {
  for (std::size_t i = 2; i < words.size(); ++i) {
    const std::string& w = words[i];
    std::size_t end;  // one past the version's words
    std::vector<std::uint64_t> version;
    if (w.size() >= 2 && w[0] == 'V' && all_digits(std::string_view(w).substr(1))) {
      end = i + 1;
      while (end < words.size() && all_digits(words[end])) ++end;
      std::vector<std::string> numbers = {w.substr(1)};
      numbers.insert(numbers.end(), words.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                     words.begin() + static_cast<std::ptrdiff_t>(end));
      if (!read_version(numbers, 0, numbers.size(), version)) continue;
    } else if (w == "ED" && i + 1 < words.size()) {
      end = i + 2;
      if (!read_version(words, i + 1, end, version)) continue;
    } else {
      continue;
    }
    Date date;
    if (end + 1 == words.size()) {
      const std::string& g = words[end];
      auto parsed =
          is_group(g) ? parse_date(std::string_view(g).substr(1, g.size() - 2)) : std::nullopt;
      if (!parsed) return;
      date = *parsed;
    } else if (end != words.size()) {
      return;
    }
    result.work = print(
        std::vector<std::string>(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i)));
    result.edition = date;
    result.version = std::move(version);
    return;
  }
}

// 3GPP: "33.501:REL-19/19.4.0" after the type: the spec, the release, the version.
void gpp_edition(const std::vector<std::string>& words, EditionKey& result) {
  if (words.size() < 3) return;
  std::string text;
  for (std::size_t i = 2; i < words.size(); ++i) {
    if (is_group(words[i])) return;
    if (i > 2) text += '.';
    text += words[i];
  }
  auto colon = text.find(':');
  auto slash = text.find('/', colon == std::string::npos ? 0 : colon);
  if (slash == std::string::npos) return;
  std::size_t spec_end = colon == std::string::npos ? slash : colon;
  if (spec_end == 0) return;
  std::vector<std::uint64_t> version;
  std::vector<std::string> numbers = split_dots(std::string_view(text).substr(slash + 1));
  if (!read_version(numbers, 0, numbers.size(), version)) return;
  std::vector<std::string> work(words.begin(), words.begin() + 2);
  for (auto& w : split_dots(std::string_view(text).substr(0, spec_end))) work.push_back(w);
  result.work = print(work);
  if (colon != std::string::npos) result.release = text.substr(colon + 1, slash - colon - 1);
  result.version = std::move(version);
}

}  // namespace

std::string EditionKey::version_text() const {
  std::string text;
  for (std::size_t i = 0; i < version.size(); ++i) {
    if (i > 0) text += '.';
    text += std::to_string(version[i]);
  }
  return text;
}

EditionKey edition_key(std::string_view name) {
  std::vector<std::string> words = canonical_words(name);
  const std::string key = print(words);
  EditionKey result{key, {}, {}, {}};
  if (words.empty()) return result;
  switch (rules_of(words)) {
    case NameRules::iso_iec:
      iso_edition(words, result);
      break;
    case NameRules::etsi:
      etsi_edition(words, result);
      break;
    case NameRules::gpp:
      gpp_edition(words, result);
      break;
    case NameRules::itu:
    case NameRules::ietf:
      itu_edition(result);
      break;
  }
  // The work is the key cut short. A work printed anew can fail to be: "3GPP TS REV:..."
  // has the spec REV, which prints glued to TS (found by ids_fuzz). Such a name names no
  // edition.
  if (result.names_edition() &&
      (result.work.size() >= key.size() || key.compare(0, result.work.size(), result.work) != 0))
    return EditionKey{key, {}, {}, {}};
  return result;
}

bool older_edition(const EditionKey& a, const EditionKey& b) {
  if (a.version != b.version) return a.version < b.version;
  if (a.edition != b.edition) return a.edition < b.edition;
  return a.release < b.release;
}

std::string work_name(std::string_view name) {
  EditionKey split = edition_key(name);
  if (!split.names_edition()) return std::string(name);
  // The longest beginning of the name, cut before a separator or the start of an edition,
  // whose key is the work's.
  auto trimmed = [](std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  for (std::size_t cut = name.size(); cut-- > 1;) {
    char c = name[cut];
    if (c != ' ' && c != '\t' && c != '(' && c != ':' && c != '/' && c != '.') continue;
    std::string_view work = trimmed(name.substr(0, cut));
    if (!work.empty() && identifier_key(work) == split.work) return std::string(work);
  }
  return std::string(name);
}

std::string base_name(std::string_view name) {
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  std::string_view u = upper;
  std::size_t lead = u.find_first_not_of(" \t");
  bool etsi = lead != std::string_view::npos && ids_starts_with(u.substr(lead), "ETSI ");
  // A marker starts after a separator or '/', and is followed by its number (a digit,
  // perhaps after a space or a dot): AMD1, Amd. 1, Cor.1, Corrigendum 1, /ISH1, ETSI's /A1.
  auto numbered_after = [&](std::size_t at) {
    while (at < u.size() && (u[at] == ' ' || u[at] == '.')) ++at;
    return at < u.size() && is_digit(u[at]);
  };
  std::size_t found = std::string_view::npos;
  for (std::size_t i = 1; i < u.size(); ++i) {
    char before = u[i - 1];
    if (before != ' ' && before != '.' && before != '/' && before != '\t') continue;
    for (std::string_view marker : {"AMENDMENT", "AMD", "CORRIGENDUM", "COR", "ISH"})
      if (ids_starts_with(u.substr(i), marker) && numbered_after(i + marker.size())) found = i;
    if (etsi && before == '/' && (u[i] == 'A' || u[i] == 'C') && i + 1 < u.size() &&
        is_digit(u[i + 1]))
      found = i;
  }
  if (found == std::string_view::npos) return {};
  std::string_view base = name.substr(0, found);
  while (!base.empty() &&
         (base.back() == ' ' || base.back() == '.' || base.back() == '/' || base.back() == '\t'))
    base.remove_suffix(1);
  return std::string(base);
}

}  // namespace stdgraph
