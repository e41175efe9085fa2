// Output of `link`: the proposed joins of drafts to catalogue numbers, as text for people,
// JSON for scripts, CSV for sheets, and lines ready to paste into a links file.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "stdgraph/analysis/link_proposals.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

struct LinkReport {
  LinkProposals result;
  LinkOptions options;
  std::string date;  // when the proposals were made (YYYY-MM-DD), for the links' source
};

void write_text(std::ostream& out, const Corpus& corpus, const LinkReport& report);
nlohmann::ordered_json to_json(const Corpus& corpus, const LinkReport& report);
// One row per proposal: draft, draft_title, number, record, record_title, score, certain,
// title, shared_words, title_words, text, draft_group, record_group, group, last_event,
// published, months_after, draft_kind, record_kind, evidence.
void write_csv(std::ostream& out, const Corpus& corpus, const LinkReport& report);
// A YAML `links:` list, one flow-style line per proposal
//   - {draft: "X.sg-dtn", number: "X.2011", source: "proposed by stdgraph link on ..."}
// each after a comment naming the two titles, under a comment saying that nothing is
// joined until a person checks the line and puts it in a links file with their name.
void write_links(std::ostream& out, const Corpus& corpus, const LinkReport& report);

}  // namespace stdgraph
