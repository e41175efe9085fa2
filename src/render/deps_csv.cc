// CSV of deps, impact, chains and risk: one header row, then one row per item or step.
#include <fmt/format.h>

#include "deps_common.h"
#include "stdgraph/render/csv.h"
#include "stdgraph/render/deps.h"

namespace stdgraph {
namespace {

void tree_rows(std::ostream& out, const Corpus& corpus, const DependencyTree& tree,
               const std::vector<std::size_t>& order, bool with_group_columns) {
  std::vector<std::string> header = {"depth",  "item",        "relation", "via",
                                     "status", "status_date", "group",    "question",
                                     "title",  "declared_by", "source",   "more"};
  if (!with_group_columns) header.erase(header.begin() + 6, header.begin() + 8);
  write_csv_row(out, header);
  for (std::size_t i : order) {
    const auto& node = tree.nodes[i];
    const Document& doc = corpus.documents[node.document];
    bool root = node.parent == npos;
    std::vector<std::string> row = {
        std::to_string(node.depth),
        doc.id,
        root ? "" : std::string(step_label(node.step)),
        root ? "" : corpus.documents[tree.nodes[node.parent].document].id,
        render::status_name(doc),
        render::status_date(doc),
        member_text(doc.groups),
        member_text(doc.questions),
        doc.title(),
        root || node.step.owner == npos ? "" : corpus.documents[node.step.owner].id,
        root ? "" : render::step_source(corpus, node.step),
        node.more ? "yes" : "no"};
    if (!with_group_columns) row.erase(row.begin() + 6, row.begin() + 8);
    write_csv_row(out, row);
  }
}

}  // namespace

void write_csv(std::ostream& out, const Corpus& corpus, const DependencyTree& tree) {
  std::vector<std::size_t> order(tree.nodes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  tree_rows(out, corpus, tree, order, true);
}

void write_csv(std::ostream& out, const Corpus& corpus, const ImpactReport& report) {
  // Grouped as the text is: by group, then Question, then depth; the changed item first.
  std::vector<std::size_t> order = {0};
  for (const auto& g : report.groups)
    for (const auto& q : g.questions) order.insert(order.end(), q.nodes.begin(), q.nodes.end());
  tree_rows(out, corpus, report.tree, order, true);
}

void write_csv(std::ostream& out, const Corpus& corpus, const ChainsReport& report) {
  // Three sections in one table, told apart by the first column.
  write_csv_row(out, {"section", "rank", "item", "to", "length", "dependents", "direct", "pagerank",
                      "status", "chain"});
  for (std::size_t i = 0; i < report.longest.size(); ++i) {
    const auto& steps = report.longest[i].steps;
    write_csv_row(out, {"chain", std::to_string(i + 1), corpus.documents[steps.front().from].id,
                        corpus.documents[steps.back().to].id, std::to_string(steps.size()), "", "",
                        "", render::status_name(corpus.documents[steps.front().from]),
                        render::chain_text(corpus, steps)});
  }
  for (std::size_t i = 0; i < report.most_depended_on.size(); ++i) {
    const auto& r = report.most_depended_on[i];
    const Document& doc = corpus.documents[r.document];
    write_csv_row(out, {"depended-on", std::to_string(i + 1), doc.id, "", "", std::to_string(r.all),
                        std::to_string(r.direct), fmt::format("{:.6g}", r.pagerank),
                        render::status_name(doc), ""});
  }
  for (std::size_t i = 0; i < report.cycles.size(); ++i) {
    const auto& edges = report.cycles[i].edges;
    std::string text = corpus.documents[edges.front().from].id;
    for (const auto& e : edges)
      text += fmt::format(" -{}-> {}", to_string(e.type), corpus.documents[e.to].id);
    write_csv_row(out, {"cycle", std::to_string(i + 1), corpus.documents[edges.front().from].id, "",
                        std::to_string(edges.size()), "", "", "", "", text});
  }
}

void write_csv(std::ostream& out, const Corpus& corpus, const RiskReport& report) {
  write_csv_row(out, {"section", "item", "status", "relation", "target", "target_status", "reason",
                      "replaced_by", "chain"});
  for (const auto& draft : report.at_risk) {
    const Document& d = corpus.documents[draft.draft];
    for (const auto& b : draft.blockers)
      write_csv_row(
          out, {"blocked", d.id, render::status_name(d), std::string(step_label(b.chain.front())),
                corpus.documents[b.document].id, render::status_name(corpus.documents[b.document]),
                "not approved yet", "", render::chain_text(corpus, b.chain)});
  }
  for (const auto& s : report.stale) {
    const Document& item = corpus.documents[s.step.from];
    const Document& target = corpus.documents[s.step.to];
    write_csv_row(out, {"stale", item.id, render::status_name(item),
                        std::string(step_label(s.step)), target.id, render::status_name(target),
                        s.reason == StaleReason::withdrawn    ? "withdrawn"
                        : s.reason == StaleReason::superseded ? "superseded"
                                                              : "replaced",
                        s.replaced_by == npos ? "" : corpus.documents[s.replaced_by].id,
                        render::chain_text(corpus, {s.step})});
  }
}

}  // namespace stdgraph
