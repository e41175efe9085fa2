// The HTML report: one function per section, each taking the result it shows. Every text
// from the records goes through html_escape; the page's script reads the table from the
// DOM and is given no data, so nothing from the records ever reaches a script.
#include "stdgraph/render/report_html.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "deps_common.h"
#include "gaps_common.h"
#include "report_assets.h"
#include "stdgraph/render/graphviz.h"
#include "stdgraph/render/match.h"
#include "stdgraph/util/escape.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

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
  if (in.gaps) out += "<li><a href=\"#gaps\">Gap matrix</a></li>";
  if (in.overlaps) out += "<li><a href=\"#overlaps\">Overlaps and duplicates</a></li>";
  if (in.risk) out += "<li><a href=\"#risk\">Risks</a></li>";
  out += "<li><a href=\"#all-items\">All items</a></li></ul></nav>\n</header>\n";
  return out;
}

std::string section_sources(const ReportSources& s) {
  std::string out = "<section id=\"data\">\n<h2>Data and sources</h2>\n<dl class=\"facts\">\n";
  out += fmt::format("<dt>Data as of</dt><dd>{} (the newest dated status event)</dd>\n",
                     date_or_dash(s.data_date));
  auto count = [](std::size_t n, std::string_view what) {
    return fmt::format("{} {}{}", n, what, n == 1 ? "" : "s");
  };
  out += fmt::format("<dt>Records</dt><dd>{}, {}, {}, {}</dd>\n",
                     count(s.stats.documents, "document"), count(s.stats.groups, "group"),
                     count(s.stats.liaisons, "liaison"), count(s.stats.meetings, "meeting"));
  constexpr std::size_t kFolders = 20;
  std::vector<std::string> folders;
  for (const auto& f : s.provenance.folders) {
    if (folders.size() == kFolders) {
      folders.push_back(fmt::format("and {} more", s.provenance.folders.size() - kFolders));
      break;
    }
    folders.push_back(f);
  }
  std::string read_from;
  for (std::size_t i = 0; i < folders.size(); ++i)
    read_from += (i ? ", " : "") + fmt::format("<code>{}</code>", html_escape(folders[i]));
  out +=
      fmt::format("<dt>Read from</dt><dd>{} in {}</dd>\n", count(s.stats.files, "file"), read_from);
  if (!s.provenance.cited.empty()) {
    std::string cited;
    for (const auto& [seed, rows] : s.provenance.cited)
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
    std::string relations =
        m.relations == 0
            ? std::string("no relations among them")
            : fmt::format(
                  "{} of their {} relations drawn ({} inside edition chains, {} implied "
                  "by a longer path)",
                  m.edges.size(), m.relations, m.edition_edges, m.transitive_edges);
    out += fmt::format(
        "<p class=\"note\">{} items ({} documents; a work's editions are one node) in {} lanes "
        "by {}; {}. Colour: status; shape: kind; dashed outline: not approved yet. Click an "
        "item to find it in the table.</p>\n",
        m.nodes.size(), m.documents, m.lanes.size(),
        m.lanes_by == LaneBy::question ? "Question" : "group", relations);
  }
  if (!r.error.empty())
    out += fmt::format("<p class=\"warn\">No diagram: {}</p>\n", html_escape(r.error));
  else
    out +=
        "<div class=\"controls\"><button type=\"button\" id=\"diagram-zoom\">Actual "
        "size</button></div>\n<div class=\"diagram fit\" id=\"diagram\">\n" +
        svg_body(r.svg) + "\n</div>\n";
  out += "</section>\n";
  return out;
}

// Names items the way every section does: a link to the item's row in the table when it
// has one (the table holds the selection), else the bare name.
struct ItemLinks {
  const Corpus& corpus;
  std::set<std::size_t> in_table;

  std::string operator()(std::size_t d) const {
    const Document& doc = corpus.documents[d];
    if (!in_table.count(d)) return "<span class=\"nm\">" + html_escape(doc.id) + "</span>";
    return fmt::format("<a href=\"#row-{}\">{}</a>", html_escape(node_anchor(doc.id)),
                       html_escape(doc.id));
  }
};

