// Gap reports as one self-contained HTML page (no script, inline style), for a focus group's
// report or a liaison statement's attachment. Every text from the records or the taxonomy
// goes through h(), so no title can open a tag, an attribute or an entity.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "gaps_common.h"
#include "stdgraph/render/gaps.h"
#include "stdgraph/util/escape.h"

namespace stdgraph {
namespace {

// One line of record text as HTML character data or attribute value.
std::string h(std::string_view text) {
  return xml_escaped(one_line(text));
}

std::string h_join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? std::string(sep) : "") + h(v[i]);
  return out;
}

constexpr std::string_view kStyle = R"(
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
th { background: #eee; }
td.approved { background: #c8e6c9; } td.determined { background: #dcedc8; }
td.ongoing { background: #fff9c4; } td.planned { background: #ffe0b2; }
td.gap { background: #ffcdd2; text-align: center; }
.sub1 { padding-left: 1.5em; } .sub2 { padding-left: 3em; } .sub3 { padding-left: 4.5em; }
.note { color: #555; font-size: 0.9em; }
)";

void page_start(std::ostream& out, const std::string& title, const Date& date, bool as_of_given) {
  fmt::print(out,
             "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<title>{0}</title>\n<style>{1}</style>\n</head>\n<body>\n<h1>{0}</h1>\n"
             "<p>Data as of {2}.",
             h(title), kStyle, h(render::date_text(date, as_of_given)));
}

void page_end(std::ostream& out) {
  fmt::print(out, "</body>\n</html>\n");
}

std::string ids_of(const std::vector<ReportItem>& items, const std::vector<std::size_t>& which) {
  std::vector<std::string> ids;
  for (std::size_t i : which) ids.push_back(items[i].doc->id);
  return h_join(ids, ", ");
}

void items_table(std::ostream& out, const std::vector<ReportItem>& items) {
  fmt::print(out,
             "<table class=\"items\">\n<tr><th>Item</th><th>Title</th><th>Status</th>"
             "<th>Group</th><th>Question</th><th>Source</th><th>Record</th></tr>\n");
  for (const ReportItem& item : items) {
    const Document& d = *item.doc;
    fmt::print(out,
               "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
               "<td>{}</td></tr>\n",
               h(d.id), h(d.title()), h(render::status_text(item.state)), h(member_text(d.groups)),
               h(member_text(d.questions)), h_join(item.sources, ", "),
               h(fmt::format("{}:{}", d.pos.file, d.pos.line)));
  }
  fmt::print(out, "</table>\n");
}

}  // namespace

void write_html(std::ostream& out, const GapReport& r) {
  page_start(out, "Gap analysis: " + r.taxonomy, r.date, r.as_of_given);
  fmt::print(out,
             " Items of {}: {} with a status, {} of them in a topic of the taxonomy{}.</p>\n"
             "<p class=\"note\">Taxonomy: {}{}; aspects: {}.</p>\n",
             h(render::groups_text(r.groups)), r.considered, r.items.size(),
             h(render::no_group_text(r.no_group)), h(r.taxonomy_file),
             r.taxonomy_source.empty() ? "" : fmt::format(" ({})", h(r.taxonomy_source)),
             h(r.aspects_file));

  fmt::print(out, "<h2>Matrix</h2>\n<table class=\"matrix\">\n<tr><th>Topic</th>");
  for (const std::string& a : r.aspects) fmt::print(out, "<th>{}</th>", h(a));
  fmt::print(out, "</tr>\n");
  for (std::size_t t = 0; t < r.topics.size(); ++t) {
    int depth = std::min(r.topics[t].depth, 3);
    fmt::print(out, "<tr><th class=\"sub{}\">{}</th>", depth, h(r.topics[t].name));
    for (std::size_t a = 0; a < r.aspects.size(); ++a) {
      const GapCell& cell = r.cells[t][a];
      bool other = a + 1 == r.aspects.size();  // never a gap
      if (cell.items.empty())
        out << (other ? "<td></td>" : "<td class=\"gap\">—</td>");
      else if (cell.coverage == Coverage::none)
        fmt::print(out, "<td{}>{}(does not count: {})</td>", other ? "" : " class=\"gap\"",
                   other ? "" : "— ", ids_of(r.items, cell.items));
      else
        fmt::print(out, "<td class=\"{}\"><b>{}</b>: {}</td>", to_string(cell.coverage),
                   h(label(cell.coverage)), ids_of(r.items, cell.items));
    }
    fmt::print(out, "</tr>\n");
  }
  fmt::print(out,
             "</table>\n<p class=\"note\">A cell shows the most advanced status among its items "
             "(approved/agreed &gt; determined/consented &gt; ongoing &gt; planned); — is a gap. "
             "Not-approved, superseded and withdrawn texts do not count. <i>{}</i> holds items "
             "under no aspect and is never a gap.</p>\n",
             h(kOtherAspect));

  fmt::print(out, "<h2>Gaps ({})</h2>\n<ul>\n", r.gaps.size());
  for (const Gap& g : r.gaps) {
    fmt::print(out, "<li>{} × {}", h(r.topics[g.topic].path), h(r.aspects[g.aspect]));
    if (!g.not_counted.empty())
      fmt::print(out, " (does not count: {})", ids_of(r.items, g.not_counted));
    fmt::print(out, "</li>\n");
  }
  fmt::print(out, "</ul>\n<h2>Items and sources</h2>\n");
  items_table(out, r.items);
  page_end(out);
}

void write_html(std::ostream& out, const CounterpartReport& r) {
  page_start(out, "Security counterparts", r.date, r.as_of_given);
  std::size_t without = r.entries.size() - r.with_counterparts;
  fmt::print(out,
             " Security work: the items of {} and those under the aspect security ({} items). "
             "Items of other groups in a topic of {}: {} with a security counterpart, {} "
             "without.</p>\n",
             h(r.security_group), r.security_items, h_join(r.taxonomies, "; "), r.with_counterparts,
             without);
  fmt::print(out, "<h2>Items with security counterparts ({})</h2>\n", r.with_counterparts);
  for (const CounterpartEntry& e : r.entries) {
    if (e.links.empty()) continue;
    const ReportItem& s = r.items[e.item];
    fmt::print(out, "<h3>{}: {}</h3>\n<p>{}, {}. Topics: {}.</p>\n", h(s.doc->id),
               h(s.doc->title()), h(render::place_text(*s.doc)), h(render::status_text(s.state)),
               h_join(e.topics, "; "));
    fmt::print(out,
               "<table>\n<tr><th>Counterpart</th><th>Title</th><th>Status</th><th>Group</th>"
               "<th>Why</th></tr>\n");
    for (const CounterpartLink& link : e.links) {
      const ReportItem& c = r.items[link.item];
      fmt::print(out, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                 h(c.doc->id), h(c.doc->title()), h(render::status_text(c.state)),
                 h(render::place_text(*c.doc)), h(render::link_text(r, e, link)));
    }
    fmt::print(out, "</table>\n");
  }
  fmt::print(out,
             "<h2>Items without a security counterpart ({})</h2>\n<table>\n<tr><th>Item</th>"
             "<th>Title</th><th>Status</th><th>Group</th><th>Topics</th></tr>\n",
             without);
  for (const CounterpartEntry& e : r.entries) {
    if (!e.links.empty()) continue;
    const ReportItem& s = r.items[e.item];
    fmt::print(out, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
               h(s.doc->id), h(s.doc->title()), h(render::status_text(s.state)),
               h(render::place_text(*s.doc)), h_join(e.topics, "; "));
  }
  fmt::print(out, "</table>\n<h2>Items and sources</h2>\n");
  items_table(out, r.items);
  page_end(out);
}

void write_html(std::ostream& out, const AskAnswer& a) {
  std::string title = fmt::format("{}", fmt::join(a.subjects, " or "));
  if (!a.aspects.empty()) title += fmt::format(": {} work", fmt::join(a.aspects, " and "));
  page_start(out, title, a.date, a.as_of_given);
  fmt::print(out, " Items of {}: {}.</p>\n", h(render::groups_text(a.groups)), a.items.size());
  if (!a.topics.empty()) fmt::print(out, "<p>Topics used: {}.</p>\n", h_join(a.topics, "; "));
  fmt::print(out,
             "<table>\n<tr><th>Committee</th><th>Reference</th><th>Title</th>"
             "<th>Status (target date)</th><th>Question</th><th>Scope</th><th>Source</th></tr>\n");
  for (const ReportItem& item : a.items) {
    const Document& d = *item.doc;
    std::vector<std::string> names = {d.id};
    names.insert(names.end(), d.aliases.begin(), d.aliases.end());
    fmt::print(out,
               "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
               "<td>{}</td></tr>\n",
               h(member_text(d.groups)), h_join(names, ", "), h(d.title()),
               h(render::status_text(item.state)), h(member_text(d.questions)), h(d.scope),
               h_join(item.sources, ", "));
  }
  fmt::print(out, "</table>\n");
  page_end(out);
}

}  // namespace stdgraph
