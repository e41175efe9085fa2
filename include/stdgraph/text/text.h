// The text pipeline shared by `check`, `overlaps` and `gaps`: what words a title, scope or
// topic is made of, in a form where "Distributed ledger technologies", "DLT" and
// "distributed-ledger technology" come out the same.
//
// Steps: Unicode NFKC with marks stripped and case folded (utf8proc); words are runs of
// letters and digits; Han and kana runs, which have no spaces, become overlapping pairs
// of characters; English stop words drop out; the rest are stemmed (Snowball English,
// libstemmer); a glossary acronym and its expansion add one shared concept term.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/model/glossary.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

// One word of a text.
struct Word {
  std::string raw;     // as written, NFKC-normalised ("QKDNs", "Ledger")
  std::string folded;  // case-folded, marks stripped ("qkdns", "ledger")
  std::string stem;    // Snowball stem of folded ("qkdn", "ledger"); the pair itself for CJK
  bool stop = false;   // an English or field stop word
  bool cjk = false;    // a pair (or single) of Han/kana characters
};

// A term a text contributes to matching, with the surface form a person would recognise.
struct Term {
  std::string key;      // stem, CJK pair, or "=" + concept for a glossary entry ("=dlt")
  std::string surface;  // "ledger", "DLT (distributed ledger technology)"
};

// Which stop words to drop.
enum class StopWords {
  english,        // the Snowball English list
  english_stock,  // and the field's stock words (recommendation, supplement, series, ...)
};

class Analyzer {
 public:
  explicit Analyzer(Glossary glossary = {}, StopWords stop = StopWords::english_stock);
  ~Analyzer();
  Analyzer(const Analyzer&);  // a copy has its own stemmer: one per thread
  Analyzer& operator=(const Analyzer&) = delete;

  // The words of a text in order. Invalid UTF-8 bytes separate words; nothing throws.
  std::vector<Word> words(std::string_view text) const;
  // The terms of a text in order: stems of words that are not stop words, CJK pairs, and a
  // concept term wherever a glossary short or long form occurs (an acronym also adds the
  // stems of its expansion, so both spellings share words).
  std::vector<Term> terms(std::string_view text) const;
  // The stem keys of a phrase's non-stop words, e.g. for taxonomy terms and cue words.
  std::vector<std::string> phrase(std::string_view text) const;

  const Glossary& glossary() const;
  bool is_stop_word(std::string_view folded) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stdgraph
