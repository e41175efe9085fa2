// Dependency steps, trees and the whole-corpus index (see include/stdgraph/analysis/deps.h).
#include "stdgraph/analysis/deps.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <tuple>

#include <fmt/format.h>

#include "stdgraph/util/text_util.h"

namespace stdgraph {

Orientation orientation(RelationType type) {
  switch (type) {
    case RelationType::normative_reference:
    case RelationType::informative_reference:
    case RelationType::supplement_to:
    case RelationType::amends:
    case RelationType::corrects:
    case RelationType::revises:
    case RelationType::supersedes:
    case RelationType::based_on:
    case RelationType::common_text:
      return Orientation::declared;
    case RelationType::complements:
    case RelationType::edition_of:
      return Orientation::by_kind;
    case RelationType::same_as:
    case RelationType::moved_to:
    case RelationType::other:
      return Orientation::none;
  }
  return Orientation::none;
}

bool is_dependent_kind(DocKind kind) {
  return kind == DocKind::supplement || kind == DocKind::amendment ||
         kind == DocKind::corrigendum || kind == DocKind::appendix;
}

namespace {

constexpr std::uint32_t bit(RelationType t) {
  return 1u << static_cast<unsigned>(t);
}

// The order in which the table lists the types; of two relations between one pair of
// items, the one listed first names the step.
int table_rank(const std::optional<RelationType>& type) {
  static constexpr auto kRank = [] {
    constexpr RelationType kOrder[] = {
        RelationType::revises,
        RelationType::supersedes,
        RelationType::amends,
        RelationType::corrects,
        RelationType::supplement_to,
        RelationType::based_on,
        RelationType::common_text,
        RelationType::normative_reference,
        RelationType::complements,
        RelationType::edition_of,
        RelationType::informative_reference,
    };
    std::array<int, 32> rank{};
    rank.fill(99);
    for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i)
      rank[static_cast<std::size_t>(kOrder[i])] = i;
    return rank;
  }();
  return type ? kRank[static_cast<std::size_t>(*type)] : 100;
}

// Where one document stands in its work's editions: from Corpus::editions for a single
// query, from an EditionTable for the whole corpus.
struct QueryPlace {
  std::vector<std::size_t> editions;  // of its work, oldest first; empty without editions
  std::size_t index = npos;           // its place in that list

  QueryPlace(const Corpus& corpus, std::size_t document) : editions(corpus.editions(document)) {
    auto it = std::find(editions.begin(), editions.end(), document);
    if (it != editions.end()) index = static_cast<std::size_t>(it - editions.begin());
  }
  bool same_work(std::size_t other) const {
    return std::find(editions.begin(), editions.end(), other) != editions.end();
  }
  std::size_t previous() const { return index == npos || index == 0 ? npos : editions[index - 1]; }
  std::size_t next() const {
    return index == npos || index + 1 >= editions.size() ? npos : editions[index + 1];
  }
};

struct TablePlace {
  const EditionTable& table;
  std::size_t document;

