// link for people, scripts, sheets and links files: every format reads the same result
// struct and the same evidence phrases (describe in analysis/link_proposals.h).
#include "stdgraph/render/link.h"

#include <cmath>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "stdgraph/render/csv.h"
#include "stdgraph/render/text_table.h"
#include "stdgraph/util/escape.h"

namespace stdgraph {
namespace {

using ojson = nlohmann::ordered_json;

double rounded3(double x) {
  return std::round(x * 1000) / 1000;
}

std::string_view group_word(GroupAgreement g) {
  switch (g) {
    case GroupAgreement::same:
      return "same";
    case GroupAgreement::different:
      return "different";
    case GroupAgreement::unknown:
      break;
  }
  return "unknown";
}

std::string evidence_line(const LinkProposal& p) {
  return fmt::format("{}", fmt::join(describe(p), "; "));
}

std::string date_or_empty(const Date& d) {
  return d.empty() ? std::string() : d.to_string();
}

}  // namespace

void write_text(std::ostream& out, const Corpus& corpus, const LinkReport& report) {
  const LinkProposals& r = report.result;
  fmt::print(out, "Drafts awaiting a number: {}; catalogue records not yet joined: {}\n", r.drafts,
             r.records);
  if (r.proposals.empty()) {
    fmt::print(out,
               "\nNo catalogue record looks like the publication of a draft (score {:.2f} "
               "or more).\n",
               report.options.min_score);
    return;
  }
  std::size_t certain = 0;
  for (const LinkProposal& p : r.proposals) certain += p.certain;
  fmt::print(out, "Proposed joins: {} ({} certain){}\n\n", r.found, certain,
             r.found > r.proposals.size() ? fmt::format(", the first {} shown", r.proposals.size())
                                          : std::string());
  std::size_t rank = 0;
  for (const LinkProposal& p : r.proposals) {
    const Document& draft = corpus.documents[p.draft];
    const Document& record = corpus.documents[p.record];
    fmt::print(out, "{:>3}. {} -> {}  score {:.2f}{}\n", ++rank, render::name(draft.id),
               render::name(p.number), p.score, p.certain ? "  CERTAIN" : "");
    render::TextTable table("     ");
    table.add({"draft", render::prose(draft.title())});
    table.add({render::name(record.id), render::prose(record.title())});
    table.add({"evidence", render::prose(evidence_line(p))});
    table.write(out);
  }
  fmt::print(out,
             "\nNothing is joined until you confirm it: `stdgraph link --format links` prints "
             "these as lines for a links file (see data/README.md).\n");
}

nlohmann::ordered_json to_json(const Corpus& corpus, const LinkReport& report) {
  const LinkProposals& r = report.result;
  ojson j;
  j["drafts"] = r.drafts;
  j["records"] = r.records;
  j["found"] = r.found;
  j["min_score"] = rounded3(report.options.min_score);
  ojson list = ojson::array();
  for (const LinkProposal& p : r.proposals) {
    const Document& draft = corpus.documents[p.draft];
    const Document& record = corpus.documents[p.record];
    const LinkEvidence& e = p.why;
    ojson item;
    item["draft"] = {
        {"id", draft.id},
        {"title", draft.title()},
        {"group", e.draft_group},
        {"kind", std::string(to_string(e.draft_kind))},
        {"last_event", e.last_event.empty() ? ojson(nullptr) : ojson(e.last_event.to_string())}};
    item["number"] = p.number;
    item["record"] = {{"id", record.id},
                      {"title", record.title()},
                      {"group", e.record_group},
                      {"kind", std::string(to_string(e.record_kind))},
                      {"published", e.published.to_string()},
                      {"source", record.source}};
    item["score"] = rounded3(p.score);
    item["certain"] = p.certain;
    item["evidence"] = {{"title_identical", e.title_identical},
                        {"shared_words", e.shared_words},
                        {"title_words", e.title_words},
                        {"title", rounded3(e.title)},
                        {"text", rounded3(e.text)},
                        {"group", std::string(group_word(e.group))},
                        {"same_question", e.same_question},
                        {"series", {e.draft_series, e.record_series}},
                        {"months_after", e.months_after},
                        {"summary", describe(p)}};
    list.push_back(std::move(item));
  }
  j["proposals"] = std::move(list);
  return j;
}

void write_csv(std::ostream& out, const Corpus& corpus, const LinkReport& report) {
  write_csv_row(out, {"draft",     "draft_title",  "number",       "record",       "record_title",
                      "score",     "certain",      "title",        "shared_words", "title_words",
                      "text",      "draft_group",  "record_group", "group",        "last_event",
                      "published", "months_after", "draft_kind",   "record_kind",  "evidence"});
  for (const LinkProposal& p : report.result.proposals) {
    const Document& draft = corpus.documents[p.draft];
    const Document& record = corpus.documents[p.record];
    const LinkEvidence& e = p.why;
    write_csv_row(out, {draft.id,
                        draft.title(),
                        p.number,
                        record.id,
                        record.title(),
                        fmt::format("{:.3f}", p.score),
                        p.certain ? "yes" : "no",
                        fmt::format("{:.3f}", e.title),
                        std::to_string(e.shared_words),
                        std::to_string(e.title_words),
                        fmt::format("{:.3f}", e.text),
                        e.draft_group,
                        e.record_group,
                        std::string(group_word(e.group)),
                        date_or_empty(e.last_event),
                        date_or_empty(e.published),
                        std::to_string(e.months_after),
                        std::string(to_string(e.draft_kind)),
                        std::string(to_string(e.record_kind)),
                        evidence_line(p)});
  }
}

void write_links(std::ostream& out, const Corpus& corpus, const LinkReport& report) {
  const LinkProposals& r = report.result;
  // Comments hold titles: one line each, made inert (no line break ends a comment early).
  auto comment = [](std::string_view text) { return terminal_safe(text, Breaks::space); };
  fmt::print(out,
             "# Joins proposed by stdgraph link on {} ({} of {} shown, most certain first).\n"
             "# NOTHING HERE IS CONFIRMED. Check each join against the catalogue record, keep\n"
             "# the lines you confirm (at most one per draft), replace their source with who\n"
             "# confirmed it and when\n"
             "# (source: \"confirmed by J. Smith, {}\"), and add them to a links file kept\n"
             "# with the records (a `links:` list in a record file, see data/README.md).\n",
             report.date, r.proposals.size(), r.found, report.date);
  if (r.proposals.empty()) {
    fmt::print(out, "links: []\n");
    return;
  }
  fmt::print(out, "links:\n");
  for (const LinkProposal& p : r.proposals) {
    const Document& draft = corpus.documents[p.draft];
    const Document& record = corpus.documents[p.record];
    fmt::print(out, "  # {} \"{}\" -> {} \"{}\"{}\n", comment(draft.id), comment(draft.title()),
               comment(record.id), comment(record.title()), p.certain ? " (certain)" : "");
    std::string source =
        fmt::format("proposed by stdgraph link on {}, score {:.2f}{}: {}", report.date, p.score,
                    p.certain ? ", certain" : "", evidence_line(p));
    fmt::print(out, "  - {{draft: {}, number: {}, source: {}}}\n", yaml_quoted(draft.id),
               yaml_quoted(p.number), yaml_quoted(source));
  }
}

}  // namespace stdgraph
