// The text pipeline: utf8proc for normalisation and character classes, libstemmer for
// stems. See include/stdgraph/text/text.h for the steps.
#include <libstemmer.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include <fmt/format.h>

#include "stdgraph/text/text.h"
#include "stop_words.h"

namespace stdgraph {
namespace {

bool is_cjk(utf8proc_int32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x3040 && c <= 0x30FF);  // hiragana and katakana
}

bool is_word_char(utf8proc_int32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

std::string utf8proc_string(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);
  std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

constexpr int kNormalise =
    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;

// Compatibility mapping can put characters that are not word characters into a word ("¼"
// becomes "1⁄4", with U+2044 FRACTION SLASH), or CJK ones that stand as words of their own:
// they are dropped, so that a folded word reads back as the one word it is.
std::string word_chars_only(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) break;
    if (is_word_char(c) && !is_cjk(c))
      out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    p += n;
    left -= n;
  }
  return out;
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

// A glossary form as a sequence of word keys to match at a position. (Not in the anonymous
// namespace: Analyzer::Impl holds it, and in a unity build this file is not the main file.)
struct GlossaryPhrase {
  std::vector<std::string> keys;  // folded words (short form) or stems (long form)
  std::size_t entry = 0;
  bool short_form = false;
  std::vector<std::string> raw;  // for a short form that is also an English word: exact case
};

struct Analyzer::Impl {
  Glossary glossary;
  StopWords stop;
  sb_stemmer* stemmer = nullptr;
  mutable std::unordered_map<std::string, std::string> stems;
  // First key of a phrase -> the phrases starting with it, longest first.
  std::unordered_map<std::string, std::vector<GlossaryPhrase>> phrases;
  std::vector<std::string> concept_keys;    // per entry: "=dlt"
  std::vector<std::string> concept_labels;  // per entry: "DLT (distributed ledger technology)"

  Impl(Glossary g, StopWords s) : glossary(std::move(g)), stop(s) {
    stemmer = sb_stemmer_new("english", "UTF_8");
  }
  ~Impl() { sb_stemmer_delete(stemmer); }

  const std::string& stem(const std::string& folded) const {
    auto it = stems.find(folded);
    if (it != stems.end()) return it->second;
    std::string s = folded;
    bool has_letter =
        std::any_of(folded.begin(), folded.end(), [](char c) { return !(c >= '0' && c <= '9'); });
    if (has_letter && folded.size() > 2) {
      const sb_symbol* out =
          sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                          static_cast<int>(folded.size()));
      if (out)
        s.assign(reinterpret_cast<const char*>(out),
                 static_cast<std::size_t>(sb_stemmer_length(stemmer)));
    }
    return stems.emplace(folded, std::move(s)).first->second;
  }

  bool is_stop(std::string_view folded) const {
    if (folded.size() == 1 && !(folded[0] >= '0' && folded[0] <= '9')) return true;
    if (text::is_english_stop_word(folded)) return true;
    return stop == StopWords::english_stock && text::is_stock_word(folded);
  }

  void add_word(std::vector<Word>& out, std::string_view bytes) const {
    Word w;
    if (is_ascii(bytes)) {
      w.raw = bytes;
      w.folded = bytes;
      for (char& c : w.folded)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    } else {
      w.raw = word_chars_only(utf8proc_string(bytes, kNormalise));
      w.folded = word_chars_only(utf8proc_string(bytes, kNormalise | UTF8PROC_CASEFOLD));
    }
    if (w.folded.empty()) return;
    w.stop = is_stop(w.folded);
    w.stem = stem(w.folded);
    out.push_back(std::move(w));
  }

  void add_cjk_run(std::vector<Word>& out, const std::vector<std::string>& chars) const {
    auto push = [&](std::string s) {
      Word w;
      w.raw = s;
      w.folded = s;
      w.stem = std::move(s);
      w.cjk = true;
      out.push_back(std::move(w));
    };
    if (chars.size() == 1) push(chars[0]);
    for (std::size_t i = 0; i + 1 < chars.size(); ++i) push(chars[i] + chars[i + 1]);
  }

