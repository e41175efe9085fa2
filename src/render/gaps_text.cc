// Gap reports for the terminal: the matrix with one short code per cell, then every cell's
// items, the gaps, and the answers of counterparts and ask.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "gaps_common.h"
#include "stdgraph/render/gaps.h"
#include "stdgraph/render/text_table.h"
#include "stdgraph/util/escape.h"

namespace stdgraph {
namespace {

using render::display_width;
using render::fit;

using render::name;
using render::names;
using render::pad;
using render::prose;

std::string status_text(const ItemState& state) {
  return prose(render::status_text(state));
}
std::string groups_text(const std::vector<std::string>& groups) {
  return prose(render::groups_text(groups));
}
constexpr std::size_t kTopicWidth = 40;

char code(Coverage c) {
  switch (c) {
    case Coverage::approved:
      return 'A';
    case Coverage::determined:
      return 'D';
    case Coverage::ongoing:
      return 'O';
    case Coverage::planned:
      return 'P';
    case Coverage::none:
      return '-';
  }
  return '-';
}

// "O2": the cell's coverage and its number of items; "-" for an empty cell, "-(1)" for a
// cell whose only items do not count. In `other`, which is never a gap: "" and "(1)".
std::string cell_code(const GapCell& cell, bool other) {
  if (cell.items.empty()) return other ? "" : "-";
  if (cell.coverage == Coverage::none)
    return fmt::format("{}({})", other ? "" : "-", cell.items.size());
  return fmt::format("{}{}", code(cell.coverage), cell.items.size());
}

void write_item_line(std::ostream& out, const std::string& indent, const ReportItem& item) {
  const Document& d = *item.doc;
  fmt::print(out, "{}{}  {}  [{}; {}]\n", indent, name(d.id), prose(d.title()),
             prose(render::place_text(d)), status_text(item.state));
}

}  // namespace

void write_text(std::ostream& out, const GapReport& r) {
  fmt::print(out, "Gap analysis: {}\n", prose(r.taxonomy));
  fmt::print(out, "Data as of {}; {} items of {} with a status, {} of them in a topic{}\n",
             render::date_text(r.date, r.as_of_given), r.considered, groups_text(r.groups),
             r.items.size(), render::no_group_text(r.no_group));
  fmt::print(out, "Taxonomy {}{}; aspects {}\n", name(r.taxonomy_file),
             r.taxonomy_source.empty() ? "" : fmt::format(" ({})", prose(r.taxonomy_source)),
             name(r.aspects_file));

  std::size_t topic_w = 5;
  for (const GapTopic& t : r.topics)
    topic_w = std::max(topic_w, std::min(kTopicWidth, 2 * t.depth + display_width(prose(t.name))));
  std::vector<std::size_t> widths;
  for (std::size_t a = 0; a < r.aspects.size(); ++a) {
    std::size_t w = display_width(prose(render::short_aspect(r.aspects[a])));
    for (std::size_t t = 0; t < r.topics.size(); ++t)
      w = std::max(w, cell_code(r.cells[t][a], a + 1 == r.aspects.size()).size());
    widths.push_back(w);
  }
  auto print_row = [&](std::string line) {  // without the padding of the last column
    line.erase(line.find_last_not_of(' ') + 1);
    fmt::print(out, "{}\n", line);
  };
  std::string header = pad("", topic_w);
  for (std::size_t a = 0; a < r.aspects.size(); ++a)
    header += "  " + pad(prose(render::short_aspect(r.aspects[a])), widths[a]);
  fmt::print(out, "\n");
  print_row(header);
  for (std::size_t t = 0; t < r.topics.size(); ++t) {
    const GapTopic& topic = r.topics[t];
    std::string line =
        pad(fit(std::string(2 * topic.depth, ' ') + prose(topic.name), topic_w), topic_w);
    for (std::size_t a = 0; a < r.aspects.size(); ++a)
      line += "  " + pad(cell_code(r.cells[t][a], a + 1 == r.aspects.size()), widths[a]);
    print_row(line);
  }
  fmt::print(out,
             "\nA approved/agreed, D determined/consented, O ongoing, P planned, then the number "
             "of items;\n- no item (a gap), -(n) only items that do not count (not approved, "
             "superseded, withdrawn)\n");

  fmt::print(out, "\nGaps ({})\n", r.gaps.size());
  for (const Gap& g : r.gaps) {
    fmt::print(out, "  {} x {}", prose(r.topics[g.topic].path), prose(r.aspects[g.aspect]));
    if (!g.not_counted.empty()) {
      std::vector<std::string> ids;
      for (std::size_t i : g.not_counted)
        ids.push_back(
            fmt::format("{} {}", name(r.items[i].doc->id), status_text(r.items[i].state)));
      fmt::print(out, "  (does not count: {})", fmt::join(ids, ", "));
    }
    fmt::print(out, "\n");
  }

  fmt::print(out, "\nCells\n");
  for (std::size_t t = 0; t < r.topics.size(); ++t)
    for (std::size_t a = 0; a < r.aspects.size(); ++a) {
      const GapCell& cell = r.cells[t][a];
      if (cell.items.empty()) continue;
      fmt::print(out, "  {} x {}: {}\n", prose(r.topics[t].path), prose(r.aspects[a]),
                 label(cell.coverage));
      for (std::size_t i : cell.items) write_item_line(out, "    ", r.items[i]);
    }

  fmt::print(out, "\nItems ({})\n", r.items.size());
  for (std::size_t i = 0; i < r.items.size(); ++i) {
    const ReportItem& item = r.items[i];
    write_item_line(out, "  ", item);
    std::vector<std::string> why;
    for (std::size_t t = 0; t < r.topics.size(); ++t)
      if (!r.topic_evidence[i][t].empty())
        why.push_back(fmt::format("{}: {}", prose(r.topics[t].name),
                                  render::evidence_list(r.topic_evidence[i][t], "term")));
    for (std::size_t a = 0; a < r.aspects.size(); ++a)
      if (!r.aspect_evidence[i][a].empty())
        why.push_back(fmt::format("{}: {}", prose(r.aspects[a]),
                                  render::evidence_list(r.aspect_evidence[i][a], "cue")));
    for (const std::string& w : why) fmt::print(out, "      {}\n", prose(w));
    fmt::print(out, "      source {}  ({}:{})\n", names(item.sources), name(item.doc->pos.file),
               item.doc->pos.line);
  }
}

void write_text(std::ostream& out, const CounterpartReport& r) {
  std::size_t without = r.entries.size() - r.with_counterparts;
  fmt::print(out, "Security counterparts (security group {}), data as of {}\n",
             prose(r.security_group), render::date_text(r.date, r.as_of_given));
  fmt::print(out, "Taxonomies: {}\n", prose(fmt::format("{}", fmt::join(r.taxonomies, "; "))));
  fmt::print(out,
             "{} items of other groups, not about security, in a topic: {} with a security "
             "counterpart, {} without; {} security items\n",
             r.entries.size(), r.with_counterparts, without, r.security_items);
  for (const CounterpartEntry& e : r.entries) {
    if (e.links.empty()) continue;
    fmt::print(out, "\n");
    write_item_line(out, "", r.items[e.item]);
    if (!e.topics.empty())
      fmt::print(out, "  topics: {}\n", prose(fmt::format("{}", fmt::join(e.topics, "; "))));
    for (const CounterpartLink& link : e.links) {
      write_item_line(out, "  -> ", r.items[link.item]);
      fmt::print(out, "     why: {}\n", prose(render::link_text(r, e, link)));
    }
  }
  fmt::print(out, "\nWithout a security counterpart ({})\n", without);
  for (const CounterpartEntry& e : r.entries) {
    if (!e.links.empty()) continue;
    write_item_line(out, "  ", r.items[e.item]);
    fmt::print(out, "      topics: {}\n", prose(fmt::format("{}", fmt::join(e.topics, "; "))));
  }
}

void write_text(std::ostream& out, const AskAnswer& a) {
  std::vector<std::string> subjects;
  for (const std::string& s : a.subjects) subjects.push_back(fmt::format("\"{}\"", prose(s)));
  fmt::print(
      out, "{}{}: {} item{}, data as of {}, {}\n", fmt::join(subjects, " or "),
      a.aspects.empty() ? "" : prose(fmt::format(", aspect {}", fmt::join(a.aspects, " and "))),
      a.items.size(), a.items.size() == 1 ? "" : "s", render::date_text(a.date, a.as_of_given),
      groups_text(a.groups));
  if (!a.topics.empty())
    fmt::print(out, "Topics used: {}\n", prose(fmt::format("{}", fmt::join(a.topics, "; "))));
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    const ReportItem& item = a.items[i];
    const Document& d = *item.doc;
    fmt::print(out, "\n{}  {}\n", name(d.id), prose(d.title()));
    if (!d.aliases.empty()) fmt::print(out, "  {:<8} {}\n", "names", names(d.aliases));
    fmt::print(out, "  {:<8} {}\n", "status", status_text(item.state));
    fmt::print(out, "  {:<8} {}\n", "group", prose(render::place_text(d)));
    if (!d.scope.empty()) fmt::print(out, "  {:<8} {}\n", "scope", prose(d.scope));
    std::string why = render::evidence_list(a.subject_evidence[i], "term");
    if (!a.aspect_evidence[i].empty())
      why += "; " + render::evidence_list(a.aspect_evidence[i], "cue");
    fmt::print(out, "  {:<8} {}\n", "why", prose(why));
    fmt::print(out, "  {:<8} {}  ({}:{})\n", "source", names(item.sources), name(d.pos.file),
               d.pos.line);
  }
}

}  // namespace stdgraph
