// Gap reports as Markdown, to paste into a liaison statement or a focus group's report: a
// title, the date of the data, the matrix, the gaps, and the source of every item. Every text
// from the records is escaped: HTML special characters as entities (Markdown passes raw HTML
// through), Markdown punctuation with a backslash, line breaks as spaces.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "gaps_common.h"
#include "stdgraph/render/gaps.h"
#include "stdgraph/util/escape.h"

namespace stdgraph {
namespace {

std::string md(std::string_view text) {
  std::string out;
  for (char c : one_line(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '#':
      case '~':
      case '!':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string md_join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? std::string(sep) : "") + md(v[i]);
  return out;
}

std::string ids_of(const std::vector<ReportItem>& items, const std::vector<std::size_t>& which) {
  std::vector<std::string> ids;
  for (std::size_t i : which) ids.push_back(items[i].doc->id);
  return md_join(ids, ", ");
}

void write_header(std::ostream& out, const std::string& title, const Date& date, bool as_of_given) {
  fmt::print(out, "# {}\n\nData as of {}.", md(title), md(render::date_text(date, as_of_given)));
}

// The table of items with their sources: the part a reader checks the report against.
void write_items_table(std::ostream& out, const std::vector<ReportItem>& items) {
  fmt::print(out, "| Item | Title | Status | Group | Question | Source | Record |\n");
  fmt::print(out, "|---|---|---|---|---|---|---|\n");
  for (const ReportItem& item : items) {
    const Document& d = *item.doc;
    fmt::print(out, "| {} | {} | {} | {} | {} | {} | {} |\n", md(d.id), md(d.title()),
               md(render::status_text(item.state)), md(member_text(d.groups)),
               md(member_text(d.questions)), md_join(item.sources, ", "),
               md(fmt::format("{}:{}", d.pos.file, d.pos.line)));
  }
}

}  // namespace

void write_markdown(std::ostream& out, const GapReport& r) {
  write_header(out, "Gap analysis: " + r.taxonomy, r.date, r.as_of_given);
  fmt::print(out, " Items of {}: {} with a status, {} of them in a topic of the taxonomy{}.\n",
             md(render::groups_text(r.groups)), r.considered, r.items.size(),
             md(render::no_group_text(r.no_group)));
  fmt::print(out, "Taxonomy: {}{}; aspects: {}.\n", md(r.taxonomy_file),
             r.taxonomy_source.empty() ? "" : fmt::format(" ({})", md(r.taxonomy_source)),
             md(r.aspects_file));

  fmt::print(out, "\n## Matrix\n\n| Topic |");
  for (const std::string& a : r.aspects) fmt::print(out, " {} |", md(a));
  fmt::print(out, "\n|---|");
  for (std::size_t a = 0; a < r.aspects.size(); ++a) fmt::print(out, "---|");
  fmt::print(out, "\n");
  for (std::size_t t = 0; t < r.topics.size(); ++t) {
    std::string indent;
    for (int d = 0; d < r.topics[t].depth; ++d) indent += "&emsp;";
    fmt::print(out, "| {}{} |", indent, md(r.topics[t].name));
    for (std::size_t a = 0; a < r.aspects.size(); ++a) {
      const GapCell& cell = r.cells[t][a];
      bool other = a + 1 == r.aspects.size();  // never a gap
      if (cell.items.empty())
        out << (other ? " |" : " — |");
      else if (cell.coverage == Coverage::none)
        fmt::print(out, " {}(does not count: {}) |", other ? "" : "— ",
                   ids_of(r.items, cell.items));
      else
        fmt::print(out, " **{}**: {} |", md(label(cell.coverage)), ids_of(r.items, cell.items));
    }
    fmt::print(out, "\n");
  }
  fmt::print(out,
             "\nA cell shows the most advanced status among its items (approved/agreed > "
             "determined/consented > ongoing > planned); — is a gap. Not-approved, superseded "
             "and withdrawn texts do not count. `{}` holds items under no aspect and is never a "
             "gap.\n",
             md(std::string(kOtherAspect)));

  fmt::print(out, "\n## Gaps ({})\n\n", r.gaps.size());
  for (const Gap& g : r.gaps) {
    fmt::print(out, "- {} × {}", md(r.topics[g.topic].path), md(r.aspects[g.aspect]));
    if (!g.not_counted.empty())
      fmt::print(out, " (does not count: {})", ids_of(r.items, g.not_counted));
    fmt::print(out, "\n");
  }
  if (r.gaps.empty()) fmt::print(out, "None: every topic has work under every aspect.\n");

  fmt::print(out, "\n## Items and sources\n\n");
  write_items_table(out, r.items);
}

void write_markdown(std::ostream& out, const CounterpartReport& r) {
  write_header(out, "Security counterparts", r.date, r.as_of_given);
  std::size_t without = r.entries.size() - r.with_counterparts;
  fmt::print(out,
             " Security work: the items of {} and those under the aspect security ({} items). "
             "Items of other groups in a topic of {}: {} with a security counterpart, {} "
             "without.\n",
             md(r.security_group), r.security_items, md_join(r.taxonomies, "; "),
             r.with_counterparts, without);

  fmt::print(out, "\n## Items with security counterparts ({})\n", r.with_counterparts);
  for (const CounterpartEntry& e : r.entries) {
    if (e.links.empty()) continue;
    const ReportItem& s = r.items[e.item];
    fmt::print(out, "\n### {}: {}\n\n{}, {}. Topics: {}.\n\n", md(s.doc->id), md(s.doc->title()),
               md(render::place_text(*s.doc)), md(render::status_text(s.state)),
               md_join(e.topics, "; "));
    fmt::print(out, "| Counterpart | Title | Status | Group | Why |\n|---|---|---|---|---|\n");
    for (const CounterpartLink& link : e.links) {
      const ReportItem& c = r.items[link.item];
      fmt::print(out, "| {} | {} | {} | {} | {} |\n", md(c.doc->id), md(c.doc->title()),
                 md(render::status_text(c.state)), md(render::place_text(*c.doc)),
                 md(render::link_text(r, e, link)));
    }
  }
  fmt::print(out, "\n## Items without a security counterpart ({})\n\n", without);
  fmt::print(out, "| Item | Title | Status | Group | Topics |\n|---|---|---|---|---|\n");
  for (const CounterpartEntry& e : r.entries) {
    if (!e.links.empty()) continue;
    const ReportItem& s = r.items[e.item];
    fmt::print(out, "| {} | {} | {} | {} | {} |\n", md(s.doc->id), md(s.doc->title()),
               md(render::status_text(s.state)), md(render::place_text(*s.doc)),
               md_join(e.topics, "; "));
  }
  fmt::print(out, "\n## Items and sources\n\n");
  write_items_table(out, r.items);
}

void write_markdown(std::ostream& out, const AskAnswer& a) {
  std::string title = fmt::format("{}", fmt::join(a.subjects, " or "));
  if (!a.aspects.empty()) title += fmt::format(": {} work", fmt::join(a.aspects, " and "));
  write_header(out, title, a.date, a.as_of_given);
  fmt::print(out, " Items of {}: {}.\n", md(render::groups_text(a.groups)), a.items.size());
  if (!a.topics.empty()) fmt::print(out, "Topics used: {}.\n", md_join(a.topics, "; "));
  fmt::print(out,
             "\n| Committee | Reference | Title | Status (target date) | Question | Scope | "
             "Source |\n|---|---|---|---|---|---|---|\n");
  for (const ReportItem& item : a.items) {
    const Document& d = *item.doc;
    std::vector<std::string> names = {d.id};
    names.insert(names.end(), d.aliases.begin(), d.aliases.end());
    fmt::print(out, "| {} | {} | {} | {} | {} | {} | {} |\n", md(member_text(d.groups)),
               md_join(names, ", "), md(d.title()), md(render::status_text(item.state)),
               md(member_text(d.questions)), md(d.scope), md_join(item.sources, ", "));
  }
  if (a.items.empty()) fmt::print(out, "\nNo item matches.\n");
}

}  // namespace stdgraph
