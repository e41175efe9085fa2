#include "stdgraph/model/model.h"

#include "stdgraph/model/status.h"

#include <algorithm>
#include <charconv>
#include <iterator>

#include <fmt/format.h>

namespace stdgraph {

std::string Date::to_string() const {
  if (year == 0) return "";
  if (month == 0) return fmt::format("{:04}", year);
  if (day == 0) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

namespace {

std::optional<int> parse_digits(std::string_view text, std::size_t width) {
  if (text.size() != width) return std::nullopt;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  Date d;
  auto year = parse_digits(text.substr(0, 4), 4);
  if (!year || *year < kFirstYear || *year > kLastYear) return std::nullopt;
  d.year = *year;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  auto month = parse_digits(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  d.month = *month;
  if (text.size() == 7) return d;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  auto day = parse_digits(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(d.year, d.month)) return std::nullopt;
  d.day = *day;
  return d;
}

Date last_day(const Date& date) {
  Date last = date;
  if (last.empty()) return last;
  if (last.month == 0) last.month = 12;
  if (last.day == 0) last.day = days_in_month(last.year, last.month);
  return last;
}

std::optional<Date> parse_as_of(std::string_view text) {
  auto date = parse_date(text);
  if (date) date = last_day(*date);
  return date;
}

bool definitely_before(const Date& a, const Date& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month == 0 || b.month == 0) return false;
  if (a.month != b.month) return a.month < b.month;
  if (a.day == 0 || b.day == 0) return false;
  return a.day < b.day;
}

std::string date_problem(std::string_view text) {
  if (parse_date(text)) return {};
  bool form = text.size() == 4 || (text.size() == 7 && text[4] == '-') ||
              (text.size() == 10 && text[4] == '-' && text[7] == '-');
  auto year = parse_digits(text.substr(0, 4), 4);
  auto month = text.size() >= 7 ? parse_digits(text.substr(5, 2), 2) : std::optional<int>(1);
  auto day = text.size() == 10 ? parse_digits(text.substr(8, 2), 2) : std::optional<int>(1);
  if (!form || !year || !month || !day) return "it is not written YYYY-MM-DD (or YYYY-MM, or YYYY)";
  if (*year < kFirstYear || *year > kLastYear)
    return fmt::format("the year {} is outside the years a date may have ({}-{})", *year,
                       kFirstYear, kLastYear);
  if (*month < 1 || *month > 12) return fmt::format("there is no month {:02}", *month);
  return fmt::format("{:04}-{:02} has no day {:02}", *year, *month, *day);
}

int status_rank(Status s) {
  switch (s) {
    case Status::planned:
      return 1;
    case Status::ongoing:
    case Status::on_agenda:
    case Status::moved:
      return 2;
    case Status::determined:
    case Status::consented:
    case Status::not_approved:
      return 3;
    case Status::approved:
    case Status::agreed:
    case Status::published:
      return 4;
    case Status::superseded:
    case Status::withdrawn:
      return 5;
  }
  return 0;
}

bool is_final(Status s) {
  return status_rank(s) == 4;
}

bool is_acyclic(RelationType t) {
  switch (t) {
    case RelationType::supplement_to:
    case RelationType::amends:
    case RelationType::corrects:
    case RelationType::revises:
    case RelationType::supersedes:
    case RelationType::based_on:
      return true;
    default:
      return false;
  }
}

bool is_symmetric(RelationType t) {
  return t == RelationType::common_text || t == RelationType::same_as ||
         t == RelationType::edition_of || t == RelationType::complements;
}

template <>
const std::vector<EnumName<DocKind>>& enum_names<DocKind>() {
  static const std::vector<EnumName<DocKind>> names = {
      {DocKind::recommendation, "recommendation"},
      {DocKind::supplement, "supplement"},
      {DocKind::technical_report, "technical-report"},
      {DocKind::technical_paper, "technical-paper"},
      {DocKind::amendment, "amendment"},
      {DocKind::corrigendum, "corrigendum"},
      {DocKind::appendix, "appendix"},
      {DocKind::series, "series"},
      {DocKind::external, "external"},
      {DocKind::resolution, "resolution"},
      {DocKind::handbook, "handbook"},
      {DocKind::question_text, "question-text"},
      {DocKind::standard, "standard"},
      {DocKind::specification, "specification"},
      {DocKind::guide, "guide"},
  };
  return names;
}

template <>
const std::vector<EnumName<Status>>& enum_names<Status>() {
  static const std::vector<EnumName<Status>> names = {
      {Status::planned, "planned"},
      {Status::ongoing, "ongoing"},
      {Status::on_agenda, "on-agenda"},
      {Status::moved, "moved"},
      {Status::determined, "determined"},
      {Status::consented, "consented"},
      {Status::not_approved, "not-approved"},
      {Status::approved, "approved"},
      {Status::agreed, "agreed"},
      {Status::published, "published"},
      {Status::superseded, "superseded"},
      {Status::withdrawn, "withdrawn"},
  };
  return names;
}

template <>
const std::vector<EnumName<Process>>& enum_names<Process>() {
  static const std::vector<EnumName<Process>> names = {{Process::tap, "TAP"},
                                                       {Process::aap, "AAP"}};
  return names;
}

template <>
const std::vector<EnumName<RelationType>>& enum_names<RelationType>() {
  static const std::vector<EnumName<RelationType>> names = {
      {RelationType::normative_reference, "normative-reference"},
      {RelationType::informative_reference, "informative-reference"},
      {RelationType::supplement_to, "supplement-to"},
      {RelationType::amends, "amends"},
      {RelationType::corrects, "corrects"},
      {RelationType::revises, "revises"},
      {RelationType::supersedes, "supersedes"},
      {RelationType::common_text, "common-text"},
      {RelationType::based_on, "based-on"},
      {RelationType::same_as, "same-as"},
      {RelationType::moved_to, "moved-to"},
      {RelationType::edition_of, "edition-of"},
      {RelationType::complements, "complements"},
      {RelationType::other, "other"},
  };
  return names;
}

template <>
const std::vector<EnumName<GroupKind>>& enum_names<GroupKind>() {
  static const std::vector<EnumName<GroupKind>> names = {
      {GroupKind::sector, "sector"},
      {GroupKind::study_group, "study-group"},
      {GroupKind::working_party, "working-party"},
      {GroupKind::question, "question"},
      {GroupKind::focus_group, "focus-group"},
      {GroupKind::jca, "jca"},
      {GroupKind::correspondence_group, "correspondence-group"},
      {GroupKind::advisory_group, "advisory-group"},
      {GroupKind::external_body, "external-body"},
      {GroupKind::committee, "committee"},
  };
  return names;
}

template <>
const std::vector<EnumName<AgendaAction>>& enum_names<AgendaAction>() {
  static const std::vector<EnumName<AgendaAction>> names = {
      {AgendaAction::determination, "determination"},
      {AgendaAction::approval, "approval"},
      {AgendaAction::consent, "consent"},
      {AgendaAction::agreement, "agreement"},
  };
  return names;
}

template <>
const std::vector<EnumName<LiaisonAction>>& enum_names<LiaisonAction>() {
  static const std::vector<EnumName<LiaisonAction>> names = {
      {LiaisonAction::action, "action"},
      {LiaisonAction::comment, "comment"},
      {LiaisonAction::information, "information"},
  };
  return names;
}

namespace {
template <typename E>
std::string_view name_of(E value) {
  for (const auto& entry : enum_names<E>())
    if (entry.value == value) return entry.name;
  return "?";
}
}  // namespace

std::string_view to_string(DocKind v) {
  return name_of(v);
}
std::string_view to_string(Status v) {
  return name_of(v);
}
std::string_view to_string(Process v) {
  return name_of(v);
}
std::string_view to_string(RelationType v) {
  return name_of(v);
}
std::string_view to_string(GroupKind v) {
  return name_of(v);
}
std::string_view to_string(AgendaAction v) {
  return name_of(v);
}
std::string_view to_string(LiaisonAction v) {
  return name_of(v);
}

const std::string& Document::title() const {
  static const std::string empty;
  if (auto it = titles.find("en"); it != titles.end()) return it->second;
  return titles.empty() ? empty : titles.begin()->second;
}

namespace {
const std::string& first_id(const std::vector<Membership>& members) {
  static const std::string empty;
  return members.empty() ? empty : members.front().id;
}
}  // namespace

const std::string& Document::group() const {
  return first_id(groups);
}
const std::string& Document::question() const {
  return first_id(questions);
}

std::vector<std::string> member_ids(const std::vector<Membership>& members) {
  std::vector<std::string> ids;
  for (const Membership& m : members)
    if (std::find(ids.begin(), ids.end(), m.id) == ids.end()) ids.push_back(m.id);
  return ids;
}

std::string member_text(const std::vector<Membership>& members) {
  std::string text;
  for (const std::string& id : member_ids(members)) {
    if (!text.empty()) text += ", ";
    text += id;
  }
  return text;
}

std::string place_text(const Document& document) {
  std::string groups = member_text(document.groups), questions = member_text(document.questions);
  if (groups.empty() || questions.empty()) return groups + questions;
  return groups + " " + questions;
}

bool has_member(const std::vector<Membership>& members, std::string_view id) {
  return !id.empty() && std::any_of(members.begin(), members.end(),
                                    [&](const Membership& m) { return m.id == id; });
}

bool share_member(const std::vector<Membership>& a, const std::vector<Membership>& b) {
  return std::any_of(a.begin(), a.end(), [&](const Membership& m) { return has_member(b, m.id); });
}

const StatusEvent* Document::latest() const {
  return history.empty() ? nullptr : &history.back();
}

SourcePos Document::relation_pos(std::size_t r) const {
  // A relation a joined edition brought is written in that edition's file.
  const std::string* file = &pos.file;
  for (const Edition& e : editions)
    if (e.relations <= r) file = &e.pos.file;
  return {*file, relations[r].pos.line, relations[r].pos.column};
}

std::optional<Status> Document::status() const {
  return status_as_of(*this, std::nullopt).status;
}

void RecordSet::append(RecordSet&& other) {
  auto move_all = [](auto& to, auto& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  };
  move_all(documents, other.documents);
  move_all(groups, other.groups);
  move_all(liaisons, other.liaisons);
  move_all(meetings, other.meetings);
  move_all(events, other.events);
  move_all(links, other.links);
  move_all(files, other.files);
}

}  // namespace stdgraph
