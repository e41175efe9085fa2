// Stop words: words that say nothing about what a text is about.
#pragma once

#include <string_view>

namespace stdgraph::text {

// The Snowball English stop list (snowballstem.org, english/stop.txt), folded.
bool is_english_stop_word(std::string_view folded);
// Words every ITU-T title carries whatever its subject ("Recommendation", "Supplement",
// "series", "ITU-T", "draft"). Subject words such as "security" or "requirements" are not
// here: the evaluation (scripts/eval-overlaps) shows IDF weighs them well enough.
bool is_stock_word(std::string_view folded);

}  // namespace stdgraph::text
