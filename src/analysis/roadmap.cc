#include "stdgraph/analysis/roadmap.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "stdgraph/analysis/describe.h"
#include "stdgraph/model/groups.h"

namespace stdgraph {
namespace {

// "Q2/17" before "Q10/17", "SG2" before "SG11": digit runs compare as numbers.
bool natural_less(std::string_view a, std::string_view b) {
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

bool is_draft(const std::optional<Status>& s) {
  return s && status_rank(*s) < 4;
}

// The first day of the column a date falls in (year-only dates: the year's first quarter).
int column_key(const Date& d, TimeStep step) {
  return step == TimeStep::quarter ? d.year * 4 + (d.month > 0 ? (d.month - 1) / 3 : 0) : d.year;
}

RoadmapColumn make_column(int key, TimeStep step) {
  if (step == TimeStep::quarter) {
    int year = key / 4, quarter = key % 4;
    return {Date{year, quarter * 3 + 1, 1}, fmt::format("{} Q{}", year, quarter + 1)};
  }
  return {Date{key, 1, 1}, std::to_string(key)};
}

// Drops edge u->v when v can also be reached from u through another successor (on the
// graph of strongly connected sets, so loops of references keep their edges).
std::vector<bool> transitive_edges(std::size_t n, const std::vector<RoadmapEdge>& edges) {
  std::vector<std::vector<std::size_t>> out(n);
  for (std::size_t e = 0; e < edges.size(); ++e)
    if (!is_symmetric(edges[e].type)) out[edges[e].from].push_back(edges[e].to);

  // Tarjan's strongly connected sets, iteratively; components come out in reverse
  // topological order (a component after every component it reaches).
  std::vector<std::size_t> index(n, npos), low(n, 0), comp(n, npos);
  std::vector<std::size_t> stack;
  std::vector<bool> on_stack(n, false);
  std::size_t counter = 0, components = 0;
  for (std::size_t root = 0; root < n; ++root) {
    if (index[root] != npos) continue;
    std::vector<std::pair<std::size_t, std::size_t>> work = {{root, 0}};
    while (!work.empty()) {
      auto& [v, child] = work.back();
      if (child == 0 && index[v] == npos) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        on_stack[v] = true;
      }
      if (child < out[v].size()) {
        std::size_t w = out[v][child++];
        if (index[w] == npos)
          work.push_back({w, 0});
        else if (on_stack[w])
          low[v] = std::min(low[v], index[w]);
        continue;
      }
      if (low[v] == index[v]) {
        std::size_t w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          comp[w] = components;
        } while (w != v);
        ++components;
      }
      std::size_t done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
    }
  }

  // Successor components, and what each component reaches in one or more steps.
  std::vector<std::set<std::size_t>> succ(components);
  for (std::size_t v = 0; v < n; ++v)
    for (std::size_t w : out[v])
      if (comp[v] != comp[w]) succ[comp[v]].insert(comp[w]);
  std::size_t words = (components + 63) / 64;
  std::vector<std::vector<std::uint64_t>> reach(components, std::vector<std::uint64_t>(words, 0));
  for (std::size_t c = 0; c < components; ++c)  // successors have smaller numbers
    for (std::size_t s : succ[c]) {
      reach[c][s / 64] |= std::uint64_t{1} << (s % 64);
      for (std::size_t k = 0; k < words; ++k) reach[c][k] |= reach[s][k];
    }
  auto reaches = [&](std::size_t a, std::size_t b) { return (reach[a][b / 64] >> (b % 64)) & 1; };

  std::vector<bool> drop(edges.size(), false);
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (is_symmetric(edges[e].type)) continue;
    std::size_t cu = comp[edges[e].from], cv = comp[edges[e].to];
    if (cu == cv) continue;
    for (std::size_t s : succ[cu])
      if (s != cv && reaches(s, cv)) {
        drop[e] = true;
        break;
      }
  }
  return drop;
}

}  // namespace

