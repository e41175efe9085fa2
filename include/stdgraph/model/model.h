// The records stdgraph reads: documents, groups, liaisons, meetings and their parts.
// Plain structs; loaders fill them, the corpus indexes them, analyses read them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph {

// Where a value was written: file, 1-based line and column (0 when unknown).
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
};

// A place in a file known from elsewhere: a relation's, in its document's file (see
// Document::relation_pos). No file name in each of a catalogue's 440,000 relations.
struct LinePos {
  int line = 0;
  int column = 0;
  LinePos() = default;
  LinePos(int l, int c) : line(l), column(c) {}
  LinePos(const SourcePos& p) : line(p.line), column(p.column) {}  // NOLINT: the file is dropped
};

// A calendar date that may be known only to the year or month (month/day 0 = unknown).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool empty() const { return year == 0; }
  std::string to_string() const;  // "2023", "2023-09" or "2023-09-08"
  auto operator<=>(const Date&) const = default;
};
// Parses YYYY, YYYY-MM or YYYY-MM-DD with a real calendar check; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
// Why parse_date refuses `text`, for a message: "the year 9999 is outside 1900-2200",
// "2023-02 has no day 30", "it is not written YYYY-MM-DD" (empty when it is a date).
std::string date_problem(std::string_view text);
inline constexpr int kFirstYear = 1900, kLastYear = 2200;  // the years a date may have
// The last day of the year or month a date names: 2023 -> 2023-12-31, 2024-02 -> 2024-02-29.
Date last_day(const Date& date);
// --as-of DATE, as every command reads it: YYYY, YYYY-MM or YYYY-MM-DD, a year or month
// standing for its last day ("as of 2023" is as of 2023-12-31, all of 2023 included);
// nullopt when it is not a date (date_problem says why).
std::optional<Date> parse_as_of(std::string_view text);
// True when `a` ends before `b` begins, counting a year-only date as the whole year.
bool definitely_before(const Date& a, const Date& b);

enum class DocKind : std::uint8_t {
  recommendation,
  supplement,
  technical_report,
  technical_paper,
  amendment,
  corrigendum,
  appendix,
  series,
  external,
  resolution,     // catalogues: ITU-R and ITU-T Resolutions
  handbook,       // catalogues: ITU-R Handbooks
  question_text,  // catalogues: the text of a study Question
  // Other bodies' documents (Document::doctype keeps the body's own name for the type):
  standard,       // an International Standard (ISO, IEC), EN or ES (ETSI), an RFC (IETF)
  specification,  // a Technical Specification (ISO, IEC, ETSI TS/GS, 3GPP TS), a PAS
  guide,          // a Guide (ISO/IEC Guide, ETSI EG)
};

enum class Status : std::uint8_t {
  planned,
  ongoing,
  on_agenda,
  moved,
  determined,
  consented,
  not_approved,
  approved,
  agreed,
  published,
  superseded,
  withdrawn,
};
// Progress rank: planned 1 .. approved/agreed/published 4, superseded/withdrawn 5.
int status_rank(Status s);
// True for statuses of a text that is in force (approved, agreed, published).
bool is_final(Status s);

enum class Process : std::uint8_t { tap, aap };

enum class RelationType : std::uint8_t {
  normative_reference,
  informative_reference,
  supplement_to,
  amends,
  corrects,
  revises,
  supersedes,
  common_text,
  based_on,
  same_as,
  moved_to,
  edition_of,   // another edition of the same Recommendation (Relaton hasEdition)
  complements,  // Relaton complementOf: a Supplement, Amendment, ... and its base, either way
  other,        // a catalogue relation with no stdgraph meaning; Relation::original_type names it
};
// True for relation types that must never form a loop.
bool is_acyclic(RelationType t);
// True for relation types that read the same both ways (common text, same item).
bool is_symmetric(RelationType t);

enum class GroupKind : std::uint8_t {
  sector,
  study_group,
  working_party,
  question,
  focus_group,
  jca,
  correspondence_group,
  advisory_group,
  external_body,  // a standards body other than ITU (ISO, IEC, ETSI, 3GPP, IETF)
  committee,      // a committee of another body: IEC TC 65, 3GPP SA3, an ETSI TC
};

enum class AgendaAction : std::uint8_t { determination, approval, consent, agreement };

// What a liaison statement asks of its addressees (ITU-T's "for action / comment /
// information").
enum class LiaisonAction : std::uint8_t { action, comment, information };

// Names of enum values as written in records ("technical-report", "not-approved").
std::string_view to_string(DocKind v);
std::string_view to_string(Status v);
std::string_view to_string(Process v);
std::string_view to_string(RelationType v);
std::string_view to_string(GroupKind v);
std::string_view to_string(AgendaAction v);
std::string_view to_string(LiaisonAction v);

