// Gap analysis: which topics of a subject have work under which aspects, as of a date, and
// where nothing is being done. Three questions, one classification underneath:
//   gaps          the topic x aspect matrix of a taxonomy; an empty cell is a gap
//   counterparts  for items of other groups, the security items that answer them (and the
//                 items with none: what a lead study group on security is asked about)
//   ask           "which <aspect> work exists on <subject>?" (FG-MV's question to SG17)
//
// An item falls under a topic when one of the topic's terms occurs in its title, scope or
// keywords (find_phrase in taxonomy.h), or when the topic lists it as a member. A sub-topic
// narrows its parent: its items are the parent's items that match one of its own terms
// (plus its members, which belong to every topic above it). An item falls under an aspect
// when a cue occurs in its title or keywords. The scope is left out for aspects: a scope
// names the parts of a subject an item touches ("Analyses security requirements ...,
// provides technical and management measures"), not what kind of text the item is.
// Every item of the security group (SG17, the lead study group on security, unless told
// otherwise) is also under the aspect `security`, whatever its title says: "Framework of
// QKD protocols in QKD network" is SG17 Q15/17's security work.
// An item under no aspect goes to the column `other`, which is never counted as a gap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/analysis/match.h"
#include "stdgraph/analysis/taxonomy.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/text/text.h"

