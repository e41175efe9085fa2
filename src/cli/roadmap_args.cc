#include "roadmap_args.h"

#include <iostream>

#include <fmt/format.h>

#include "gaps_cli.h"
#include "stdgraph/analysis/roadmap_topics.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph::cli {

void add_selection_options(CLI::App& cmd, RoadmapArgs& args) {
  RoadmapSelection& sel = args.options.selection;
  cmd.add_option("--group", sel.groups, "Items of this group or of Questions under it (SG17)")
      ->delimiter(',');
  cmd.add_option("--question", sel.questions, "Items of this Question (Q14/17)")->delimiter(',');
  cmd.add_option("--ids", args.ids, "These items, by any of their names (A,B,...)")->delimiter(',');
  cmd.add_option("--topic", args.topics,
                 "The items of this topic of a taxonomy (name or A > B path; with --group: "
                 "its items of that group)");
  cmd.add_option("--around", sel.around, "And items up to N relation hops from them")
      ->check(CLI::Range(0, 10));
  cmd.add_option("--status", args.statuses,
                 "Only items whose status (as of --as-of) is one of these (approved,planned)")
      ->delimiter(',');
  cmd.add_option("--as-of", args.as_of, "The programme as it stood on DATE (YYYY[-MM[-DD]])");
  cmd.add_option("--lanes", args.lanes, "One lane per group or per Question")
      ->check(CLI::IsMember({"auto", "group", "question"}))
      ->capture_default_str();
  cmd.add_option("--step", args.step, "Timeline columns: years or quarters")
      ->check(CLI::IsMember({"auto", "year", "quarter"}))
      ->capture_default_str();
  cmd.add_flag("--all-editions", sel.all_editions,
               "One node per edition (default: a work's editions are one node)");
  cmd.add_flag("--all-edges", sel.all_edges, "Keep relations that a longer path already implies");
}

void resolve_selection(RoadmapArgs& args) {
  RoadmapSelection& sel = args.options.selection;
  for (auto& id : args.ids) {
    std::string trimmed = id;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(0, 1);
    if (!trimmed.empty()) sel.ids.push_back(trimmed);
  }
  std::vector<std::string_view> names;
  for (const auto& [value, name] : enum_names<Status>()) names.push_back(name);
  for (const auto& s : args.statuses) {
    auto status = parse_enum<Status>(s);
    if (!status) {
      std::string near = nearest_word(s, names);
      throw Failure(kUsage, fmt::format("--status: `{}` is not a status{}", s,
                                        near.empty() ? fmt::format(" ({})", fmt::join(names, ", "))
                                                     : fmt::format("; did you mean {}?", near)));
    }
    sel.statuses.push_back(*status);
  }
  sel.as_of = parse_as_of(args.as_of);  // the same reading and message as gaps and ask
  args.options.lanes = args.lanes == "group"      ? LaneBy::group
                       : args.lanes == "question" ? LaneBy::question
                                                  : LaneBy::automatic;
  args.options.step = args.step == "year"      ? TimeStep::year
                      : args.step == "quarter" ? TimeStep::quarter
                                               : TimeStep::automatic;
}

RoadmapLayout layout_named(const std::string& name) {
  return name == "relations" ? RoadmapLayout::relations : RoadmapLayout::timeline;
}

void select_topics(const GlobalOptions& options, Loaded& data, RoadmapArgs& args) {
  if (args.topics.empty()) return;
  RoadmapSelection& sel = args.options.selection;
  std::vector<std::string> names = args.taxonomies;
  if (names.empty())
    for (const auto& p : taxonomy_files(taxonomy_dir(options))) names.push_back(p.string());
  check_groups(data.corpus, sel.groups);
  Analyzer analyzer(glossary_for(options));
  std::vector<Taxonomy> taxonomies;
  for (const std::string& name : names)
    taxonomies.push_back(read_taxonomy(options, name, analyzer, data.corpus));
  TopicItems items =
      topic_items(data.corpus, analyzer, taxonomies, args.topics, sel.groups, sel.as_of);
  if (!items.unknown.empty()) {
    std::vector<std::string_view> views(items.known.begin(), items.known.end());
    std::string guess = nearest_word(items.unknown.front(), views);
    throw Failure(kUsage,
                  fmt::format("no topic is named `{}`{}\n  hint: `stdgraph gaps "
                              "--taxonomy NAME` lists a taxonomy's topics",
                              items.unknown.front(),
                              guess.empty() ? "" : fmt::format("; did you mean `{}`?", guess)));
  }
  if (items.documents.empty() && sel.ids.empty() && sel.questions.empty()) {
    throw Failure(
        kUsage,
        fmt::format("no item is under {} `{}`{}{}",
                    args.topics.size() == 1 ? "the topic" : "the topics",
                    fmt::join(args.topics, "`, `"),
                    sel.groups.empty() ? "" : fmt::format(" in {}", fmt::join(sel.groups, ", ")),
                    sel.as_of ? " as of " + sel.as_of->to_string() : ""));
  }
  args.within = select_topic_items(sel, items);
}

std::string describe_selection(const RoadmapArgs& args) {
  const RoadmapSelection& sel = args.options.selection;
  std::vector<std::string> parts;
  if (!args.topics.empty())
    parts.push_back(fmt::format(
        "topic {}{}", fmt::join(args.topics, ", "),
        args.within.empty() ? std::string() : fmt::format(" in {}", fmt::join(args.within, ", "))));
  if (!sel.groups.empty()) parts.push_back(fmt::format("{}", fmt::join(sel.groups, ", ")));
  if (!sel.questions.empty()) parts.push_back(fmt::format("{}", fmt::join(sel.questions, ", ")));
  if (!sel.ids.empty()) {
    std::string ids = sel.ids.size() <= 4 ? fmt::format("{}", fmt::join(sel.ids, ", "))
                                          : fmt::format("{} items", sel.ids.size());
    if (sel.around > 0) ids += fmt::format(" and {} hop(s) around", sel.around);
    parts.push_back(ids);
  }
  if (parts.empty()) parts.push_back("all items");
  if (!args.statuses.empty())
    parts.push_back(fmt::format("status {}", fmt::join(args.statuses, "/")));
  if (!args.as_of.empty()) parts.push_back(fmt::format("as of {}", args.as_of));
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace stdgraph::cli
