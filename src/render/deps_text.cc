// Text of deps, impact, chains and risk: aligned columns, one item per line.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include "deps_common.h"
#include "stdgraph/render/deps.h"
#include "stdgraph/render/text_table.h"
#include "stdgraph/util/escape.h"

namespace stdgraph {

using render::TextTable;

namespace {

std::string types_line(const DependencyTypes& types) {
  auto same = [&](const DependencyTypes& other) {
    return types.relations == other.relations && types.editions == other.editions;
  };
  if (same(DependencyTypes::defaults()))
    return "all relation types but informative-reference; --types to choose";
  if (same(DependencyTypes::all())) return "all relation types";
  return fmt::format("following {}", fmt::join(types.names(), ", "));
}

// Levels of indentation a tree is drawn with; a node deeper than that is drawn at this
// indentation with its depth before its name, so that a chain 10,000 long prints in lines
// of bounded width (not 40 KB each).
constexpr std::size_t kIndentLevels = 16;

// The tree prefix of each node: "|-- " and "`-- " before it, "|   " for open branches;
// "[depth] " after them past kIndentLevels. Linear in the nodes: each prefix is bounded.
std::vector<std::string> tree_prefixes(const DependencyTree& tree) {
  const std::size_t n = tree.nodes.size();
  std::vector<std::size_t> last_child(n, npos);  // nodes are depth-first: the last one seen
  for (std::size_t i = 1; i < n; ++i) last_child[tree.nodes[i].parent] = i;
  std::vector<std::string> prefix(n);
  std::vector<std::string> open(n);  // what children of a node start with
  for (std::size_t i = 1; i < n; ++i) {
    const auto& node = tree.nodes[i];
    bool last = last_child[node.parent] == i;
    const std::string& above = open[node.parent];
    prefix[i] = above + (last ? "`-- " : "|-- ");
    if (node.depth < kIndentLevels) {
      open[i] = above + (last ? "    " : "|   ");
    } else {
      prefix[i] += fmt::format("[{}] ", node.depth);
      open[i] = above;
    }
  }
  return prefix;
}

}  // namespace

void write_text(std::ostream& out, const Corpus& corpus, const DependencyTree& tree) {
  const Document& root = corpus.documents[tree.root];
  std::size_t count = tree.nodes.size() - 1;
  fmt::print(out, "{} rests on {} item{}{} ({})\n", terminal_safe(root.id), count,
             count == 1 ? "" : "s",
             tree.depth_limit ? fmt::format(" within {} steps", tree.depth_limit) : "",
             types_line(tree.types));
  TextTable table;
  table.add({"item", "relation", "status", "group", "title"});
  auto prefixes = tree_prefixes(tree);
  bool cut = false;
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const auto& node = tree.nodes[i];
    const Document& doc = corpus.documents[node.document];
    cut |= node.more;
    table.add({prefixes[i] + doc.id + (node.more ? " ..." : ""),
               i == 0 ? "" : std::string(step_label(node.step)), render::status_text(doc),
               place_text(doc), doc.title()});
  }
  table.write(out);
  if (cut) fmt::print(out, "(... : more beyond the depth limit)\n");
}

void write_text(std::ostream& out, const Corpus& corpus, const ImpactReport& report) {
  const DependencyTree& tree = report.tree;
  std::size_t count = tree.nodes.size() - 1;
  fmt::print(out, "{} items rest on {}{}, in {} group{} ({})\n", count,
             terminal_safe(corpus.documents[tree.root].id),
             tree.depth_limit ? fmt::format(" within {} steps", tree.depth_limit) : "",
             report.groups.size(), report.groups.size() == 1 ? "" : "s", types_line(tree.types));
  // One table for the whole report so that columns align across groups.
  TextTable table("");
  if (!report.groups.empty()) {
    table.add_line("");
    table.add({"item", "depth", "relation", "rests on", "status", "title"});
  }
  for (const auto& g : report.groups) {
    table.add_line("");
    table.add_line(g.id.empty() ? "(no group)" : g.id + (g.name.empty() ? "" : "  " + g.name));
    for (const auto& q : g.questions) {
      table.add_line(
          "  " + (q.id.empty() ? "(no Question)" : q.id + (q.name.empty() ? "" : "  " + q.name)));
      for (std::size_t i : q.nodes) {
        const auto& node = tree.nodes[i];
        const Document& doc = corpus.documents[node.document];
        table.add({"    " + doc.id + (node.more ? " ..." : ""), std::to_string(node.depth),
                   std::string(step_label(node.step)),
                   corpus.documents[tree.nodes[node.parent].document].id, render::status_text(doc),
                   doc.title()});
      }
    }
  }
  table.write(out);
}