  bool same_work(std::size_t other) const { return table.same_work(document, other); }
  std::size_t previous() const { return table.previous[document]; }
  std::size_t next() const { return table.next[document]; }
};

// Whether the relation edge between `here` and `other` (declared either way) makes a
// by-kind dependency in which `dependent` rests on `base`.
template <typename Place>
bool rests_by_kind(const Corpus& corpus, const Place& here, RelationType type,
                   std::size_t dependent, std::size_t base, std::size_t other) {
  if (type == RelationType::edition_of && here.same_work(other)) return false;
  return is_dependent_kind(corpus.documents[dependent].kind) &&
         !is_dependent_kind(corpus.documents[base].kind);
}

// One step per other item: sorts by the other end, keeps the first type of the table.
void keep_one_per_item(std::vector<DependencyStep>& steps, bool by_to) {
  if (steps.size() < 2) return;
  auto other = [by_to](const DependencyStep& s) { return by_to ? s.to : s.from; };
  std::sort(steps.begin(), steps.end(), [&](const DependencyStep& a, const DependencyStep& b) {
    if (other(a) != other(b)) return other(a) < other(b);
    int ra = table_rank(a.relation), rb = table_rank(b.relation);
    if (ra != rb) return ra < rb;
    return std::tie(a.owner, a.relation_index) < std::tie(b.owner, b.relation_index);
  });
  steps.erase(std::unique(steps.begin(), steps.end(),
                          [&](const DependencyStep& a, const DependencyStep& b) {
                            return other(a) == other(b);
                          }),
              steps.end());
}

template <typename Place>
std::vector<DependencyStep> upstream_of(const Corpus& corpus, const Graph& graph,
                                        std::size_t document, const DependencyTypes& types,
                                        const Place& place) {
  std::vector<DependencyStep> steps;
  for (const Edge& e : graph.out_edges(document)) {
    if (e.kind != EdgeKind::relation || e.to == document || !types.follows(e.type)) continue;
    Orientation o = orientation(e.type);
    if (o == Orientation::declared ||
        (o == Orientation::by_kind && rests_by_kind(corpus, place, e.type, document, e.to, e.to)))
      steps.push_back({document, e.to, e.type, e.owner, e.relation});
  }
  for (const Edge& e : graph.in_edges(document)) {
    if (e.kind != EdgeKind::relation || e.from == document || !types.follows(e.type)) continue;
    if (orientation(e.type) == Orientation::by_kind &&
        rests_by_kind(corpus, place, e.type, document, e.from, e.from))
      steps.push_back({document, e.from, e.type, e.owner, e.relation});
  }
  if (types.editions)
    if (std::size_t previous = place.previous(); previous != npos)
      steps.push_back({document, previous, std::nullopt, npos, npos});
  keep_one_per_item(steps, true);
  return steps;
}

template <typename Place>
std::vector<DependencyStep> downstream_of(const Corpus& corpus, const Graph& graph,
                                          std::size_t document, const DependencyTypes& types,
                                          const Place& place) {
  std::vector<DependencyStep> steps;
  for (const Edge& e : graph.in_edges(document)) {
    if (e.kind != EdgeKind::relation || e.from == document || !types.follows(e.type)) continue;
    Orientation o = orientation(e.type);
    if (o == Orientation::declared ||
        (o == Orientation::by_kind &&
         rests_by_kind(corpus, place, e.type, e.from, document, e.from)))
      steps.push_back({e.from, document, e.type, e.owner, e.relation});
  }
  for (const Edge& e : graph.out_edges(document)) {
    if (e.kind != EdgeKind::relation || e.to == document || !types.follows(e.type)) continue;
    if (orientation(e.type) == Orientation::by_kind &&
        rests_by_kind(corpus, place, e.type, e.to, document, e.to))
      steps.push_back({e.to, document, e.type, e.owner, e.relation});
  }
  if (types.editions)
    if (std::size_t next = place.next(); next != npos)
      steps.push_back({next, document, std::nullopt, npos, npos});
  keep_one_per_item(steps, false);
  return steps;
}

}  // namespace

DependencyTypes DependencyTypes::defaults() {
  DependencyTypes t = all();
  t.relations &= ~bit(RelationType::informative_reference);
  return t;
}

DependencyTypes DependencyTypes::all() {
  DependencyTypes t;
  for (const auto& [type, name] : enum_names<RelationType>())
    if (orientation(type) != Orientation::none) t.relations |= bit(type);
  t.editions = true;
  return t;
}

std::vector<std::string_view> DependencyTypes::names() const {
  std::vector<std::string_view> out;
  for (const auto& [type, name] : enum_names<RelationType>())
    if (follows(type)) out.push_back(name);
  if (editions) out.push_back(kPreviousEdition);
  return out;
}

std::vector<std::string_view> dependency_type_names() {
  return DependencyTypes::all().names();
}

std::optional<DependencyTypes> parse_dependency_types(const std::vector<std::string>& names,
                                                      std::string* error) {
  if (names.size() == 1 && names[0] == "all") return DependencyTypes::all();
  if (names.size() == 1 && names[0] == "default") return DependencyTypes::defaults();
  DependencyTypes types;
  std::vector<std::string_view> known = dependency_type_names();
  for (const auto& name : names) {
    if (name == kPreviousEdition) {
      types.editions = true;
      continue;
    }
    auto type = parse_enum<RelationType>(name);
    if (!type || orientation(*type) == Orientation::none) {
      if (error) {
        std::string nearest = nearest_word(name, known);
        *error = type ? fmt::format(
                            "`{}` is not a dependency: it never makes one item rest on "
                            "another",
                            name)
                      : fmt::format("unknown relation type `{}`", name);
        if (!nearest.empty() && !type) *error += fmt::format("; did you mean {}?", nearest);
        *error += fmt::format(" (types: {}, or all, or default)", fmt::join(known, ", "));
      }
      return std::nullopt;
    }
    types.relations |= bit(*type);
  }
  return types;
}

