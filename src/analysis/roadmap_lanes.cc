// A roadmap's lanes: one per group or per Question, in natural order, items with none last.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "roadmap_order.h"
#include "stdgraph/analysis/roadmap_steps.h"
#include "stdgraph/model/groups.h"

namespace stdgraph {

bool roadmap_less(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) &&
        std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t i2 = i, j2 = j;
      while (i2 < a.size() && std::isdigit(static_cast<unsigned char>(a[i2]))) ++i2;
      while (j2 < b.size() && std::isdigit(static_cast<unsigned char>(b[j2]))) ++j2;
      auto na = a.substr(i, i2 - i), nb = b.substr(j, j2 - j);
      while (na.size() > 1 && na[0] == '0') na.remove_prefix(1);
      while (nb.size() > 1 && nb[0] == '0') nb.remove_prefix(1);
      if (na.size() != nb.size()) return na.size() < nb.size();
      if (na != nb) return na < nb;
      i = i2;
      j = j2;
      continue;
    }
    char ca = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i])));
    char cb = static_cast<char>(std::tolower(static_cast<unsigned char>(b[j])));
    if (ca != cb) return ca < cb;
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

namespace {

// The first of `ids` that `wanted` accepts (all when it names nothing), else the first; the
// others go to `also`.
std::string choose_lane(std::vector<std::string> ids, const GroupFilter* wanted,
                        std::vector<std::string>& also) {
  also.clear();
  if (ids.empty()) return "";
  auto pick = ids.begin();
  if (wanted)
    for (auto it = ids.begin(); it != ids.end(); ++it) {
      Document probe;
      probe.groups.push_back({*it, "", {}});
      if (wanted->contains(probe)) {
        pick = it;
        break;
      }
    }
  std::string lane = *pick;
  ids.erase(pick);
  also = std::move(ids);
  return lane;
}

}  // namespace

std::vector<RoadmapLane> assign_lanes(const Corpus& corpus, std::vector<WorkNode>& nodes,
                                      LaneBy& by, const RoadmapSelection& selection) {
  // Which of a joint item's groups or Questions is its lane: the first the selection asked for.
  std::optional<GroupFilter> asked;
  if (!selection.groups.empty() || !selection.questions.empty()) {
    std::vector<std::string> names = selection.questions;
    names.insert(names.end(), selection.groups.begin(), selection.groups.end());
    asked.emplace(corpus, names);
  }
  const GroupFilter* wanted = asked ? &*asked : nullptr;
  bool questions_asked = !selection.questions.empty();
  if (by == LaneBy::automatic) {
    std::set<std::string> groups;
    bool any_question = false;
    for (const auto& n : nodes) {
      groups.insert(n.node.group);
      any_question |= !n.node.question.empty();
    }
    by = (questions_asked || (groups.size() == 1 && any_question)) ? LaneBy::question
                                                                   : LaneBy::group;
  }
  for (auto& n : nodes) {
    const Document& doc = corpus.documents[n.node.document];
    std::vector<std::string> also_groups, also_questions;
    n.node.group = choose_lane(member_ids(doc.groups), wanted, also_groups);
    n.node.question = choose_lane(member_ids(doc.questions), wanted, also_questions);
    n.node.also = by == LaneBy::question && !n.node.question.empty() ? std::move(also_questions)
                                                                     : std::move(also_groups);
  }
  auto lane_id = [&](const RoadmapNode& n) {
    return by == LaneBy::question && !n.question.empty() ? n.question : n.group;
  };
  auto lane_less = [](const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();  // items with no group last
    return roadmap_less(a, b);
  };
  std::vector<std::string> ids;
  for (const auto& n : nodes) ids.push_back(lane_id(n.node));
  std::sort(ids.begin(), ids.end(), lane_less);
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<RoadmapLane> lanes;
  for (const auto& id : ids) {
    std::size_t g = id.empty() ? npos : corpus.find_group(id);
    lanes.push_back({id, g == npos ? std::string() : corpus.groups[g].name});
  }
  for (auto& n : nodes)
    n.node.lane = static_cast<std::size_t>(
        std::lower_bound(ids.begin(), ids.end(), lane_id(n.node), lane_less) - ids.begin());
  return lanes;
}

}  // namespace stdgraph