void write_text(std::ostream& out, const Corpus& corpus, const ChainsReport& report,
                const ChainsOptions& options) {
  fmt::print(out, "{} items, {} dependency steps, {} loop{} of items resting on each other ({})\n",
             report.documents, report.steps, report.tangles, report.tangles == 1 ? "" : "s",
             types_line(options.types));

  fmt::print(out, "\nLongest chains (one per item they end on)\n");
  if (report.longest.empty()) fmt::print(out, "  none\n");
  for (std::size_t i = 0; i < report.longest.size(); ++i) {
    const auto& steps = report.longest[i].steps;
    fmt::print(out, "  {:>2}. {} step{}: {}\n", i + 1, steps.size(), steps.size() == 1 ? "" : "s",
               terminal_safe(render::chain_text(corpus, steps)));
  }

  fmt::print(
      out,
      "\nMost depended on (by {}; PageRank over dependency steps, damping {}, {} iterations)\n",
      options.rank_by == RankBy::dependents ? "all dependents" : "PageRank", options.damping,
      report.pagerank_iterations);
  if (report.most_depended_on.empty()) {
    fmt::print(out, "  none\n");
  } else {
    TextTable table;
    table.add({"#", "item", "dependents", "direct", "pagerank", "status", "title"});
    for (std::size_t i = 0; i < report.most_depended_on.size(); ++i) {
      const auto& r = report.most_depended_on[i];
      const Document& doc = corpus.documents[r.document];
      table.add({std::to_string(i + 1), doc.id, std::to_string(r.all), std::to_string(r.direct),
                 fmt::format("{:.3g}", r.pagerank), render::status_text(doc), doc.title()});
    }
    table.write(out);
  }

  fmt::print(out, "\nLoops among relations that must not loop\n");
  if (report.cycles.empty()) fmt::print(out, "  none\n");
  for (const auto& cycle : report.cycles) {
    std::string text = corpus.documents[cycle.edges.front().from].id;
    for (const auto& e : cycle.edges)
      text += fmt::format(" -{}-> {}", to_string(e.type), corpus.documents[e.to].id);
    fmt::print(out, "  {}\n", terminal_safe(text));
  }
}

void write_text(std::ostream& out, const Corpus& corpus, const RiskReport& report,
                const RiskOptions& options) {
  fmt::print(out,
             "{} draft{} checked; {} hang{} on work not approved yet; {} reference{} to "
             "texts no longer in force ({})\n",
             report.drafts, report.drafts == 1 ? "" : "s", report.at_risk.size(),
             report.at_risk.size() == 1 ? "s" : "", report.stale.size(),
             report.stale.size() == 1 ? "" : "s", types_line(options.types));

  fmt::print(out, "\nDrafts that hang on work not approved yet\n");
  if (report.at_risk.empty()) {
    fmt::print(out, "  none\n");
  } else {
    TextTable table;
    table.add({"draft", "status", "rests on", "its status", "chain"});
    for (const auto& draft : report.at_risk) {
      const Document& d = corpus.documents[draft.draft];
      for (std::size_t i = 0; i < draft.blockers.size(); ++i) {
        const auto& b = draft.blockers[i];
        table.add({i == 0 ? d.id : "", i == 0 ? render::status_text(d) : "",
                   corpus.documents[b.document].id,
                   render::status_text(corpus.documents[b.document]),
                   render::chain_text(corpus, b.chain)});
      }
    }
    table.write(out);
  }

  fmt::print(out, "\nReferences to texts no longer in force\n");
  if (report.stale.empty()) {
    fmt::print(out, "  none\n");
  } else {
    TextTable table;
    table.add({"item", "status", "relation", "target", "why"});
    for (const auto& s : report.stale) {
      const Document& item = corpus.documents[s.step.from];
      const Document& target = corpus.documents[s.step.to];
      std::string why = s.reason == StaleReason::withdrawn ? "withdrawn"
                        : s.reason == StaleReason::superseded
                            ? "superseded"
                            : "replaced by " + corpus.documents[s.replaced_by].id + " (" +
                                  render::status_text(corpus.documents[s.replaced_by]) + ")";
      table.add(
          {item.id, render::status_text(item), std::string(step_label(s.step)), target.id, why});
    }
    table.write(out);
  }
}

}  // namespace stdgraph
