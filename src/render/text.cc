#include "stdgraph/render/text.h"

#include <algorithm>

#include <fmt/ostream.h>

#include "stdgraph/model/bodies.h"
#include "stdgraph/render/text_table.h"
#include "stdgraph/util/escape.h"

namespace stdgraph {
namespace {

using render::name;
using render::names;
using render::prose;

void write_counts(std::ostream& out, std::string_view heading,
                  const std::map<std::string, std::size_t>& counts) {
  if (counts.empty()) return;
  std::size_t width = 0;
  for (const auto& [key, n] : counts) width = std::max(width, render::display_width(name(key)));
  fmt::print(out, "\n{}\n", heading);
  for (const auto& [key, n] : counts) {
    std::string shown = name(key);
    fmt::print(out, "  {}{}  {:>6}\n", shown,
               std::string(width - render::display_width(shown), ' '), n);
  }
}

void write_relations(std::ostream& out, std::string_view heading,
                     const std::vector<RelationView>& relations, std::string_view arrow) {
  if (relations.empty()) return;
  std::size_t width = 0;
  for (const auto& r : relations) width = std::max(width, to_string(r.type).size());
  fmt::print(out, "\n{}\n", heading);
  for (const auto& r : relations)
    fmt::print(out, "  {:<{}} {} {}{}{}{}\n", to_string(r.type), width, arrow, name(r.other),
               r.resolved ? "" : "  (unknown item)",
               r.original_type.empty() ? "" : fmt::format("  ({})", name(r.original_type)),
               r.source.empty() ? "" : fmt::format("  [{}]", name(r.source)));
}

}  // namespace

void write_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics, std::size_t files) {
  std::size_t errors = 0;
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::error) ++errors;
    fmt::print(out, "{}\n", format_diagnostic(d));
  }
  fmt::print(out, "{} error{}, {} warning{} in {} file{}\n", errors, errors == 1 ? "" : "s",
             diagnostics.size() - errors, diagnostics.size() - errors == 1 ? "" : "s", files,
             files == 1 ? "" : "s");
}