std::string_view step_label(const DependencyStep& step) {
  return step.relation ? to_string(*step.relation) : kPreviousEdition;
}

std::vector<DependencyStep> upstream_steps(const Corpus& corpus, const Graph& graph,
                                           std::size_t document, const DependencyTypes& types) {
  return upstream_of(corpus, graph, document, types, QueryPlace(corpus, document));
}

std::vector<DependencyStep> downstream_steps(const Corpus& corpus, const Graph& graph,
                                             std::size_t document, const DependencyTypes& types) {
  return downstream_of(corpus, graph, document, types, QueryPlace(corpus, document));
}

EditionTable EditionTable::build(const Corpus& corpus) {
  const std::size_t n = corpus.documents.size();
  EditionTable t{std::vector<std::size_t>(n, npos), std::vector<std::size_t>(n, npos),
                 std::vector<std::size_t>(n, npos)};
  std::vector<bool> done(n, false);
  for (std::size_t d = 0; d < n; ++d) {
    if (done[d]) continue;
    auto editions = corpus.editions(d);  // one call per work, not per edition
    done[d] = true;
    for (std::size_t i = 0; i < editions.size(); ++i) {
      std::size_t e = editions[i];
      done[e] = true;
      t.work[e] = editions.front();
      if (i > 0) t.previous[e] = editions[i - 1];
      if (i + 1 < editions.size()) t.next[e] = editions[i + 1];
    }
  }
  return t;
}

DependencyTree dependencies(const Corpus& corpus, const Graph& graph, std::size_t document,
                            Direction direction, const DependencyOptions& options) {
  DependencyTree tree;
  tree.direction = direction;
  tree.root = document;
  tree.depth_limit = options.depth;
  tree.types = options.types;

  // Breadth first, so that each item is reached at its least depth.
  struct Found {
    std::size_t document, parent, depth;
    DependencyStep step;
    bool more;
  };
  std::vector<Found> found = {{document, npos, 0, {}, false}};
  std::vector<std::size_t> seen(corpus.documents.size(), npos);
  seen[document] = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    std::size_t here = found[i].document;
    auto steps = direction == Direction::upstream
                     ? upstream_steps(corpus, graph, here, options.types)
                     : downstream_steps(corpus, graph, here, options.types);
    bool at_limit = options.depth != 0 && found[i].depth >= options.depth;
    for (const DependencyStep& s : steps) {
      std::size_t next = direction == Direction::upstream ? s.to : s.from;
      if (seen[next] != npos) continue;
      if (at_limit) {
        found[i].more = true;
        continue;
      }
      seen[next] = found.size();
      found.push_back({next, i, found[i].depth + 1, s, false});
    }
  }

  // Depth first for printing: children by relation, then id.
  std::vector<std::vector<std::size_t>> children(found.size());
  for (std::size_t i = 1; i < found.size(); ++i) children[found[i].parent].push_back(i);
  auto key = [&](std::size_t i) {
    return std::make_tuple(step_label(found[i].step),
                           std::string_view(corpus.documents[found[i].document].id));
  };
  for (auto& list : children)
    std::sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      auto ka = key(a), kb = key(b);
      if (std::get<0>(ka) != std::get<0>(kb)) return std::get<0>(ka) < std::get<0>(kb);
      return natural_less(std::get<1>(ka), std::get<1>(kb));
    });
  std::vector<std::size_t> placed(found.size(), npos);
  std::vector<std::size_t> stack = {0};
  while (!stack.empty()) {
    std::size_t i = stack.back();
    stack.pop_back();
    placed[i] = tree.nodes.size();
    const Found& f = found[i];
    tree.nodes.push_back(
        {f.document, f.parent == npos ? npos : placed[f.parent], f.depth, f.step, f.more});
    for (auto it = children[i].rbegin(); it != children[i].rend(); ++it) stack.push_back(*it);
  }
  return tree;
}

