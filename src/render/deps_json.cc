// JSON of deps, impact, chains and risk (shapes in docs/deps.md).
#include "deps_common.h"
#include "stdgraph/render/deps.h"

namespace stdgraph {

using json = nlohmann::ordered_json;
using render::chain_json;
using render::or_null;

namespace {

json item_json(const Corpus& corpus, std::size_t d) {
  const Document& doc = corpus.documents[d];
  return {{"item", doc.id},
          {"title", doc.title()},
          {"kind", to_string(doc.kind)},
          {"status", or_null(render::status_name(doc))},
          {"status_date", or_null(render::status_date(doc))},
          {"group", or_null(doc.group())},
          {"question", or_null(doc.question())}};
}

json tree_items(const Corpus& corpus, const DependencyTree& tree) {
  json items = json::array();
  for (const auto& node : tree.nodes) {
    json j = item_json(corpus, node.document);
    j["depth"] = node.depth;
    if (node.parent == npos) {
      j["via"] = nullptr;
      j["step"] = nullptr;
    } else {
      j["via"] = corpus.documents[tree.nodes[node.parent].document].id;
      j["step"] = render::step_json(corpus, node.step);
    }
    j["more"] = node.more;
    items.push_back(std::move(j));
  }
  return items;
}

json head(const Corpus& corpus, const DependencyTree& tree) {
  return {{"item", corpus.documents[tree.root].id},
          {"direction", tree.direction == Direction::upstream ? "upstream" : "downstream"},
          {"depth_limit", tree.depth_limit == 0 ? json(nullptr) : json(tree.depth_limit)},
          {"types", tree.types.names()},
          {"count", tree.nodes.empty() ? 0 : tree.nodes.size() - 1}};
}

}  // namespace

json to_json(const Corpus& corpus, const DependencyTree& tree) {
  json j = head(corpus, tree);
  j["items"] = tree_items(corpus, tree);
  return j;
}

json to_json(const Corpus& corpus, const ImpactReport& report) {
  json j = head(corpus, report.tree);
  j["items"] = tree_items(corpus, report.tree);
  json groups = json::array();
  for (const auto& g : report.groups) {
    json questions = json::array();
    for (const auto& q : g.questions) {
      json items = json::array();
      for (std::size_t i : q.nodes)
        items.push_back(corpus.documents[report.tree.nodes[i].document].id);
      questions.push_back(
          {{"question", or_null(q.id)}, {"name", or_null(q.name)}, {"items", items}});
    }
    groups.push_back(
        {{"group", or_null(g.id)}, {"name", or_null(g.name)}, {"questions", questions}});
  }
  j["by_group"] = std::move(groups);
  return j;
}

json to_json(const Corpus& corpus, const ChainsReport& report, const ChainsOptions& options) {
  json longest = json::array();
  for (const auto& chain : report.longest)
    longest.push_back({{"length", chain.steps.size()},
                       {"from", corpus.documents[chain.steps.front().from].id},
                       {"to", corpus.documents[chain.steps.back().to].id},
                       {"chain", chain_json(corpus, chain.steps)}});
  json ranked = json::array();
  for (std::size_t i = 0; i < report.most_depended_on.size(); ++i) {
    const auto& r = report.most_depended_on[i];
    json j = {{"rank", i + 1}};
    j.update(item_json(corpus, r.document));
    j["dependents"] = r.all;
    j["direct"] = r.direct;
    j["pagerank"] = r.pagerank;
    ranked.push_back(std::move(j));
  }
  json cycles = json::array();
  for (const auto& cycle : report.cycles) {
    json items = json::array(), loop = json::array();
    for (const auto& e : cycle.edges) {
      items.push_back(corpus.documents[e.from].id);
      loop.push_back({{"from", corpus.documents[e.from].id},
                      {"relation", to_string(e.type)},
                      {"to", corpus.documents[e.to].id}});
    }
    cycles.push_back({{"items", items}, {"loop", loop}});
  }
  return {{"documents", report.documents},
          {"steps", report.steps},
          {"tangles", report.tangles},
          {"types", options.types.names()},
          {"longest", longest},
          {"ranked_by", options.rank_by == RankBy::dependents ? "dependents" : "pagerank"},
          {"pagerank", {{"damping", options.damping}, {"iterations", report.pagerank_iterations}}},
          {"most_depended_on", ranked},
          {"cycles", cycles}};
}

json to_json(const Corpus& corpus, const RiskReport& report, const RiskOptions& options) {
  json at_risk = json::array();
  for (const auto& draft : report.at_risk) {
    json j = item_json(corpus, draft.draft);
    json blockers = json::array();
    for (const auto& b : draft.blockers) {
      json bj = item_json(corpus, b.document);
      bj["chain"] = chain_json(corpus, b.chain);
      blockers.push_back(std::move(bj));
    }
    j["blockers"] = std::move(blockers);
    at_risk.push_back(std::move(j));
  }
  json stale = json::array();
  for (const auto& s : report.stale) {
    json j = item_json(corpus, s.step.from);
    j["relation"] = step_label(s.step);
    j["target"] = corpus.documents[s.step.to].id;
    j["target_status"] = or_null(render::status_name(corpus.documents[s.step.to]));
    j["reason"] = s.reason == StaleReason::withdrawn    ? "withdrawn"
                  : s.reason == StaleReason::superseded ? "superseded"
                                                        : "replaced";
    j["replaced_by"] =
        s.replaced_by == npos ? json(nullptr) : json(corpus.documents[s.replaced_by].id);
    j["step"] = render::step_json(corpus, s.step);
    stale.push_back(std::move(j));
  }
  return {{"drafts_checked", report.drafts},
          {"types", options.types.names()},
          {"at_risk", at_risk},
          {"stale", stale}};
}

}  // namespace stdgraph
