#include "stdgraph/render_text.h"

#include <algorithm>

#include <fmt/ostream.h>

namespace stdgraph {
namespace {

void write_counts(std::ostream& out, std::string_view heading,
                  const std::map<std::string, std::size_t>& counts) {
  if (counts.empty()) return;
  std::size_t width = 0;
  for (const auto& [name, n] : counts) width = std::max(width, name.size());
  fmt::print(out, "\n{}\n", heading);
  for (const auto& [name, n] : counts) fmt::print(out, "  {:<{}}  {:>6}\n", name, width, n);
}

void write_relations(std::ostream& out, std::string_view heading,
                     const std::vector<RelationView>& relations, std::string_view arrow) {
  if (relations.empty()) return;
  std::size_t width = 0;
  for (const auto& r : relations) width = std::max(width, to_string(r.type).size());
  fmt::print(out, "\n{}\n", heading);
  for (const auto& r : relations)
    fmt::print(out, "  {:<{}} {} {}{}{}{}\n", to_string(r.type), width, arrow, r.other,
               r.resolved ? "" : "  (unknown item)",
               r.original_type.empty() ? "" : fmt::format("  ({})", r.original_type),
               r.source.empty() ? "" : fmt::format("  [{}]", r.source));
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
  fmt::print(out, "{}\n", d.id);
  auto field = [&](std::string_view name, std::string_view value) {
    if (!value.empty()) fmt::print(out, "  {:<10} {}\n", name, value);
  };
  if (!d.aliases.empty()) field("names", fmt::format("{}", fmt::join(d.aliases, ", ")));
  field("kind", to_string(d.kind));
  for (const auto& [lang, title] : d.titles)
    field(d.titles.size() == 1 ? "title" : fmt::format("title {}", lang), title);
  if (!d.group.empty())
    field("group",
          view.group_name.empty() ? d.group : fmt::format("{} ({})", d.group, view.group_name));
  if (!d.question.empty())
    field("question", view.question_name.empty()
                          ? d.question
                          : fmt::format("{} ({})", d.question, view.question_name));
  if (d.process) field("process", to_string(*d.process));
  if (auto status = d.status()) {
    const StatusEvent* latest = d.latest();
    bool dated = latest && latest->status == *status;
    field("status", dated ? fmt::format("{} {}", to_string(*status), latest->date.to_string())
                          : std::string(to_string(*status)));
  }
  if (d.referenced) field("referenced", "only mentioned by the sources");
  if (!d.keywords.empty()) field("keywords", fmt::format("{}", fmt::join(d.keywords, ", ")));
  field("record", fmt::format("{}:{}", d.pos.file, d.pos.line));
  if (!d.scope.empty()) {
    std::string indented;
    for (char c : d.scope) indented += c == '\n' ? std::string("\n  ") : std::string(1, c);
    fmt::print(out, "\nScope\n  {}\n", indented);
  }

  if (!d.history.empty()) {
    fmt::print(out, "\nHistory\n");
    for (const auto& e : d.history) {
      std::string extra;
      if (e.process) extra += fmt::format(" {}", to_string(*e.process));
      if (!e.target.empty()) extra += fmt::format(" target {}", e.target);
      if (!e.note.empty()) extra += fmt::format("  \"{}\"", e.note);
      fmt::print(out, "  {:<10}  {:<12}  {:<24}{}\n", e.date.to_string(), to_string(e.status),
                 e.source, extra);
    }
  }
  if (view.editions.size() > 1) {
    fmt::print(out, "\nEditions (oldest first)\n");
    for (const auto& e : view.editions)
      fmt::print(out, "  {}{}\n", e, e == d.id ? "  <- this one" : "");
  }
  write_relations(out, "Relations out", view.outgoing, "->");
  write_relations(out, "Relations in", view.incoming, "<-");
  if (!view.agenda.empty()) {
    fmt::print(out, "\nMeetings\n");
    for (const auto& a : view.agenda)
      fmt::print(out, "  {}  {}  for {}  [{}]\n", a.date.to_string(), a.meeting,
                 to_string(a.action), a.source);
  }
  if (!view.liaisons.empty())
    fmt::print(out, "\nLiaisons\n  {}\n", fmt::join(view.liaisons, "\n  "));
}

void write_text(std::ostream& out, const Stats& s) {
  fmt::print(out, "{} documents ({} only referenced), {} groups, {} liaisons, {} meetings\n",
             s.documents, s.referenced, s.groups, s.liaisons, s.meetings);
  fmt::print(out, "{} status events, {} relations ({} to unknown items), from {} files\n", s.events,
             s.relations, s.unresolved_relations, s.files);
  write_counts(out, "Documents by kind", s.by_kind);
  write_counts(out, "Documents by newest status (not counting referenced)", s.by_status);
  write_counts(out, "Documents by group", s.by_group);
  write_counts(out, "Documents by Question", s.by_question);
  write_counts(out, "Relations by type", s.by_relation_type);
  write_counts(out, "Groups by kind", s.by_group_kind);
  write_counts(out, "Source rows by table", s.rows_by_table);
}

}  // namespace stdgraph