RoadmapModel build_roadmap(const Corpus& corpus, const Graph& graph,
                           const RoadmapOptions& options) {
  const RoadmapSelection& sel = options.selection;
  RoadmapModel model;
  model.as_of = sel.as_of;
  std::size_t n_docs = corpus.documents.size();

  // The first set: by group, Question, name or document index.
  std::vector<bool> chosen(n_docs, false);
  bool any_criterion =
      !sel.groups.empty() || !sel.questions.empty() || !sel.ids.empty() || !sel.documents.empty();
  std::set<std::size_t> wanted_groups, wanted_questions;
  for (const auto& name : sel.groups) {
    std::size_t g = corpus.find_group(name);
    if (g == npos)
      model.problems.push_back(fmt::format("no group is named `{}`", name));
    else
      wanted_groups.insert(g);
  }
  for (const auto& name : sel.questions) {
    std::size_t g = corpus.find_group(name);
    if (g == npos)
      model.problems.push_back(fmt::format("no Question is named `{}`", name));
    else
      wanted_questions.insert(g);
  }
  if (!wanted_groups.empty())
    chosen = documents_under(corpus, {wanted_groups.begin(), wanted_groups.end()});
  if (!wanted_questions.empty()) {
    std::vector<bool> under =
        groups_under(corpus, {wanted_questions.begin(), wanted_questions.end()});
    for (std::size_t d = 0; d < n_docs; ++d) {
      const std::string& q = corpus.documents[d].question;
      std::size_t g = q.empty() ? npos : corpus.find_group(q);
      if (g != npos && under[g]) chosen[d] = true;
    }
  }
  std::vector<std::size_t> seeds;
  for (const auto& name : sel.ids) {
    LookupResult found = lookup(corpus, name);
    if (found.document == npos) {
      std::string problem = fmt::format("no item is named `{}`", name);
      if (!found.suggestions.empty())
        problem += fmt::format("; did you mean {}?", fmt::join(found.suggestions, ", "));
      model.problems.push_back(problem);
    } else {
      seeds.push_back(found.document);
    }
  }
  for (std::size_t d : sel.documents)
    if (d < n_docs) seeds.push_back(d);
  for (std::size_t d : seeds) chosen[d] = true;
  if (!any_criterion)
    for (std::size_t d = 0; d < n_docs; ++d) chosen[d] = !corpus.documents[d].referenced;
  if (!model.problems.empty()) return model;

  // --around: relation hops, either way, from everything chosen so far.
  if (sel.around > 0) {
    std::deque<std::pair<std::size_t, int>> queue;
    for (std::size_t d = 0; d < n_docs; ++d)
      if (chosen[d]) queue.push_back({d, 0});
    while (!queue.empty()) {
      const auto [d, hops] = queue.front();
      const int next = hops + 1;  // a lambda cannot capture a structured binding in clang 14
      queue.pop_front();
      if (hops >= sel.around) continue;
      auto visit = [&](std::size_t other) {
        if (other < n_docs && !chosen[other]) {
          chosen[other] = true;
          queue.push_back({other, next});
        }
      };
      for (const Edge& e : graph.out_edges(d))
        if (e.kind == EdgeKind::relation) visit(e.to);
      for (const Edge& e : graph.in_edges(d))
        if (e.kind == EdgeKind::relation) visit(e.from);
    }
  }

  // Filters: the programme as of a day, and statuses.
  std::vector<StatusAsOf> state(n_docs);
  for (std::size_t d = 0; d < n_docs; ++d) {
    if (!chosen[d]) continue;
    const Document& doc = corpus.documents[d];
    state[d] = status_as_of(doc, sel.as_of);
    if (sel.as_of && !doc.history.empty() && !state[d].event) chosen[d] = false;  // not yet
    if (!sel.statuses.empty() &&
        (!state[d].status || std::find(sel.statuses.begin(), sel.statuses.end(),
                                       *state[d].status) == sel.statuses.end()))
      chosen[d] = false;
  }

  // One node per work: a chain of editions becomes its newest selected edition.
  std::vector<std::size_t> node_of(n_docs, npos);
  std::map<std::size_t, std::vector<std::size_t>> works;  // first edition -> selected editions
  std::vector<std::size_t> selected;
  for (std::size_t d = 0; d < n_docs; ++d) {
    if (!chosen[d]) continue;
    selected.push_back(d);
    std::vector<std::size_t> chain =
        sel.all_editions ? std::vector<std::size_t>{} : corpus.editions(d);
    works[chain.empty() ? d : chain.front()].push_back(d);
  }
  model.documents = selected.size();
  model.selected = selected;

  struct Pending {
    RoadmapNode node;
    std::vector<std::size_t> members;
  };
  std::vector<Pending> pending;
  for (auto& [first, members] : works) {
    std::vector<std::size_t> chain =
        sel.all_editions ? std::vector<std::size_t>{} : corpus.editions(members.front());
    if (!chain.empty()) {
      auto position = [&](std::size_t d) { return std::find(chain.begin(), chain.end(), d); };
      std::sort(members.begin(), members.end(),
                [&](std::size_t a, std::size_t b) { return position(a) < position(b); });
    }
    std::size_t d = members.back();
    const Document& doc = corpus.documents[d];
    RoadmapNode node;
    node.document = d;
    node.id = doc.id;
    node.title = doc.title();
    node.kind = doc.kind;
    node.status = state[d].status;
    node.draft = is_draft(node.status);
    node.group = doc.group;
    node.question = doc.question;
    // Drawn where the last thing known of it puts it: its newest event by then, or the
    // planned completion that event gives (the status may come from an older event).
    if (const StatusEvent* e = state[d].newest) {
      node.date = e->date;
      if (e->status == Status::planned && !e->target.empty())
        if (auto target = parse_date(e->target)) {
          node.date = *target;
          node.target = true;
        }
    }
    if (members.size() > 1)
      for (std::size_t m : members) node.editions.push_back(corpus.documents[m].id);
    pending.push_back({std::move(node), members});
  }

  // Lanes.
  LaneBy lanes_by = options.lanes;
  if (lanes_by == LaneBy::automatic) {
    std::set<std::string> groups;
    bool any_question = false;
    for (const auto& p : pending) {
      groups.insert(p.node.group);
      any_question |= !p.node.question.empty();
    }
    lanes_by = (!sel.questions.empty() || (groups.size() == 1 && any_question)) ? LaneBy::question
                                                                                : LaneBy::group;
  }
  model.lanes_by = lanes_by;
  auto lane_id = [&](const RoadmapNode& n) {
    return lanes_by == LaneBy::question && !n.question.empty() ? n.question : n.group;
  };
  std::vector<std::string> lane_ids;
  for (const auto& p : pending) lane_ids.push_back(lane_id(p.node));
  std::sort(lane_ids.begin(), lane_ids.end(), [](const std::string& a, const std::string& b) {
    if (a.empty() != b.empty()) return b.empty();  // items with no group last
    return natural_less(a, b);
  });
  lane_ids.erase(std::unique(lane_ids.begin(), lane_ids.end()), lane_ids.end());
  for (const auto& id : lane_ids) {
    std::size_t g = id.empty() ? npos : corpus.find_group(id);
    model.lanes.push_back({id, g == npos ? std::string() : corpus.groups[g].name});
  }

  // Columns: every year (or quarter) from the first date to the last.
  TimeStep step = options.step;
  int min_year = 0, max_year = 0;
  bool all_months = true, any_undated = false, any_dated = false;
  for (const auto& p : pending) {
    const Date& d = p.node.date;
    if (d.empty()) {
      any_undated = true;
      continue;
    }
    min_year = any_dated ? std::min(min_year, d.year) : d.year;
    max_year = any_dated ? std::max(max_year, d.year) : d.year;
    any_dated = true;
    all_months &= d.month > 0;
  }
  if (step == TimeStep::automatic)
    step = any_dated && all_months && max_year - min_year <= 2 ? TimeStep::quarter : TimeStep::year;
  model.step = step;
  if (any_undated) model.columns.push_back({Date{}, "undated"});
  int first_key = 0;
  if (any_dated) {
    first_key = column_key(Date{min_year, 1, 1}, step);
    int last_key = column_key(Date{max_year, 12, 1}, step);
    if (step == TimeStep::quarter) {  // from the first to the last quarter with an item
      first_key = last_key;
      last_key = 0;
      for (const auto& p : pending)
        if (!p.node.date.empty()) {
          first_key = std::min(first_key, column_key(p.node.date, step));
          last_key = std::max(last_key, column_key(p.node.date, step));
        }
    }
    for (int k = first_key; k <= last_key; ++k) model.columns.push_back(make_column(k, step));
  }
  std::size_t offset = any_undated ? 1 : 0;
  for (auto& p : pending) {
    p.node.lane =
        static_cast<std::size_t>(std::lower_bound(lane_ids.begin(), lane_ids.end(), lane_id(p.node),
                                                  [](const std::string& a, const std::string& b) {
                                                    if (a.empty() != b.empty()) return b.empty();
                                                    return natural_less(a, b);
                                                  }) -
                                 lane_ids.begin());
    p.node.column =
        p.node.date.empty()
            ? 0
            : offset + static_cast<std::size_t>(column_key(p.node.date, step) - first_key);
  }

  // Nodes in reading order.
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    if (a.node.lane != b.node.lane) return a.node.lane < b.node.lane;
    if (a.node.column != b.node.column) return a.node.column < b.node.column;
    return natural_less(a.node.id, b.node.id);
  });
  for (std::size_t i = 0; i < pending.size(); ++i) {
    for (std::size_t m : pending[i].members) node_of[m] = i;
    model.nodes.push_back(std::move(pending[i].node));
  }

  // Edges between nodes: one per pair and type (either way for symmetric types).
  std::map<std::tuple<std::size_t, std::size_t, RelationType>, std::size_t> edge_index;
  for (std::size_t d : selected)
    for (const Edge& e : graph.out_edges(d)) {
      if (e.kind != EdgeKind::relation || e.to >= n_docs || node_of[e.to] == npos) continue;
      ++model.relations;
      std::size_t from = node_of[e.from], to = node_of[e.to];
      if (from == to) {
        ++model.edition_edges;
        continue;
      }
      if (is_symmetric(e.type) && from > to) std::swap(from, to);
      auto [it, fresh] = edge_index.try_emplace({from, to, e.type}, model.edges.size());
      if (fresh) {
        model.edges.push_back({from, to, e.type, 1});
      } else {
        ++model.edges[it->second].count;
        ++model.duplicate_edges;
      }
    }
  if (!sel.all_edges) {
    std::vector<bool> drop = transitive_edges(model.nodes.size(), model.edges);
    std::vector<RoadmapEdge> kept;
    for (std::size_t e = 0; e < model.edges.size(); ++e)
      if (drop[e])
        ++model.transitive_edges;
      else
        kept.push_back(model.edges[e]);
    model.edges = std::move(kept);
  }
  return model;
}

}  // namespace stdgraph
