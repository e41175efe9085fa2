// Gap reports for spreadsheets: one self-describing row per item of a cell (a pivot table
// makes the matrix again), with RFC 4180 quoting from csv.h.
#include <fmt/format.h>

#include "gaps_common.h"
#include "stdgraph/render/csv.h"
#include "stdgraph/render/gaps.h"

namespace stdgraph {
namespace {

std::string joined(const std::vector<std::string>& v, std::string_view sep) {
  return fmt::format("{}", fmt::join(v, sep));
}

// The columns every row about one item has.
void item_fields(std::vector<std::string>& row, const ReportItem& item) {
  const Document& d = *item.doc;
  row.push_back(d.id);
  row.push_back(item.state.status ? std::string(to_string(*item.state.status)) : "");
  row.push_back(item.state.date.empty() ? "" : item.state.date.to_string());
  row.push_back(member_text(d.groups));
  row.push_back(member_text(d.questions));
  row.push_back(d.title());
  row.push_back(joined(item.sources, " "));
}

}  // namespace

void write_csv(std::ostream& out, const GapReport& r) {
  write_csv_row(out, {"topic", "aspect", "cell_coverage", "item", "status", "status_date", "group",
                      "question", "title", "sources", "why"});
  for (std::size_t t = 0; t < r.topics.size(); ++t)
    for (std::size_t a = 0; a < r.aspects.size(); ++a) {
      const GapCell& cell = r.cells[t][a];
      std::vector<std::string> head = {r.topics[t].path, r.aspects[a],
                                       std::string(to_string(cell.coverage))};
      if (cell.items.empty()) {
        head.resize(11);
        write_csv_row(out, head);
        continue;
      }
      for (std::size_t i : cell.items) {
        std::vector<std::string> row = head;
        item_fields(row, r.items[i]);
        std::string why = render::evidence_list(r.topic_evidence[i][t], "term");
        if (!r.aspect_evidence[i][a].empty())
          why += "; " + render::evidence_list(r.aspect_evidence[i][a], "cue");
        row.push_back(why);
        write_csv_row(out, row);
      }
    }
}

void write_csv(std::ostream& out, const CounterpartReport& r) {
  write_csv_row(out, {"item", "status", "status_date", "group", "question", "title", "sources",
                      "topics", "counterpart", "counterpart_status", "counterpart_status_date",
                      "counterpart_group", "counterpart_question", "counterpart_title",
                      "counterpart_sources", "by", "score", "why"});
  for (const CounterpartEntry& e : r.entries) {
    std::vector<std::string> head;
    item_fields(head, r.items[e.item]);
    head.push_back(joined(e.topics, "; "));
    if (e.links.empty()) {
      head.resize(18);
      write_csv_row(out, head);
      continue;
    }
    for (const CounterpartLink& link : e.links) {
      std::vector<std::string> row = head;
      item_fields(row, r.items[link.item]);
      row.push_back(link.by_relation ? "relation" : "topic");
      row.push_back(fmt::format("{:.3f}", link.score));
      row.push_back(render::link_text(r, e, link));
      write_csv_row(out, row);
    }
  }
}

void write_csv(std::ostream& out, const AskAnswer& a) {
  write_csv_row(out, {"item", "status", "status_date", "group", "question", "title", "sources",
                      "target", "scope", "why"});
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    std::vector<std::string> row;
    item_fields(row, a.items[i]);
    row.push_back(a.items[i].state.target);
    row.push_back(a.items[i].doc->scope);
    std::string why = render::evidence_list(a.subject_evidence[i], "term");
    if (!a.aspect_evidence[i].empty())
      why += "; " + render::evidence_list(a.aspect_evidence[i], "cue");
    row.push_back(why);
    write_csv_row(out, row);
  }
}

}  // namespace stdgraph