std::string section_overlaps(const ItemLinks& item_cell, const OverlapResult& r) {
  const Corpus& corpus = item_cell.corpus;
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
  // Whose item and where, under its name: "ITU-T SG17 Q6/17", "ETSI TC CYBER".
  auto where = [&](std::size_t d) {
    return "<br><span class=\"note\">" + html_escape(body_and_place(corpus.documents[d])) +
           "</span>";
  };
  auto pair_table = [&](const std::vector<const OverlapPair*>& pairs, std::size_t limit) {
    std::string t =
        "<div class=\"tablewrap\"><table class=\"fixed\">\n<colgroup><col style=\"width:4.5em\">"
        "<col style=\"width:13%\"><col><col style=\"width:13%\"><col><col style=\"width:18%\">"
        "</colgroup>\n<thead><tr><th>Score</th><th>Item</th><th>Title</th>"
        "<th>Item</th><th>Title</th><th>Shared terms</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < pairs.size() && i < limit; ++i) {
      const OverlapPair& p = *pairs[i];
      std::string terms;
      for (std::size_t k = 0; k < p.why.terms.size() && k < 5; ++k)
        terms += (k ? ", " : "") + html_escape(p.why.terms[k].surface);
      t += fmt::format(
          "<tr><td class=\"num\">{:.2f}</td><td class=\"id\">{}</td><td>{}</td>"
          "<td class=\"id\">{}</td><td>{}</td><td>{}</td></tr>\n",
          p.score, item_cell(p.a) + where(p.a), html_escape(corpus.documents[p.a].title()),
          item_cell(p.b) + where(p.b), html_escape(corpus.documents[p.b].title()), terms);
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
    out += pair_table(untied, 30);
  if (!r.clusters.empty()) {
    out += fmt::format("<h3>Clusters ({})</h3>\n<ul>\n", r.clusters.size());
    for (const auto& c : r.clusters) {
      std::string members;
      for (std::size_t d : c) members += (members.empty() ? "" : ", ") + item_cell(d);
      out += "<li>" + members + "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "</section>\n";
  return out;
}

// One matrix per taxonomy: topics down, aspects across; a cell names its items and is
// coloured by the most advanced status among them; an empty cell is a gap.
std::string gap_matrix(const ItemLinks& item_cell, const GapReport& r, std::size_t index) {
  std::string out = fmt::format("<h3 id=\"gaps-{}\">{}</h3>\n", index, html_escape(r.taxonomy));
  std::size_t cells = r.topics.size() * (r.aspects.empty() ? 0 : r.aspects.size() - 1);
  out += fmt::format(
      "<p class=\"note\">{} topics &times; {} aspects: {} gaps of {} cells; {} items in a "
      "topic. Taxonomy <code>{}</code>{}.</p>\n",
      r.topics.size(), r.aspects.empty() ? 0 : r.aspects.size() - 1, r.gaps.size(), cells,
      r.items.size(), html_escape(r.taxonomy_file),
      r.taxonomy_source.empty() ? "" : fmt::format(" ({})", html_escape(r.taxonomy_source)));
  out += "<div class=\"tablewrap\"><table class=\"matrix\">\n<thead><tr><th>Topic</th>";
  for (const std::string& a : r.aspects)
    out += fmt::format("<th title=\"{}\">{}</th>", html_escape(a),
                       html_escape(render::short_aspect(a)));
  out += "</tr></thead>\n<tbody>\n";
  auto ids = [&](const std::vector<std::size_t>& which) {
    constexpr std::size_t kShown = 6;
    std::string list, all;
    for (std::size_t k = 0; k < which.size(); ++k) {
      const ReportItem& item = r.items[which[k]];
      if (k) all += ", ";
      all += item.doc->id;
      if (k && k < kShown) list += ", ";
      if (k < kShown) list += item_cell(item.document);
    }
    if (which.size() > kShown)
      list += fmt::format(" <span class=\"more\" title=\"{}\">+{}&nbsp;more</span>",
                          html_escape(all), which.size() - kShown);
    return "<span class=\"ids\">" + list + "</span>";
  };
  for (std::size_t t = 0; t < r.topics.size(); ++t) {
    const GapTopic& topic = r.topics[t];
    out += fmt::format("<tr><th class=\"topic depth{}\" title=\"{}\">{}</th>",
                       std::min(topic.depth, 3), html_escape(topic.path), html_escape(topic.name));
    for (std::size_t a = 0; a < r.aspects.size(); ++a) {
      const GapCell& cell = r.cells[t][a];
      bool other = a + 1 == r.aspects.size();  // never a gap
      if (cell.items.empty())
        out += other ? "<td class=\"other\"></td>" : "<td class=\"gap\">gap</td>";
      else if (cell.coverage == Coverage::none)
        out +=
            fmt::format("<td class=\"{}\">{}<span class=\"nocount\">does not count:</span> {}</td>",
                        other ? "other" : "gap", other ? "" : "gap ", ids(cell.items));
      else
        out += fmt::format("<td class=\"cov-{}\"><span class=\"cov\">{}</span> {}</td>",
                           to_string(cell.coverage), html_escape(to_string(cell.coverage)),
                           ids(cell.items));
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
  return out;
}

std::string section_gaps(const ItemLinks& item_cell, const std::vector<GapReport>& reports,
                         const std::string& note) {
  std::string out = "<section id=\"gaps\">\n<h2>Gap matrix</h2>\n";
  out += fmt::format(
      "<p class=\"note\">{} Each cell shows the most advanced status among its items "
      "(approved &gt; determined &gt; ongoing &gt; planned) and names them; "
      "<span class=\"gap\">gap</span> marks a cell with no work that counts (not-approved, "
      "superseded and withdrawn texts do not). <i>{}</i> holds items under no aspect and is "
      "never a gap. <code>stdgraph gaps --taxonomy NAME</code> explains every cell.</p>\n",
      html_escape(note), html_escape(kOtherAspect));
  if (reports.empty()) out += "<p>No taxonomy was read.</p>\n";
  if (reports.size() > 1) {
    out += "<ul class=\"toc\">";
    for (std::size_t i = 0; i < reports.size(); ++i)
      out += fmt::format("<li><a href=\"#gaps-{}\">{}</a> ({} gaps)</li>", i,
                         html_escape(reports[i].taxonomy), reports[i].gaps.size());
    out += "</ul>\n";
  }
  for (std::size_t i = 0; i < reports.size(); ++i) out += gap_matrix(item_cell, reports[i], i);
  out += "</section>\n";
  return out;
}

// A chain of dependency steps with each item linked: "A based-on B revises C".
std::string chain_html(const ItemLinks& item_cell, const std::vector<DependencyStep>& chain) {
  if (chain.empty()) return {};
  std::string out = item_cell(chain.front().from);
  for (const DependencyStep& s : chain)
    out += fmt::format(" <span class=\"rel\">{}</span> {}", html_escape(step_label(s)),
                       item_cell(s.to));
  return out;
}

std::string section_risk(const ItemLinks& item_cell, const RiskReport& r) {
  const Corpus& corpus = item_cell.corpus;
  constexpr std::size_t kRows = 200;
  std::string out = "<section id=\"risk\">\n<h2>Risks</h2>\n";
  out += fmt::format(
      "<p class=\"note\">{} drafts (items not approved yet, by their current status); {} of "
      "them rest on work that is not approved yet either; {} references to texts no longer "
      "in force. Relations followed: {}. <code>stdgraph risk</code> gives the whole "
      "list.</p>\n",
      r.drafts, r.at_risk.size(), r.stale.size(),
      html_escape(fmt::format("{}", fmt::join(DependencyTypes::defaults().names(), ", "))));
  auto more = [&](std::size_t n) {
    return n > kRows ? fmt::format("<p class=\"note\">{} more not shown.</p>\n", n - kRows)
                     : std::string();
  };
  out += fmt::format("<h3>Drafts that rest on work not approved yet ({})</h3>\n", r.at_risk.size());
  if (r.at_risk.empty()) {
    out += "<p>None.</p>\n";
  } else {
    out +=
        "<div class=\"tablewrap\"><table class=\"fixed\">\n<colgroup><col style=\"width:13%\">"
        "<col style=\"width:18%\"><col style=\"width:13%\"><col style=\"width:18%\"><col>"
        "</colgroup>\n<thead><tr><th>Draft</th><th>Status</th>"
        "<th>Rests on</th><th>Its status</th><th>Chain</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < r.at_risk.size() && i < kRows; ++i) {
      const DraftAtRisk& draft = r.at_risk[i];
      for (std::size_t k = 0; k < draft.blockers.size(); ++k) {
        const Blocker& b = draft.blockers[k];
        out += fmt::format(
            "<tr{}><td class=\"id\">{}</td><td>{}</td><td class=\"id\">{}</td><td>{}</td>"
            "<td>{}</td></tr>\n",
            k == 0 ? " class=\"first\"" : "", k == 0 ? item_cell(draft.draft) : "",
            k == 0 ? html_escape(render::status_text(corpus.documents[draft.draft])) : "",
            item_cell(b.document), html_escape(render::status_text(corpus.documents[b.document])),
            chain_html(item_cell, b.chain));
      }
    }
    out += "</tbody></table></div>\n" + more(r.at_risk.size());
  }
  out += fmt::format("<h3>References to texts no longer in force ({})</h3>\n", r.stale.size());
  if (r.stale.empty()) {
    out += "<p>None.</p>\n";
  } else {
    out +=
        "<div class=\"tablewrap\"><table class=\"fixed\">\n<colgroup><col style=\"width:13%\">"
        "<col style=\"width:18%\"><col style=\"width:16%\"><col style=\"width:13%\"><col>"
        "</colgroup>\n<thead><tr><th>Item</th><th>Status</th>"
        "<th>Relation</th><th>Target</th><th>Why</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < r.stale.size() && i < kRows; ++i) {
      const StaleReference& s = r.stale[i];
      std::string why = s.reason == StaleReason::withdrawn    ? "withdrawn"
                        : s.reason == StaleReason::superseded ? "superseded"
                                                              : "replaced by ";
      if (s.reason == StaleReason::replaced && s.replaced_by != npos)
        why += fmt::format("{} ({})", item_cell(s.replaced_by),
                           html_escape(render::status_text(corpus.documents[s.replaced_by])));
      out += fmt::format(
          "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td class=\"id\">{}</td>"
          "<td>{}</td></tr>\n",
          item_cell(s.step.from), html_escape(render::status_text(corpus.documents[s.step.from])),
          html_escape(step_label(s.step)), item_cell(s.step.to), why);
    }
    out += "</tbody></table></div>\n" + more(r.stale.size());
  }
  out += "</section>\n";
  return out;
}

// A record's source and PDF links after its name, for catalogue records that give them. Only
// web addresses are written (the reader keeps no other), escaped for the attribute.
std::string web_links_html(const Document& doc) {
  std::string out;
  for (const WebLink& l : doc.web_links) {
    if (!is_web_address(l.url) || (l.type != "src" && l.type != "pdf")) continue;
    out += fmt::format(" <a class=\"weblink\" href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                       html_escape(l.url), l.type == "pdf" ? "PDF" : "source");
  }
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
    // The event behind the status; for a catalogue's undated stage (withdrawn), the last
    // dated event known, as the roadmap places it.
    const StatusEvent* dated = st.event ? st.event : st.newest;
    statuses.insert(status);
    groups.insert(doc.group());
    std::string anchor = html_escape(node_anchor(doc.id));
    rows += fmt::format(
        "<tr id=\"row-{}\" data-status=\"{}\" data-group=\"{}\"><td class=\"id\">{}{}</td>"
        "<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"date\">{}</td></tr>\n",
        anchor, html_escape(status), html_escape(doc.group()), html_escape(doc.id),
        web_links_html(doc), html_escape(doc.title()), to_string(doc.kind),
        html_escape(member_text(doc.groups)), html_escape(member_text(doc.questions)),
        st.target
            ? fmt::format("{} (target {})", html_escape(status), html_escape(st.target->target))
            : html_escape(status),
        dated ? dated->date.to_string() : std::string());
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
      "</div>\n<div class=\"tablewrap\"><table id=\"items\" class=\"sortable fixed\">\n"
      "<colgroup><col style=\"width:14%\"><col><col style=\"width:11%\"><col style=\"width:7%\">"
      "<col style=\"width:8%\"><col style=\"width:10%\"><col style=\"width:8.5em\"></colgroup>\n"
      "<thead><tr><th>Item</th><th>Title</th><th>Kind</th><th>Group</th><th>Question</th>"
      "<th>Status</th><th>Since</th></tr></thead>\n<tbody>\n";
  out += rows;
  out += "</tbody></table></div>\n</section>\n";
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  return xml_escaped(text);
}

std::string render_report_html(const ReportInput& in) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
                     html_escape(in.title), render::report_css());
  out += section_header(in);
  out += "<main>\n";
  out += section_sources(in.sources);
  out += section_roadmap(in.roadmap);
  ItemLinks links{*in.corpus, std::set<std::size_t>(in.items.begin(), in.items.end())};
  if (in.gaps) out += section_gaps(links, *in.gaps, in.gaps_note);
  if (in.overlaps) out += section_overlaps(links, *in.overlaps);
  if (in.risk) out += section_risk(links, *in.risk);
  out += section_items(in);
  out += "</main>\n";
  out += fmt::format("<script>\n{}</script>\n</body>\n</html>\n", render::report_js());
  return out;
}

}  // namespace stdgraph
