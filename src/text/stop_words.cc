#include "stop_words.h"

#include <algorithm>
#include <array>

namespace stdgraph::text {
namespace {

// Sorted, for binary search.
constexpr auto kEnglish = std::to_array<std::string_view>({
    "a",       "about",  "above",  "after",  "again",   "against",    "all",        "am",
    "an",      "and",    "any",    "are",    "as",      "at",         "be",         "because",
    "been",    "before", "being",  "below",  "between", "both",       "but",        "by",
    "can",     "cannot", "could",  "did",    "do",      "does",       "doing",      "down",
    "during",  "each",   "few",    "for",    "from",    "further",    "had",        "has",
    "have",    "having", "he",     "her",    "here",    "hers",       "herself",    "him",
    "himself", "his",    "how",    "i",      "if",      "in",         "into",       "is",
    "it",      "its",    "itself", "me",     "more",    "most",       "my",         "myself",
    "no",      "nor",    "not",    "of",     "off",     "on",         "once",       "only",
    "or",      "other",  "ought",  "our",    "ours",    "ourselves",  "out",        "over",
    "own",     "same",   "she",    "should", "so",      "some",       "such",       "than",
    "that",    "the",    "their",  "theirs", "them",    "themselves", "then",       "there",
    "these",   "they",   "this",   "those",  "through", "to",         "too",        "under",
    "until",   "up",     "very",   "via",    "was",     "we",         "were",       "what",
    "when",    "where",  "which",  "while",  "who",     "whom",       "why",        "will",
    "with",    "would",  "you",    "your",   "yours",   "yourself",   "yourselves",
});

constexpr auto kStock = std::to_array<std::string_view>({
    "amd",    "amendment",   "annex",   "appendix",       "clause",
    "cor",    "corrigendum", "draft",   "edition",        "iec",
    "iso",    "itu",         "new",     "recommendation", "recommendations",
    "report", "rev",         "revised", "revision",       "series",
    "suppl",  "supplement",  "t",       "technical",      "text",
    "tr",
});

static_assert(std::ranges::is_sorted(kEnglish) && std::ranges::is_sorted(kStock));

}  // namespace

bool is_english_stop_word(std::string_view folded) {
  return std::ranges::binary_search(kEnglish, folded);
}

bool is_stock_word(std::string_view folded) {
  return std::ranges::binary_search(kStock, folded);
}

}  // namespace stdgraph::text