void write_text(std::ostream& out, const DocumentView& view) {
  const Document& d = *view.doc;
  fmt::print(out, "{}\n", name(d.id));
  auto field = [&](std::string_view label, std::string_view value) {
    if (!value.empty()) fmt::print(out, "  {:<10} {}\n", label, value);
  };
  if (!d.aliases.empty()) field("names", names(d.aliases));
  field("kind", to_string(d.kind));
  field("body", body_of(d));
  field("type", prose(d.doctype));
  field("version", prose(d.version));
  for (const auto& [lang, title] : d.titles)
    field(d.titles.size() == 1 ? "title" : fmt::format("title {}", name(lang)), prose(title));
  // One line each; an item under several names them all, with their sources when they
  // differ (two sources that disagree show side by side: validate reports them).
  auto members = [&](const std::vector<DocumentView::Member>& list) {
    bool sources = std::any_of(list.begin(), list.end(),
                               [&](const auto& m) { return m.source != list.front().source; });
    std::vector<std::string> parts;
    for (const auto& m : list) {
      std::vector<std::string> about;
      if (!m.name.empty()) about.push_back(prose(m.name));
      // A group a catalogue record names none of, taken from its number's series.
      if (&list == &view.groups && m.id == d.group() && !d.group_inferred_from.empty())
        about.push_back(fmt::format("inferred from the {} series", name(d.group_inferred_from)));
      std::string part =
          about.empty() ? name(m.id) : fmt::format("{} ({})", name(m.id), fmt::join(about, "; "));
      if (sources && !m.source.empty()) part += fmt::format(" [{}]", name(m.source));
      parts.push_back(std::move(part));
    }
    return fmt::format("{}", fmt::join(parts, "; "));
  };
  if (!view.groups.empty())
    field(view.groups.size() > 1 ? "groups" : "group", members(view.groups));
  if (!view.questions.empty())
    field(view.questions.size() > 1 ? "questions" : "question", members(view.questions));
  if (d.process) field("process", to_string(*d.process));
  field("status", status_text(view.status));
  if (const StatusEvent* t = view.status.target)
    field("target", fmt::format("{} ({})", prose(t->target), name(t->source)));
  if (!d.number.empty())  // an inferred link's source says so itself ("inferred: ...")
    field("number", fmt::format("{} ({}{})", name(d.number),
                                d.number_inferred ? "" : "linked: ", prose(d.number_source)));
  if (d.referenced) field("referenced", "only mentioned by the sources");
  if (!d.keywords.empty()) {
    std::vector<std::string> keywords;
    for (const auto& k : d.keywords) keywords.push_back(prose(k));
    field("keywords", fmt::format("{}", fmt::join(keywords, ", ")));
  }
  if (!d.ics.empty()) {
    std::vector<std::string> classes;
    for (const auto& c : d.ics)
      classes.push_back(c.text.empty() ? prose(c.code)
                                       : fmt::format("{} {}", prose(c.code), prose(c.text)));
    field("ICS", fmt::format("{}", fmt::join(classes, "; ")));
  }
  for (const auto& l : d.web_links)
    field(l.type.empty() ? "link" : fmt::format("link {}", name(l.type)), name(l.url));
  field("record", fmt::format("{}:{}", name(d.pos.file), d.pos.line));
  if (!d.scope.empty()) {
    std::string indented;
    for (char c : terminal_safe(d.scope, Breaks::keep))
      indented += c == '\n' ? std::string("\n  ") : std::string(1, c);
    fmt::print(out, "\nScope\n  {}\n", indented);
  }

  if (!d.history.empty()) {
    fmt::print(out, "\nHistory\n");
    for (const auto& e : d.history) {
      std::string extra;
      if (e.process) extra += fmt::format(" {}", to_string(*e.process));
      if (!e.target.empty()) extra += fmt::format(" target {}", prose(e.target));
      if (!e.note.empty()) extra += fmt::format("  \"{}\"", prose(e.note));
      std::string source = name(e.source);
      fmt::print(out, "  {:<10}  {:<12}  {}{}{}\n", e.date.to_string(), to_string(e.status), source,
                 std::string(24 - std::min<std::size_t>(24, render::display_width(source)), ' '),
                 extra);
    }
  }
  if (!d.editions.empty()) {
    fmt::print(out, "\nEditions (oldest first, from the catalogue)\n");
    for (const Edition& e : d.editions)
      fmt::print(out, "  {:<22}  {:<10}  {}\n", name(e.id), e.date.to_string(), name(e.source));
  } else if (view.editions.size() > 1) {
    fmt::print(out, "\nEditions (oldest first)\n");
    for (const auto& e : view.editions)
      fmt::print(out, "  {}{}\n", name(e), e == d.id ? "  <- this one" : "");
  }
  write_relations(out, "Relations out", view.outgoing, "->");
  write_relations(out, "Relations in", view.incoming, "<-");
  if (!view.agenda.empty()) {
    fmt::print(out, "\nMeetings\n");
    for (const auto& a : view.agenda)
      fmt::print(out, "  {}  {}  for {}  [{}]\n", a.date.to_string(), name(a.meeting),
                 to_string(a.action), name(a.source));
  }
  if (!view.liaisons.empty()) {
    std::vector<std::string> liaisons;
    for (const auto& l : view.liaisons) liaisons.push_back(name(l));
    fmt::print(out, "\nLiaisons\n  {}\n", fmt::join(liaisons, "\n  "));
  }
}

void write_text(std::ostream& out, const Stats& s) {
  fmt::print(out, "{} documents ({} only referenced), {} groups, {} liaisons, {} meetings\n",
             s.documents, s.referenced, s.groups, s.liaisons, s.meetings);
  fmt::print(out, "{} status events, {} relations ({} to unknown items), from {} files\n", s.events,
             s.relations, s.unresolved_relations, s.files);
  write_counts(out, "Documents by kind", s.by_kind);
  write_counts(out, "Documents by status (not counting referenced)", s.by_status);
  write_counts(out, "Documents by body", s.by_body);
  write_counts(out, "Works by body (each work once, whatever its editions or versions)",
               s.works_by_body);
  write_counts(out, "Documents by group", s.by_group);
  write_counts(out, "Documents by Question", s.by_question);
  write_counts(out, "Relations by type", s.by_relation_type);
  write_counts(out, "Groups by kind", s.by_group_kind);
  write_counts(out, "Source rows by table", s.rows_by_table);
}

}  // namespace stdgraph