ImpactReport impact(const Corpus& corpus, const Graph& graph, std::size_t document,
                    const DependencyOptions& options) {
  ImpactReport report;
  report.tree = dependencies(corpus, graph, document, Direction::downstream, options);
  const auto& nodes = report.tree.nodes;

  // Sort keys: natural order, with the empty id ("none") last.
  auto id_less = [](const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();
    return natural_less(a, b);
  };
  auto name_of = [&](const std::string& id) {
    std::size_t g = id.empty() ? npos : corpus.find_group(id);
    return g == npos ? std::string() : corpus.groups[g].name;
  };
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    const Document& d = corpus.documents[nodes[i].document];
    auto g = std::find_if(report.groups.begin(), report.groups.end(),
                          [&](const ImpactGroup& x) { return x.id == d.group(); });
    if (g == report.groups.end()) {
      report.groups.push_back({d.group(), name_of(d.group()), {}});
      g = report.groups.end() - 1;
    }
    // A joint item is listed under each of its Questions (in its first group).
    std::vector<std::string> questions = member_ids(d.questions);
    if (questions.empty()) questions.emplace_back();
    for (const std::string& question : questions) {
      auto q = std::find_if(g->questions.begin(), g->questions.end(),
                            [&](const ImpactQuestion& x) { return x.id == question; });
      if (q == g->questions.end()) {
        g->questions.push_back({question, name_of(question), {}});
        q = g->questions.end() - 1;
      }
      q->nodes.push_back(i);
    }
  }
  std::sort(report.groups.begin(), report.groups.end(),
            [&](const ImpactGroup& a, const ImpactGroup& b) { return id_less(a.id, b.id); });
  for (auto& g : report.groups) {
    std::sort(
        g.questions.begin(), g.questions.end(),
        [&](const ImpactQuestion& a, const ImpactQuestion& b) { return id_less(a.id, b.id); });
    for (auto& q : g.questions)
      std::sort(q.nodes.begin(), q.nodes.end(), [&](std::size_t a, std::size_t b) {
        if (nodes[a].depth != nodes[b].depth) return nodes[a].depth < nodes[b].depth;
        return natural_less(corpus.documents[nodes[a].document].id,
                            corpus.documents[nodes[b].document].id);
      });
  }
  return report;
}

DependencyIndex index_dependencies(const Corpus& corpus, const Graph& graph,
                                   const DependencyTypes& types) {
  DependencyIndex index;
  std::size_t n = corpus.documents.size();
  index.up_begin.reserve(n + 1);
  index.editions = EditionTable::build(corpus);
  for (std::size_t d = 0; d < n; ++d) {
    index.up_begin.push_back(index.steps.size());
    auto steps = upstream_of(corpus, graph, d, types, TablePlace{index.editions, d});
    index.steps.insert(index.steps.end(), steps.begin(), steps.end());
  }
  index.up_begin.push_back(index.steps.size());
  index_downstream(index, n);
  return index;
}

void index_downstream(DependencyIndex& index, std::size_t n) {
  // Counting sort of the steps by `to`.
  index.down_begin.assign(n + 1, 0);
  for (const auto& s : index.steps) ++index.down_begin[s.to + 1];
  for (std::size_t d = 0; d < n; ++d) index.down_begin[d + 1] += index.down_begin[d];
  index.down.resize(index.steps.size());
  std::vector<std::size_t> fill(index.down_begin.begin(), index.down_begin.end() - 1);
  for (std::size_t i = 0; i < index.steps.size(); ++i) index.down[fill[index.steps[i].to]++] = i;
}

bool natural_less(std::string_view a, std::string_view b) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      std::size_t i0 = i, j0 = j;
      while (i0 < a.size() && a[i0] == '0') ++i0;
      while (j0 < b.size() && b[j0] == '0') ++j0;
      std::size_t i1 = i0, j1 = j0;
      while (i1 < a.size() && digit(a[i1])) ++i1;
      while (j1 < b.size() && digit(b[j1])) ++j1;
      if (i1 - i0 != j1 - j0) return i1 - i0 < j1 - j0;
      if (int c = a.substr(i0, i1 - i0).compare(b.substr(j0, j1 - j0)); c != 0) return c < 0;
      i = i1;
      j = j1;
      continue;
    }
    if (a[i] != b[j]) return a[i] < b[j];
    ++i;
    ++j;
  }
  if (a.size() - i != b.size() - j) return a.size() - i < b.size() - j;
  return a < b;  // equal by value ("Q03" and "Q3"): a total order all the same
}

}  // namespace stdgraph