// Every value of an enum with its written name, for parsing and for "did you mean".
template <typename E>
struct EnumName {
  E value;
  std::string_view name;
};
template <typename E>
const std::vector<EnumName<E>>& enum_names();

template <typename E>
std::optional<E> parse_enum(std::string_view text) {
  for (const auto& [value, name] : enum_names<E>())
    if (name == text) return value;
  return std::nullopt;
}

// Where single fields of a record come from when that is not the record's `source`: field
// name ("name", "parent", "date", "id") -> a source (model/source.h: a seed reference, or
// general-knowledge:, inferred:, assigned:). Written `sources:` in a record.
using FieldSources = std::map<std::string, std::string>;

// One dated step in a document's life, naming the source that says so.
struct StatusEvent {
  Date date;
  Status status = Status::planned;
  std::string source;  // SEED/TABLE/ROW
  std::string note;
  std::optional<Process> process;
  std::string target;          // planned completion as the source gives it ("2024")
  FieldSources field_sources;  // a date inferred from a meeting, ...
  SourcePos pos;
};

// A typed edge from the document that declares it to another document.
struct Relation {
  RelationType type = RelationType::normative_reference;
  std::string target;  // as written: any name of the target
  std::string source;  // empty: the source of the document that declares it
  std::string note;
  std::string original_type;  // the catalogue's own name of the relation (Relaton `type`)
  std::string target_key;     // identifier_key(target), when a loader has worked it out
  bool reversed = false;      // read from the target: "A obsoletedBy B" is "B supersedes A"
  LinePos pos;                // in the declaring document's file
};

// A published edition of a work: a catalogue record joined to the work-programme record of
// the same number (or of the provisional name a link gives that number). See corpus.h.
struct Edition {
  std::string id;  // as the catalogue names it: "X.1817 (09/2023)"
  Date date;       // the edition's date, from its name or else its publication
  std::string title;
  std::string source;  // the catalogue record's source: "relaton/T-REC-X.1817-202309-I"
  SourcePos pos;
  // The work's relations from this one on, up to the next edition's, came from this record.
  std::size_t relations = 0;
};

// A group or Question an item belongs to, and the source that says so. An item may be under
// several (a row giving "14/17, 10/17" is a joint item); each statement is kept with its source,
// so that sources that disagree can be reported (validate) rather than one of them dropped.
struct Membership {
  std::string id;      // as written: "Q14/17", "SG17"
  std::string source;  // SEED/TABLE/ROW: the record's, or the event's that adds it
  SourcePos pos;       // where the statement is written
};

// The distinct ids of `members`, first statement first ("Q14/17", "Q10/17").
std::vector<std::string> member_ids(const std::vector<Membership>& members);
// The distinct ids joined for a table cell: "Q14/17, Q10/17" ("" for none).
std::string member_text(const std::vector<Membership>& members);
// Where a document stands, for a table cell: its groups, then its Questions ("SG17 Q14/17,
// Q10/17"); "" when it names none.
struct Document;
std::string place_text(const Document& document);
// True when `members` names `id` (exactly) / when the two lists share an id.
bool has_member(const std::vector<Membership>& members, std::string_view id);
bool share_member(const std::vector<Membership>& a, const std::vector<Membership>& b);

// A link a catalogue gives for a document: its type as the catalogue says ("src", "pdf",
// "obp") and the address.
struct WebLink {
  std::string type;
  std::string url;
};

// A subject class (ICS, the International Classification for Standards): "35.030" and
// "IT Security".
struct Classification {
  std::string code;
  std::string text;
};

struct Document {
  std::string id;
  std::vector<std::string> aliases;
  DocKind kind = DocKind::recommendation;
  // The standards body whose document this is ("ITU-T", "ETSI", "3GPP", "IEC", "ISO/IEC",
  // "IETF"), as its catalogue record says; empty when the record does not say: then
  // body_of (model/bodies.h) reads it from the name.
  std::string body;
  std::string doctype;  // the body's own name for the type: "European Standard (EN)", "TS"
  std::string version;  // the edition or version the record states: "3.1.3", "2"
  std::vector<WebLink> web_links;
  std::vector<Classification> ics;
  std::map<std::string, std::string> titles;  // language -> title
  std::string scope;
  std::vector<std::string> keywords;
  // Every group and Question the sources put the item under, in the order stated (the record's
  // own first, then those detached events add). The same id may be stated by several sources.
  std::vector<Membership> groups;
  std::vector<Membership> questions;
  // The series range the first group was inferred from ("X.1000-X.1999", model/series.h),
  // when the record names none; empty when a source names the group.
  std::string group_inferred_from;
  std::optional<Process> process;
  std::vector<StatusEvent> history;  // oldest first once in a corpus
  std::vector<Relation> relations;
  std::string source;
  bool referenced = false;  // only mentioned by the sources, no row of its own
  bool implied = false;     // made by a catalogue reader for a name it mentions (ISO/IEC ...)
  // The status a catalogue gives without a date (Relaton status.stage: Withdrawal).
  std::optional<Status> stage;
  bool catalogue = false;  // read from a published catalogue (Relaton), not the work programme
  // The catalogue editions joined into this work-programme record, oldest first (only in a
  // built corpus; the records they came from are gone, their names are aliases of this one).
  std::vector<Edition> editions;
  // The number a link gave a draft ("X.2011" for X.sg-dtn), the link's source (who confirmed
  // it, or what inferred it) and whether it was inferred rather than confirmed.
  std::string number;
  std::string number_source;
  bool number_inferred = false;
  SourcePos pos;

