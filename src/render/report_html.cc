// The HTML report: one function per section, each taking the result it shows. Every text
// from the records goes through html_escape; the page's script reads the table from the
// DOM and is given no data, so nothing from the records ever reaches a script.
#include "stdgraph/report_html.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "stdgraph/render_graphviz.h"

namespace stdgraph {
namespace {

constexpr std::string_view kStyle = R"(
:root { --ink: #1f2430; --muted: #5b6475; --line: #d6dae3; --band: #f3f5f9; --accent: #2b6cb0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans",
       Arial, sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.25em; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05em; margin: 20px 0 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
nav ul { list-style: none; padding: 0; margin: 8px 0 16px; display: flex; flex-wrap: wrap; gap: 6px 18px; }
nav a, a { color: var(--accent); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.diagram { overflow: auto; border: 1px solid var(--line); border-radius: 6px; max-height: 80vh;
           background: #fff; }
.diagram svg { display: block; }
.note { color: var(--muted); font-size: 0.92em; }
.warn { background: #fff7e0; border: 1px solid #f0d48a; padding: 8px 12px; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
thead th { background: var(--band); position: sticky; top: 0; z-index: 1; white-space: nowrap; }
table.sortable thead th { cursor: pointer; user-select: none; }
table.sortable thead th::after { content: " \2195"; color: #9aa3b5; font-size: 0.85em; }
table.sortable thead th[aria-sort=ascending]::after { content: " \2191"; color: var(--ink); }
table.sortable thead th[aria-sort=descending]::after { content: " \2193"; color: var(--ink); }
tbody tr:nth-child(even) { background: #fafbfd; }
tbody tr:target { background: #fff2bf; }
td.id { white-space: nowrap; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 0.9em; white-space: nowrap; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0 10px; }
.controls input, .controls select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
.controls input { min-width: 18em; }
.tablewrap { max-height: 75vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
ul.terms { margin: 0; padding-left: 18px; }
@media (max-width: 700px) { dl.facts { grid-template-columns: 1fr; } .controls input { min-width: 0; width: 100%; } }
@media print {
  body { font-size: 10pt; }
  header, main { max-width: none; padding: 0; }
  nav, .controls { display: none; }
  .diagram, .tablewrap { overflow: visible; max-height: none; border: none; }
  .diagram svg { max-width: 100%; height: auto; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  tbody tr[hidden] { display: table-row; }
  a { color: inherit; text-decoration: none; }
}
)";

// Sorting by a column, filtering by text, status and group; "#filter=TEXT" in the address
// fills the text filter (a link can carry a filtered view).
constexpr std::string_view kScript = R"(
(function () {
  'use strict';
  var table = document.getElementById('items');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var group = document.getElementById('filter-group');
  var shown = document.getElementById('shown');
  function apply() {
    var q = text.value.trim().toLowerCase(), s = status.value, g = group.value, n = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0) &&
               (!s || r.getAttribute('data-status') === s) &&
               (!g || r.getAttribute('data-group') === g);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
  }
  text.addEventListener('input', apply);
  status.addEventListener('change', apply);
  group.addEventListener('change', apply);
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, i) {
    function sort() {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        return dir * a.cells[i].textContent.localeCompare(b.cells[i].textContent, undefined,
                                                          {numeric: true, sensitivity: 'base'});
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    }
    th.tabIndex = 0;
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
  });
  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash.indexOf('filter=') === 0) text.value = hash.slice(7);
  apply();
})();
)";

std::string date_or_dash(const Date& d) {
  return d.empty() ? "\xE2\x80\x93" : d.to_string();
}

std::string section_header(const ReportInput& in) {
  const ReportSources& s = in.sources;
  std::string out = "<header>\n";
  out += fmt::format("<h1>{}</h1>\n", html_escape(in.title));
  out +=
      fmt::format("<p class=\"meta\">{} &middot; data as of {} &middot; made {} by stdgraph</p>\n",
                  html_escape(in.selection), date_or_dash(s.data_date), html_escape(in.generated));
  out +=
      "<nav><ul><li><a href=\"#data\">Data and sources</a></li>"
      "<li><a href=\"#roadmap\">Roadmap</a></li>";
  if (in.overlaps) out += "<li><a href=\"#overlaps\">Overlaps and duplicates</a></li>";
  out += "<li><a href=\"#all-items\">All items</a></li></ul></nav>\n</header>\n";
  return out;
}

std::string section_sources(const ReportSources& s) {
  std::string out = "<section id=\"data\">\n<h2>Data and sources</h2>\n<dl class=\"facts\">\n";
  out += fmt::format("<dt>Data as of</dt><dd>{} (the newest dated status event)</dd>\n",
                     date_or_dash(s.data_date));
  out += fmt::format("<dt>Records</dt><dd>{} documents, {} groups, {} liaisons, {} meetings</dd>\n",
                     s.documents, s.groups, s.liaisons, s.meetings);
  std::string folders;
  for (std::size_t i = 0; i < s.folders.size(); ++i)
    folders += (i ? ", " : "") + fmt::format("<code>{}</code>", html_escape(s.folders[i]));
  out += fmt::format("<dt>Read from</dt><dd>{} files in {}</dd>\n", s.files, folders);
  if (!s.cited.empty()) {
    std::string cited;
    for (const auto& [seed, rows] : s.cited)
      cited += (cited.empty() ? "" : ", ") +
               fmt::format("<code>{}</code> ({} rows)", html_escape(seed), rows);
    out += fmt::format("<dt>Sources cited</dt><dd>{}</dd>\n", cited);
  }
  out += "</dl>\n</section>\n";
  return out;
}

std::string svg_body(const std::string& svg) {
  std::size_t start = svg.find("<svg");
  return start == std::string::npos ? std::string() : svg.substr(start);
}

std::string section_roadmap(const ReportRoadmap& r) {
  std::string out = "<section id=\"roadmap\">\n<h2>Roadmap</h2>\n";
  if (r.model) {
    const RoadmapModel& m = *r.model;
    out += fmt::format(
        "<p class=\"note\">{} items ({} documents; a work's editions are one node) in {} lanes "
        "by {}; {} relations drawn of {} ({} inside edition chains, {} implied by a longer "
        "path). Colour: status; shape: kind; dashed outline: not approved yet. Click an item "
        "to find it in the table.</p>\n",
        m.nodes.size(), m.documents, m.lanes.size(),
        m.lanes_by == LaneBy::question ? "Question" : "group", m.edges.size(), m.relations,
        m.edition_edges, m.transitive_edges);
  }
  if (!r.error.empty())
    out += fmt::format("<p class=\"warn\">No diagram: {}</p>\n", html_escape(r.error));
  else
    out += "<div class=\"diagram\">\n" + svg_body(r.svg) + "\n</div>\n";
  out += "</section>\n";
  return out;
}

std::string item_cell(const Corpus& corpus, std::size_t d) {
  const Document& doc = corpus.documents[d];
  return fmt::format("<a href=\"#row-{}\">{}</a>", html_escape(node_anchor(doc.id)),
                     html_escape(doc.id));
}

std::string section_overlaps(const Corpus& corpus, const OverlapResult& r) {
  std::string out = "<section id=\"overlaps\">\n<h2>Overlaps and duplicates</h2>\n";
  out += fmt::format(
      "<p class=\"note\">{} pairs of the {} items compared score at least {:.2f} on shared "
      "subject terms, names, references and Question; {} of them are already related.</p>\n",
      r.found, r.documents, kDefaultMinScore, r.tied);
  std::vector<const OverlapPair*> duplicates, untied;
  for (const auto& p : r.pairs) {
    if (p.duplicate) duplicates.push_back(&p);
    if (!p.tie) untied.push_back(&p);
  }
  auto pair_table = [&](const std::vector<const OverlapPair*>& pairs, std::size_t limit) {
    std::string t =
        "<div class=\"tablewrap\"><table>\n<thead><tr><th>Score</th><th>Item</th><th>Title</th>"
        "<th>Item</th><th>Title</th><th>Shared terms</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < pairs.size() && i < limit; ++i) {
      const OverlapPair& p = *pairs[i];
      std::string terms;
      for (std::size_t k = 0; k < p.why.terms.size() && k < 5; ++k)
        terms += (k ? ", " : "") + html_escape(p.why.terms[k].surface);
      t += fmt::format(
          "<tr><td class=\"num\">{:.2f}</td><td class=\"id\">{}</td><td>{}</td>"
          "<td class=\"id\">{}</td><td>{}</td><td>{}</td></tr>\n",
          p.score, item_cell(corpus, p.a), html_escape(corpus.documents[p.a].title()),
          item_cell(corpus, p.b), html_escape(corpus.documents[p.b].title()), terms);
    }
    t += "</tbody></table></div>\n";
    if (pairs.size() > limit)
      t += fmt::format(
          "<p class=\"note\">{} more not shown; <code>stdgraph overlaps</code> "
          "lists every pair.</p>\n",
          pairs.size() - limit);
    return t;
  };
  out += fmt::format("<h3>Possible duplicates ({})</h3>\n", duplicates.size());
  if (duplicates.empty())
    out += "<p>No two unrelated items have nearly the same text.</p>\n";
  else
    out += pair_table(duplicates, 100);
  out += fmt::format("<h3>Overlapping items not related to each other ({})</h3>\n", untied.size());
  if (untied.empty())
    out += "<p>None.</p>\n";
  else
    out += pair_table(untied, 60);
  if (!r.clusters.empty()) {
    out += fmt::format("<h3>Clusters ({})</h3>\n<ul>\n", r.clusters.size());
    for (const auto& c : r.clusters) {
      std::string members;
      for (std::size_t d : c) members += (members.empty() ? "" : ", ") + item_cell(corpus, d);
      out += "<li>" + members + "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
  return out;
}

std::string section_items(const ReportInput& in) {
  const Corpus& corpus = *in.corpus;
  std::optional<Date> as_of = in.roadmap.model ? in.roadmap.model->as_of : std::nullopt;
  std::set<std::string> statuses, groups;
  std::string rows;
  for (std::size_t d : in.items) {
    const Document& doc = corpus.documents[d];
    StatusAsOf st = status_as_of(doc, as_of);
    std::string status = st.status ? std::string(to_string(*st.status)) : "";
    statuses.insert(status);
    groups.insert(doc.group);
    std::string anchor = html_escape(node_anchor(doc.id));
    rows += fmt::format(
        "<tr id=\"row-{}\" data-status=\"{}\" data-group=\"{}\"><td class=\"id\">{}</td>"
        "<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
        anchor, html_escape(status), html_escape(doc.group), html_escape(doc.id),
        html_escape(doc.title()), to_string(doc.kind), html_escape(doc.group),
        html_escape(doc.question), html_escape(status),
        st.event ? st.event->date.to_string() : std::string());
  }
  std::string out = "<section id=\"all-items\">\n<h2>All items</h2>\n<div class=\"controls\">\n";
  out +=
      "<label>Filter <input id=\"filter-text\" type=\"search\" "
      "placeholder=\"name, title, Question...\"></label>\n";
  out += "<label>Status <select id=\"filter-status\"><option value=\"\">any</option>";
  for (const auto& s : statuses)
    if (!s.empty()) out += fmt::format("<option>{}</option>", html_escape(s));
  out +=
      "</select></label>\n<label>Group <select id=\"filter-group\"><option value=\"\">any</option>";
  for (const auto& g : groups)
    if (!g.empty()) out += fmt::format("<option>{}</option>", html_escape(g));
  out += fmt::format("</select></label>\n<span><span id=\"shown\">{}</span> of {} shown</span>\n",
                     in.items.size(), in.items.size());
  out +=
      "</div>\n<div class=\"tablewrap\"><table id=\"items\" class=\"sortable\">\n"
      "<thead><tr><th>Item</th><th>Title</th><th>Kind</th><th>Group</th><th>Question</th>"
      "<th>Status</th><th>Since</th></tr></thead>\n<tbody>\n";
  out += rows;
  out += "</tbody></table></div>\n</section>\n";
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
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
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

ReportSources report_sources(const Corpus& corpus) {
  ReportSources s;
  s.documents = corpus.documents.size();
  s.groups = corpus.groups.size();
  s.liaisons = corpus.liaisons.size();
  s.meetings = corpus.meetings.size();
  s.files = corpus.files.size();
  std::set<std::string> folders;
  for (const auto& f : corpus.files) {
    auto slash = f.rfind('/');
    folders.insert(slash == std::string::npos ? "." : f.substr(0, slash));
  }
  for (const auto& f : folders) {
    if (s.folders.size() == 20) {
      s.folders.push_back(fmt::format("and {} more", folders.size() - 20));
      break;
    }
    s.folders.push_back(f);
  }
  std::set<std::string> rows;  // distinct SEED/TABLE/ROW
  auto cite = [&](const std::string& source) {
    if (source.empty() || !rows.insert(source).second) return;
    ++s.cited[source.substr(0, source.find('/'))];
  };
  for (const auto& d : corpus.documents) {
    cite(d.source);
    for (const auto& e : d.history) {
      cite(e.source);
      if (!s.data_date.empty() && e.date <= s.data_date) continue;
      s.data_date = e.date;
    }
  }
  for (const auto& g : corpus.groups) cite(g.source);
  for (const auto& l : corpus.liaisons) cite(l.source);
  for (const auto& m : corpus.meetings) cite(m.source);
  return s;
}

std::string render_report_html(const ReportInput& in) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
                     html_escape(in.title), kStyle);
  out += section_header(in);
  out += "<main>\n";
  out += section_sources(in.sources);
  out += section_roadmap(in.roadmap);
  if (in.overlaps) out += section_overlaps(*in.corpus, *in.overlaps);
  out += section_items(in);
  out += "</main>\n";
  out += fmt::format("<script>{}</script>\n</body>\n</html>\n", kScript);
  return out;
}

}  // namespace stdgraph
