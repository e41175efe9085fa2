// The topic x aspect matrix of a taxonomy and its empty cells.
#include <algorithm>

#include "classify.h"
#include "stdgraph/analysis/gaps.h"

namespace stdgraph {

GapReport gap_report(const Corpus& corpus, const Analyzer& analyzer, const Taxonomy& taxonomy,
                     const GapOptions& options) {
  GapReport report;
  report.taxonomy = taxonomy.name;
  report.taxonomy_source = taxonomy.source;
  report.taxonomy_file = taxonomy.file;
  report.aspects_file = taxonomy.aspects_file;
  report.date = classify::report_date(corpus, options.as_of);
  report.as_of_given = options.as_of.has_value();
  report.groups = options.groups;
  report.security_group = options.security_group;
  for (const Aspect& a : taxonomy.aspects) report.aspects.push_back(a.name);
  report.aspects.emplace_back(kOtherAspect);
  std::size_t other = report.aspects.size() - 1;

  std::vector<TopicRef> topics = flatten(taxonomy);
  for (const TopicRef& t : topics) report.topics.push_back({t.topic->name, t.path, t.depth});

  classify::Scope scope = classify::items_in_scope(corpus, options.as_of, options.groups);
  report.considered = scope.documents.size();
  report.no_group = scope.no_group;
  for (std::size_t s = 0; s < scope.documents.size(); ++s) {
    std::size_t d = scope.documents[s];
    ItemText text = analyse_item(corpus.documents[d], analyzer);
    auto by_topic = classify::topic_evidence(topics, text, d);
    if (std::all_of(by_topic.begin(), by_topic.end(), [](const auto& e) { return e.empty(); }))
      continue;
    auto by_aspect =
        classify::aspect_evidence(corpus, taxonomy.aspects, text, d, options.security_group);
    by_aspect.emplace_back();  // `other`
    report.items.push_back(classify::report_item(corpus, d, scope.states[s], options.as_of));
    report.topic_evidence.push_back(std::move(by_topic));
    report.aspect_evidence.push_back(std::move(by_aspect));
  }
  // Items by id; evidence follows its item.
  std::vector<std::size_t> order(report.items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return report.items[a].doc->id < report.items[b].doc->id;
  });
  auto permute = [&](auto& v) {
    std::remove_reference_t<decltype(v)> sorted;
    sorted.reserve(v.size());
    for (std::size_t i : order) sorted.push_back(std::move(v[i]));
    v = std::move(sorted);
  };
  permute(report.items);
  permute(report.topic_evidence);
  permute(report.aspect_evidence);

  report.cells.assign(topics.size(), std::vector<GapCell>(report.aspects.size()));
  for (std::size_t i = 0; i < report.items.size(); ++i) {
    auto& aspects = report.aspect_evidence[i];
    bool any_aspect = std::any_of(aspects.begin(), aspects.begin() + static_cast<long>(other),
                                  [](const auto& e) { return !e.empty(); });
    for (std::size_t t = 0; t < topics.size(); ++t) {
      if (report.topic_evidence[i][t].empty()) continue;
      for (std::size_t a = 0; a < report.aspects.size(); ++a) {
        bool under = a == other ? !any_aspect : !aspects[a].empty();
        if (!under) continue;
        GapCell& cell = report.cells[t][a];
        cell.items.push_back(i);
        cell.coverage = std::max(cell.coverage, report.items[i].state.coverage);
      }
    }
  }
  for (std::size_t t = 0; t < topics.size(); ++t)
    for (std::size_t a = 0; a < other; ++a) {
      const GapCell& cell = report.cells[t][a];
      if (cell.coverage != Coverage::none) continue;
      report.gaps.push_back({t, a, cell.items});
    }
  return report;
}

}  // namespace stdgraph
