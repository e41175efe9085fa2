// `stdgraph link`: for every draft that awaits a number (model/links.h: a work-programme
// record, not joined, none of whose names is a number), the catalogue records that look
// like its publication, with the evidence and a score, certain joins first.
//
// A catalogue record is a candidate for a draft when
//  - the match index (analysis/match.h, as `check --like` uses it) ranks it among the
//    draft's nearest kCandidatesPerDraft items, or its folded title is the draft's;
//  - it is of a compatible kind (model/links.h: kinds_compatible);
//  - it was published, and not on or before the draft's last dated event;
//  - it is not already absorbed: no work-programme record has its number;
//  - its study group is not known to differ from the draft's by more than the score allows.
// Its score, in [0, 1]:
//   score = (0.7 title + 0.3 text) x group x series x kind x delay
// title: 1 for identical folded titles, else the share of title words (stems, acronyms as
// their concept) the two have in common (N of M, M the words of both together); text: the
// match index's similarity (titles, scope, keywords, names, references, Question); group:
// 1 same study group, 0.8 one side unknown, 0.5 different; series: 0.7 when the draft's
// provisional name and the number start with different series letters (Q.QKDNi-profr and
// X.1718), else 1; kind: 1 same, 0.8 both
// informative (a Technical Report published as a Supplement); delay: 1 when published
// within five years of the draft's last event, 0.85 later.
// A certain join settles its draft and its work: neither gets other, uncertain proposals.
// Each draft keeps its best per_draft works (editions of one work count once: the earliest
// edition published after the draft); the list is sorted certain first, then by score.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "stdgraph/analysis/match.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

inline constexpr std::size_t kCandidatesPerDraft = 40;

// How the study groups of a draft and a record compare.
enum class GroupAgreement { same, unknown, different };

struct LinkEvidence {
  bool title_identical = false;
  std::size_t shared_words = 0;  // title words both have
  std::size_t title_words = 0;   // title words of the two together
  double title = 0;              // 1 when identical, else shared_words / title_words
  double text = 0;               // the match index's score
  GroupAgreement group = GroupAgreement::unknown;
  std::string draft_group, record_group;    // study groups compared ("SG17"), "" unknown
  bool same_question = false;               // both name one Question
  std::string draft_series, record_series;  // series letters of the names ("X"), "" none
  Date last_event;                          // the draft's last dated event
  Date published;                           // the record's publication
  int months_after = 0;                     // from the one to the other, whole months
  DocKind draft_kind = DocKind::recommendation, record_kind = DocKind::recommendation;
};

struct LinkProposal {
  std::size_t draft = npos;   // a corpus document awaiting a number
  std::size_t record = npos;  // the catalogue record (the edition compared)
  std::string number;         // the work it is an edition of: "X.2011"
  double score = 0;
  bool certain = false;  // model/links.h: is_certain_link, and the only certain one of both
  LinkEvidence why;
};

struct LinkOptions {
  std::string draft;          // only this draft (any of its names); "" every draft
  std::size_t per_draft = 3;  // works kept per draft
  double min_score = 0.5;     // proposals below this are left out (certain ones never)
  std::size_t top = 0;        // 0: all
};

struct LinkProposals {
  std::vector<LinkProposal> proposals;  // certain first, then by score, then by draft
  std::size_t drafts = 0;               // drafts awaiting a number, looked at
  std::size_t records = 0;              // catalogue records not yet absorbed
  std::size_t found = 0;                // proposals at or above min_score, before top
};

// The proposals for the corpus. `index` is the corpus's match index; its analyzer splits
// the titles into words.
LinkProposals propose_links(const Corpus& corpus, const MatchIndex& index,
                            const LinkOptions& options);

// The evidence as short phrases a person reads, in this order: the title ("identical
// title" or "5 of 7 title words shared"), the text similarity, the group ("same study
// group SG17", "study group unknown in the catalogue", "SG17 vs SG13"), the date
// ("published 2024-04-29, 7 months after the draft's last event 2023-09-08"), the kind
// ("both recommendation" or "technical-report vs supplement").
std::vector<std::string> describe(const LinkProposal& proposal);

}  // namespace stdgraph