  // The English title, else the first one, else "".
  const std::string& title() const;
  // The first group / Question stated, or "": where an item is drawn or listed once.
  const std::string& group() const;
  const std::string& question() const;
  // The last event of the history as sorted (nullptr when there is none). Not the status:
  // status_as_of (model/status.h) says which event gives that.
  const StatusEvent* latest() const;
  // The status now, by the one rule of model/status.h: status_as_of(*this, {}).status.
  std::optional<Status> status() const;
  // Where relation r is written, with the file filled in.
  SourcePos relation_pos(std::size_t r) const;
};

struct Group {
  std::string id;
  GroupKind kind = GroupKind::study_group;
  std::string name;
  std::string parent;
  std::vector<std::string> members;
  std::string source;
  bool implied = false;  // made by a catalogue reader; a declared group of that id wins
  SourcePos pos;
  FieldSources field_sources;  // a name or parent no seed states, ...
};

struct Liaison {
  std::string id;
  std::string title;
  Date date;
  std::string from;
  std::vector<std::string> to;
  std::vector<std::string> replies_to;
  std::vector<std::string> about;
  std::optional<LiaisonAction> action;  // what it asks of its addressees, when the source says
  Date deadline;                        // by when (empty: the source gives none)
  std::string source;
  FieldSources field_sources;  // an id or date worked out, a title made up, ...
  SourcePos pos;
};

struct AgendaItem {
  std::string item;
  AgendaAction action = AgendaAction::determination;
  std::string condition;  // when the action is taken at all, as the source says: "if needed"
  std::string source;
  SourcePos pos;
};

// A date by which participants must do something before a meeting (register, submit
// contributions), as the meeting's invitation gives it.
struct Deadline {
  Date date;
  std::string what;    // "pre-registration", "contributions", as the source words it
  std::string source;  // empty: the meeting's
  SourcePos pos;
};

// One sitting of a meeting: its day and hours ("13:00" to "17:00"), in the meeting's
// time_zone.
struct MeetingSession {
  Date date;
  std::string start;   // HH:MM
  std::string end;     // HH:MM
  std::string source;  // empty: the meeting's
  SourcePos pos;
};

struct Meeting {
  std::string id;
  std::string group;
  Date start;
  Date end;
  std::string place;
  std::string time_zone;  // where the sessions' hours are counted ("Geneva")
  std::vector<MeetingSession> sessions;
  std::vector<Deadline> deadlines;  // oldest first as written
  std::vector<AgendaItem> agenda;
  std::string source;
  FieldSources field_sources;
  SourcePos pos;
};

// A status event given apart from its document's record (`events:` in a file). Its source may
// also put the item under a group or Question (`group:`, `question:` beside the event).
struct DetachedEvent {
  std::string item;
  StatusEvent event;
  std::vector<Membership> groups;
  std::vector<Membership> questions;
};

// A join of a draft's provisional name to the number it was published under, confirmed in a
// links file (`links:` in a native record file), or inferred by `--link-certain`.
struct Link {
  std::string draft;   // the provisional name: "X.sg-dtn"
  std::string number;  // the number: "X.2011" (any edition's name reads as its work)
  std::string source;  // who confirmed it and when, or what inferred it
  bool inferred = false;
  SourcePos pos;
};

// Everything read from a set of files, before identities are resolved.
struct RecordSet {
  std::vector<Document> documents;
  std::vector<Group> groups;
  std::vector<Liaison> liaisons;
  std::vector<Meeting> meetings;
  std::vector<DetachedEvent> events;
  std::vector<Link> links;
  std::vector<std::string> files;  // the files read, in order

  void append(RecordSet&& other);
};

}  // namespace stdgraph