namespace stdgraph {

// How far work on something has got, in the order of the issue: approved (approved, agreed,
// published) > determined (determined, consented) > ongoing (ongoing, on-agenda, moved) >
// planned > none. Not-approved, superseded and withdrawn texts are no coverage: none.
enum class Coverage : std::uint8_t { none, planned, ongoing, determined, approved };
std::string_view to_string(Coverage c);  // "none", "planned", ..., "approved"
std::string_view label(Coverage c);      // for people: "approved/agreed", "determined/consented"
Coverage coverage_of(Status s);

// An item's status as of a date.
struct ItemState {
  std::optional<Status> status;  // nothing: no event on or before the date
  Date date;                     // of the event that gives the status
  std::string source;            // of that event
  std::string target;            // the planned completion ("2024") while unfinished, if any
  Coverage coverage = Coverage::none;
};

// The status of a document on a date (nothing: as of now), as model/status.h's
// status_as_of gives it, with the coverage that status gives.
ItemState state_as_of(const Document& document, const std::optional<Date>& as_of);

// The newest event date of any document: the date of the data.
Date newest_event(const Corpus& corpus);

// True when the document is the group's, or one of its Questions' or working parties'
// (SG17 holds items of Q7/17 and of WP4/17): model/groups.h's is_under.
bool in_group(const Corpus& corpus, const Document& document, std::string_view group);

// The items a gap report (and counterparts, ask) looks at: documents with a row of their own
// (not merely referenced or implied by a catalogue, not a whole series) that have a status
// on the date, under one of the groups (empty: every group); in corpus order.
std::vector<std::size_t> items_considered(const Corpus& corpus, const std::optional<Date>& as_of,
                                          const std::vector<std::string>& groups);

// Why an item is where it is: a phrase found in one of its fields, membership of a topic,
// or (for the aspect `security`) being an item of the security group.
struct Evidence {
  std::string phrase;  // the term or cue as the taxonomy writes it; "" for the other two
  TextField field = TextField::title;
  bool member = false;
  std::string group;  // the security group the item belongs to
};

// One item as a report shows it.
struct ReportItem {
  std::size_t document = npos;
  const Document* doc = nullptr;
  ItemState state;
  std::vector<std::string> sources;  // the record's source, then its events' (as of the date)
};

struct GapCell {
  std::vector<std::size_t> items;      // indexes into GapReport::items, by id
  Coverage coverage = Coverage::none;  // the most advanced among them
};

struct GapTopic {
  std::string name;
  std::string path;  // "Digital twin > Digital twin network"
  int depth = 0;
};

// One empty cell: no item, or only items that do not count (not approved, withdrawn).
struct Gap {
  std::size_t topic = 0;                 // index into GapReport::topics
  std::size_t aspect = 0;                // index into GapReport::aspects
  std::vector<std::size_t> not_counted;  // items of the cell that are no coverage
};

inline constexpr std::string_view kOtherAspect = "other";

struct GapOptions {
  std::optional<Date> as_of;
  std::vector<std::string> groups;      // only items of these groups (empty: every group)
  std::string security_group = "SG17";  // its items are under `security` ("": none)
};

struct GapReport {
  std::string taxonomy;  // its name
  std::string taxonomy_source;
  std::string taxonomy_file;
  std::string aspects_file;
  std::vector<std::string> aspects;  // the columns; the last is `other`
  std::vector<GapTopic> topics;      // the rows, in reading order
  std::vector<ReportItem> items;     // every item in at least one topic, by id
  // topic_evidence[i][t], aspect_evidence[i][a]: why item i is under topic t / aspect a
  // (empty: it is not).
  std::vector<std::vector<std::vector<Evidence>>> topic_evidence;
  std::vector<std::vector<std::vector<Evidence>>> aspect_evidence;
  std::vector<std::vector<GapCell>> cells;  // [topic][aspect]
  std::vector<Gap> gaps;                    // empty cells, row by row (never in `other`)
  Date date;                                // the date of the data (as_of, or the newest event)
  bool as_of_given = false;
  std::vector<std::string> groups;
  std::string security_group;
  std::size_t considered = 0;  // items with a status on the date (in the groups)
  // With groups given: items with a status on the date left out for naming no group (nor
  // Question), which might be the groups' (model/groups.h names_no_group).
  std::size_t no_group = 0;
};

GapReport gap_report(const Corpus& corpus, const Analyzer& analyzer, const Taxonomy& taxonomy,
                     const GapOptions& options);

// --- counterparts ---------------------------------------------------------------------------

struct CounterpartOptions {
  std::string security_group = "SG17";
  std::vector<std::string> topics;  // only subjects in these topics (names or paths)
  std::optional<Date> as_of;
  double min_score = 0.0;  // text score (match.h) a topic-shared candidate needs
  std::size_t top = 5;     // counterparts kept per item (0: all)
};

// One security item answering a subject item, and why. Only items whose status counts as
// coverage (not not-approved, superseded or withdrawn) answer anything.
struct CounterpartLink {
  std::size_t item = 0;  // index into CounterpartReport::items
  bool by_relation = false;
  RelationType relation = RelationType::other;
  bool relation_from_subject = false;  // the subject declares the relation (else the other)
  std::string relation_source;
  std::vector<std::string> shared_topics;  // the most specific topics both are in
  std::vector<Evidence> subject_evidence;  // how the subject is in the first shared topic
  std::vector<Evidence> item_evidence;     // and how the counterpart is
  double score = 0;                        // MatchIndex::compare
  MatchEvidence why;
};

struct CounterpartEntry {
  std::size_t item = 0;                // the subject: an item of another group, not about security
  std::vector<std::string> topics;     // its most specific topics
  std::vector<CounterpartLink> links;  // best first; empty: a security gap
};

struct CounterpartReport {
  const Corpus* corpus = nullptr;  // for the explanations (ids of shared references)
  std::string security_group;
  std::vector<std::string> taxonomies;  // names
  std::vector<ReportItem> items;
  std::vector<CounterpartEntry> entries;  // with counterparts first, then without; by id
  std::size_t with_counterparts = 0;
  std::size_t security_items = 0;  // candidates: of the security group or under `security`
  std::size_t outside_topics = 0;  // subjects left out because they are in no topic
  Date date;
  bool as_of_given = false;
};

// `matcher` gives the text score and its explanation (the index behind `check`).
CounterpartReport counterparts(const Corpus& corpus, const Analyzer& analyzer,
                               const MatchIndex& matcher, const std::vector<Taxonomy>& taxonomies,
                               const CounterpartOptions& options);

// --- ask ------------------------------------------------------------------------------------

struct AskOptions {
  std::vector<std::string> subjects;  // phrases, or names of topics of the taxonomy
  std::vector<std::string> aspects;   // every one must hold (empty: any aspect)
  std::optional<Date> as_of;
  std::vector<std::string> groups;
  std::string security_group = "SG17";  // its items are under `security` ("": none)
};

struct AskAnswer {
  std::vector<std::string> subjects;
  std::vector<std::string> topics;  // the subjects that named a topic (its terms were used)
  std::vector<std::string> aspects;
  std::vector<ReportItem> items;                        // by group, then id
  std::vector<std::vector<Evidence>> subject_evidence;  // per item
  std::vector<std::vector<Evidence>> aspect_evidence;   // per item, all aspects together
  Date date;
  bool as_of_given = false;
  std::vector<std::string> groups;
};

// When an aspect of options.aspects is not in the taxonomy (unknown_aspect, with the nearest
// name in suggestion) or a subject has no word that can match (empty_subject: only stop
// words), the answer is empty.
struct AskResult {
  AskAnswer answer;
  std::string unknown_aspect;
  std::string suggestion;
  std::string empty_subject;
};
AskResult ask(const Corpus& corpus, const Analyzer& analyzer, const Taxonomy& taxonomy,
              const AskOptions& options);

}  // namespace stdgraph
