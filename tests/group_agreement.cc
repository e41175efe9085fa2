#include "group_agreement.h"

#include <catch2/catch.hpp>
#include <set>

#include "stdgraph/analysis/export.h"
#include "stdgraph/analysis/gaps.h"
#include "stdgraph/analysis/roadmap_steps.h"
#include "stdgraph/analysis/stats.h"
#include "stdgraph/model/groups.h"
#include "stdgraph/model/status.h"

namespace stdgraph::test {

std::size_t check_groups_agree(const Corpus& corpus, const Graph& graph) {
  const std::size_t docs = corpus.documents.size();
  const Stats stats = compute_stats(corpus);
  std::size_t groups_with_items = 0;
  for (std::size_t g = 0; g < corpus.groups.size(); ++g) {
    const std::string& id = corpus.groups[g].id;
    INFO("group " << id);
    std::vector<bool> under = documents_under(corpus, {g});
    std::set<std::size_t> expected, considered;
    for (std::size_t d = 0; d < docs; ++d) {
      const Document& doc = corpus.documents[d];
      REQUIRE(is_under(corpus, doc, g) == under[d]);  // walking up agrees with walking down
      if (!under[d]) continue;
      expected.insert(d);
      if (!doc.referenced && !doc.implied && doc.kind != DocKind::series &&
          status_as_of(doc, std::nullopt).status)
        considered.insert(d);
    }
    groups_with_items += !expected.empty();

    RoadmapSelection roadmap;
    roadmap.groups = {id};
    RoadmapItems chosen = select_roadmap_items(corpus, graph, roadmap);
    CHECK(chosen.problems.empty());
    CHECK(std::set<std::size_t>(chosen.documents.begin(), chosen.documents.end()) == expected);

    std::string error;
    auto exported = select_for_export(corpus, graph, {"group:" + id}, DependencyTypes{}, &error);
    REQUIRE(exported);
    std::set<std::size_t> kept;
    for (std::size_t d = 0; d < docs; ++d)
      if (exported->nodes[d]) kept.insert(d);
    CHECK(kept == expected);

    std::vector<std::size_t> gaps = items_considered(corpus, std::nullopt, {id});
    CHECK(std::set<std::size_t>(gaps.begin(), gaps.end()) == considered);

    // stats counts items (with a row of their own) by the group and the Question they name;
    // summed over the groups under G, those are the items whose group (Question) is under G.
    std::vector<bool> groups = groups_under(corpus, {g});
    auto named_under = [&](const std::string& name) {
      std::size_t h = name.empty() ? npos : corpus.find_group(name);
      return h != npos && groups[h];
    };
    std::size_t by_group = 0, by_question = 0, of_group = 0, of_question = 0;
    for (const auto& [name, count] : stats.by_group)
      if (named_under(name)) by_group += count;
    for (const auto& [name, count] : stats.by_question)
      if (named_under(name)) by_question += count;
    for (std::size_t d : expected) {
      const Document& doc = corpus.documents[d];
      if (doc.referenced) continue;
      // stats counts a joint item under each of its groups and Questions.
      bool any = false;
      for (const std::string& g : member_ids(doc.groups)) {
        of_group += named_under(g);
        any |= named_under(g);
      }
      for (const std::string& q : member_ids(doc.questions)) {
        of_question += named_under(q);
        any |= named_under(q);
      }
      CHECK(any);
    }
    CHECK(by_group == of_group);
    CHECK(by_question == of_question);
  }
  return groups_with_items;
}

}  // namespace stdgraph::test
