// check and overlaps for people: aligned, with the reason for every match on its own line.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "stdgraph/model/bodies.h"
#include "stdgraph/model/status.h"
#include "stdgraph/render/match.h"
#include "stdgraph/render/text_table.h"
#include "stdgraph/util/escape.h"

namespace stdgraph {
namespace {

// "planned 2023-09-08 (target 2024)", as show and the gap reports write it.
std::string status_of(const Document& d) {
  StatusAsOf state = status_as_of(d, std::nullopt);
  if (!state.status) return "-";
  std::string text = status_text(state);
  if (state.target) text += fmt::format(" (target {})", terminal_safe(state.target->target));
  return text;
}

// The body, group and Question, as the terminal shows them.
std::string place_of(const Document& d) {
  return terminal_safe(body_and_place(d));
}

using render::name;
using render::pad;
using render::prose;

std::string tie_text(const Tie& tie) {
  return tie.editions ? "editions of one work"
                      : fmt::format("already related: {}", to_string(tie.type));
}

}  // namespace

std::string explain(const Corpus& corpus, const MatchEvidence& why) {
  std::vector<std::string> parts;
  if (why.text > 0) {
    std::vector<std::string> terms;
    for (const SharedTerm& t : why.terms) terms.push_back(t.surface);
    parts.push_back(terms.empty()
                        ? fmt::format("text {:.2f}", why.text)
                        : fmt::format("text {:.2f} ({})", why.text, fmt::join(terms, ", ")));
  }
  if (why.name > 0)
    parts.push_back(fmt::format("name {:.2f} ({} ~ {})", why.name, why.name_a, why.name_b));
  if (why.question > 0) parts.push_back("same Question");
  if (!why.shared_references.empty()) {
    std::vector<std::string> ids;
    for (std::size_t d : why.shared_references) ids.push_back(corpus.documents[d].id);
    parts.push_back(fmt::format("both rest on {}", fmt::join(ids, ", ")));
  }
  if (!why.context.empty()) {
    std::vector<std::string> ids;
    for (std::size_t d : why.context) ids.push_back(corpus.documents[d].id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    parts.push_back(fmt::format("read with the title of {}", fmt::join(ids, ", ")));
  }
  return parts.empty() ? "nothing in common" : fmt::format("{}", fmt::join(parts, "; "));
}

std::string body_and_place(const Document& document) {
  std::string body = body_of(document), place = place_text(document);
  if (place.empty()) return body;
  // "3GPP SA3", "ISO/IEC JTC 1/SC 27": the committee's name already says whose it is.
  if (place.size() > body.size() && place.compare(0, body.size(), body) == 0 &&
      (place[body.size()] == ' ' || place[body.size()] == '/'))
    return place;
  return body + " " + place;
}

std::string explain(const Corpus& corpus, const OverlapPair& pair) {
  std::string why = explain(corpus, pair.why);
  if (!pair.across_bodies) return why;
  return fmt::format("{}; across bodies: {} ~ {}", why, body_and_place(corpus.documents[pair.a]),
                     body_and_place(corpus.documents[pair.b]));
}

std::string explain(const Corpus& corpus, const Query& query, const Match& match) {
  std::string why = explain(corpus, match.why);
  // The edition that matched best is an old one: say which is the work's newest.
  auto editions = corpus.editions(match.document);
  if (!editions.empty() && editions.back() != match.document)
    why += fmt::format("; newest edition: {}", corpus.documents[editions.back()].id);
  if (!match.across_bodies) return why;
  return fmt::format("{}; another body: {} (the proposal's: {})", why,
                     body_and_place(corpus.documents[match.document]), query.body);
}

void write_text(std::ostream& out, const Corpus& corpus, const CheckReport& report) {
  fmt::print(out, "Nearest items to \"{}\" among {} items\n", prose(report.query.title),
             report.compared);
  if (report.matches.empty()) {
    fmt::print(out, "\nNo item shares a word with it.\n");
    return;
  }
  std::size_t id_w = 4, st_w = 6, pl_w = 5;
  for (const Match& m : report.matches) {
    const Document& d = corpus.documents[m.document];
    id_w = std::max(id_w, render::display_width(name(d.id)));
    st_w = std::max(st_w, status_of(d).size());
    pl_w = std::max(pl_w, render::display_width(place_of(d)));
  }
  fmt::print(out, "\n {:>2}  {:>5}  {:<{}}  {:<{}}  {:<{}}  {}\n", "#", "score", "item", id_w,
             "status", st_w, "where", pl_w, "title");
  std::size_t rank = 0;
  for (const Match& m : report.matches) {
    const Document& d = corpus.documents[m.document];
    bool over = report.fail_above && m.score >= *report.fail_above;
    fmt::print(out, " {:>2}  {:>5.2f}  {}  {:<{}}  {}  {}{}\n", ++rank, m.score,
               pad(name(d.id), id_w), status_of(d), st_w, pad(place_of(d), pl_w), prose(d.title()),
               over ? "  <- at or above --fail-above" : "");
    fmt::print(out, " {:>2}  {:>5}  why: {}{}\n", "", "", prose(explain(corpus, report.query, m)),
               m.tie ? fmt::format(" [{}]", tie_text(*m.tie)) : "");
  }
}

void write_text(std::ostream& out, const Corpus& corpus, const OverlapReport& report) {
  const OverlapResult& r = report.result;
  std::size_t untied = r.found - r.tied;
  fmt::print(out,
             "Overlaps among {} items at score >= {:.2f}: {} new pair{}, {} already related{}\n",
             r.documents, report.options.min_score, untied, untied == 1 ? "" : "s", r.tied,
             report.show_tied || r.tied == 0 ? "" : " (not listed: --show-tied)");
  if (report.options.per_item)
    fmt::print(out, "Each item's {} nearest count (--per-item).\n", report.options.per_item);
  if (r.documents < corpus.documents.size())
    fmt::print(out,
               "Each work takes part through its newest edition; {} older editions are left "
               "out (--all-editions).\n",
               corpus.documents.size() - r.documents);
  if (!report.options.bodies.empty() || report.options.across_bodies)
    fmt::print(
        out, "Only pairs {}{}{}.\n",
        report.options.bodies.empty()
            ? ""
            : fmt::format("with an item of {}",
                          terminal_safe(fmt::format("{}", fmt::join(report.options.bodies, ", ")))),
        report.options.bodies.empty() || !report.options.across_bodies ? "" : " and ",
        report.options.across_bodies ? "of two bodies (--across-bodies)" : "");
  if (report.options.top && r.found > r.pairs.size())
    fmt::print(out, "The {} highest are listed (--top).\n", r.pairs.size());
  std::size_t listed = 0;
  for (const OverlapPair& p : r.pairs) {
    if (p.tie && !report.show_tied) continue;
    const Document& a = corpus.documents[p.a];
    const Document& b = corpus.documents[p.b];
    std::vector<std::string> flags;
    if (p.duplicate) flags.push_back("possible duplicate");
    if (p.counterpart) flags.push_back("security counterpart");
    if (p.across_bodies) flags.push_back("across bodies");
    if (p.across_groups) flags.push_back("across groups");
    if (p.tie) flags.push_back(tie_text(*p.tie));
    fmt::print(out, "\n{:.2f}  {} ({}, {}) ~ {} ({}, {}){}\n", p.score, name(a.id), place_of(a),
               status_of(a), name(b.id), place_of(b), status_of(b),
               flags.empty() ? "" : fmt::format("  [{}]", fmt::join(flags, "; ")));
    fmt::print(out, "      {}: {}\n      {}: {}\n      why: {}\n", name(a.id), prose(a.title()),
               name(b.id), prose(b.title()), prose(explain(corpus, p)));
    ++listed;
  }
  if (!r.clusters.empty()) {
    fmt::print(out, "\nClusters: three or more items, each two of them a pair scoring {:.2f}+:\n",
               std::max(report.options.min_score, kClusterMinScore));
    for (const auto& c : r.clusters) {
      std::vector<std::string> ids;
      for (std::size_t d : c) ids.push_back(name(corpus.documents[d].id));
      fmt::print(out, "  {} items: {}\n", c.size(), fmt::join(ids, ", "));
    }
  }
  if (listed == 0) fmt::print(out, "\nNo pair reaches the threshold; try a lower --min-score.\n");
}

}  // namespace stdgraph
