// Output of `check` and `overlaps`: text for people, JSON for scripts, CSV for sheets.
#pragma once

#include <optional>
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "stdgraph/analysis/match.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

struct CheckReport {
  Query query;
  std::vector<Match> matches;  // best first
  std::size_t compared = 0;    // items in the corpus
  std::optional<double> fail_above;
};

void write_text(std::ostream& out, const Corpus& corpus, const CheckReport& report);
nlohmann::ordered_json to_json(const Corpus& corpus, const CheckReport& report);

struct OverlapReport {
  OverlapResult result;
  OverlapOptions options;
  bool show_tied = false;  // text only: list tied pairs too (JSON and CSV always do)
};

void write_text(std::ostream& out, const Corpus& corpus, const OverlapReport& report);
// The whole document as dumping one JSON object would print it, written pair by pair.
void write_json(std::ostream& out, const Corpus& corpus, const OverlapReport& report);
void write_csv(std::ostream& out, const Corpus& corpus, const OverlapReport& report);

// "text 0.62 (ledger, DLT (distributed ledger technology)); name 0.40 (X.a ~ X.b); same
// Question; shared references X.1051; with the title of X.1352": one line a person reads.
std::string explain(const Corpus& corpus, const MatchEvidence& why);
// The same for a pair, ending, when its items are of two bodies, with the body and committee
// of each: "...; across bodies: ITU-T SG17 Q6/17 ~ ETSI TC CYBER".
std::string explain(const Corpus& corpus, const OverlapPair& pair);
// The same for a match of `check`, ending, when it is of another body than the proposal's
// (known for --like and --file), with its body and committee: "...; another body: ETSI TC
// CYBER (the proposal's: ITU-T)".
std::string explain(const Corpus& corpus, const Query& query, const Match& match);

// Whose document it is and where it sits: the body (body_of) and its committee, group and
// Question (place_text): "ITU-T SG17 Q6/17", "ETSI TC CYBER", "ISO/IEC" (a committee named
// with its body, "3GPP SA3", is not preceded by it twice). As read; escape for the output.
std::string body_and_place(const Document& document);

}  // namespace stdgraph