  std::vector<Word> words(std::string_view text) const {
    std::vector<Word> out;
    std::string word;
    std::vector<std::string> cjk;
    auto flush = [&] {
      if (!word.empty()) add_word(out, word);
      word.clear();
      if (!cjk.empty()) add_cjk_run(out, cjk);
      cjk.clear();
    };
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t i = 0, n = text.size();
    while (i < n) {
      utf8proc_int32_t c = 0;
      auto len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &c);
      if (len <= 0) {  // an invalid byte separates words
        flush();
        ++i;
        continue;
      }
      std::string_view bytes = text.substr(i, static_cast<std::size_t>(len));
      i += static_cast<std::size_t>(len);
      if (is_cjk(c)) {
        if (!word.empty()) add_word(out, word);
        word.clear();
        cjk.emplace_back(bytes);
      } else if (is_word_char(c)) {
        if (!cjk.empty()) add_cjk_run(out, cjk);
        cjk.clear();
        word += bytes;
      } else {
        flush();
      }
    }
    flush();
    return out;
  }

  void index_glossary() {
    for (std::size_t e = 0; e < glossary.entries.size(); ++e) {
      const GlossaryEntry& entry = glossary.entries[e];
      std::vector<Word> short_words = words(entry.short_form);
      std::vector<std::string> key_parts;
      for (const Word& w : short_words) key_parts.push_back(w.folded);
      concept_keys.push_back("=" + fmt::format("{}", fmt::join(key_parts, "-")));
      concept_labels.push_back(entry.long_forms.empty()
                                   ? entry.short_form
                                   : fmt::format("{} ({})", entry.short_form, entry.long_forms[0]));
      if (!short_words.empty()) {
        GlossaryPhrase ph;
        ph.entry = e;
        ph.short_form = true;
        bool word_like = std::any_of(short_words.begin(), short_words.end(), [&](const Word& w) {
          return text::is_english_stop_word(w.folded);
        });
        for (const Word& w : short_words) {
          ph.keys.push_back(w.folded);
          if (word_like) ph.raw.push_back(w.raw);
        }
        phrases[ph.keys[0]].push_back(std::move(ph));
      }
      for (const std::string& form : entry.long_forms) {
        GlossaryPhrase ph;
        ph.entry = e;
        for (const Word& w : words(form)) ph.keys.push_back(w.stem);
        if (!ph.keys.empty()) phrases[ph.keys[0]].push_back(std::move(ph));
      }
    }
    for (auto& [first, list] : phrases)
      std::stable_sort(list.begin(), list.end(),
                       [](const GlossaryPhrase& a, const GlossaryPhrase& b) {
                         return a.keys.size() > b.keys.size();
                       });
  }

  // An acronym's plural as written, "DTNs", "IoTs", "APIs": its folded singular ("dtn"), or
  // "" for any other word. Two capitals at least before a lower-case s, the last a capital
  // or a digit, so that "Systems" or "Xs" is no plural of an acronym.
  static std::string acronym_singular(const Word& w) {
    const std::string& raw = w.raw;
    if (raw.size() < 3 || raw.back() != 's' || w.folded.size() != raw.size()) return {};
    std::size_t capitals = 0;
    for (std::size_t k = 0; k + 1 < raw.size(); ++k) capitals += raw[k] >= 'A' && raw[k] <= 'Z';
    char last = raw[raw.size() - 2];
    if (capitals < 2 || !((last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9'))) return {};
    return w.folded.substr(0, w.folded.size() - 1);
  }

  // The longest glossary phrase at ws[i], or nullptr. An acronym may end in its plural
  // ("QKDNs" is QKDN).
  const GlossaryPhrase* phrase_at(const std::vector<Word>& ws, std::size_t i) const {
    const std::string singular = acronym_singular(ws[i]);
    for (const std::string* first : {&ws[i].folded, &ws[i].stem, &singular}) {
      if (first->empty()) continue;
      auto it = phrases.find(*first);
      if (it == phrases.end()) continue;
      for (const GlossaryPhrase& ph : it->second) {
        if (i + ph.keys.size() > ws.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; ok && k < ph.keys.size(); ++k) {
          const Word& w = ws[i + k];
          bool last = k + 1 == ph.keys.size();
          ok = ph.short_form ? (w.folded == ph.keys[k] ||
                                (last && ph.raw.empty() && acronym_singular(w) == ph.keys[k]))
                             : w.stem == ph.keys[k];
          ok = ok && (ph.raw.empty() || w.raw == ph.raw[k]);
        }
        if (ok) return &ph;
      }
    }
    return nullptr;
  }

  std::vector<Term> terms(std::string_view text) const {
    std::vector<Word> ws = words(text);
    std::vector<Term> out;
    out.reserve(ws.size());
    for (std::size_t i = 0; i < ws.size();) {
      if (const GlossaryPhrase* ph = phrase_at(ws, i)) {
        out.push_back({concept_keys[ph->entry], concept_labels[ph->entry]});
        if (ph->short_form) {  // the acronym stands for its expansion's words
          const GlossaryEntry& entry = glossary.entries[ph->entry];
          if (!entry.long_forms.empty())
            for (const Word& w : words(entry.long_forms[0]))
              if (!w.stop) out.push_back({w.stem, w.folded});
          i += ph->keys.size();
          continue;
        }
      }
      const Word& w = ws[i++];
      if (!w.stop) out.push_back({w.stem, w.cjk ? w.raw : w.folded});
    }
    return out;
  }
};

Analyzer::Analyzer(Glossary glossary, StopWords stop)
    : impl_(std::make_unique<Impl>(std::move(glossary), stop)) {
  impl_->index_glossary();
}

Analyzer::Analyzer(const Analyzer& other) : Analyzer(other.impl_->glossary, other.impl_->stop) {}

Analyzer::~Analyzer() = default;

std::vector<Word> Analyzer::words(std::string_view text) const {
  return impl_->words(text);
}

std::vector<Term> Analyzer::terms(std::string_view text) const {
  return impl_->terms(text);
}

std::vector<std::string> Analyzer::phrase(std::string_view text) const {
  std::vector<std::string> keys;
  for (Term& t : impl_->terms(text)) keys.push_back(std::move(t.key));
  return keys;
}

const Glossary& Analyzer::glossary() const {
  return impl_->glossary;
}

bool Analyzer::is_stop_word(std::string_view folded) const {
  return impl_->is_stop(folded);
}

}  // namespace stdgraph
