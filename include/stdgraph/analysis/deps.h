// Dependency chains: what an item rests on (upstream) and what rests on it (downstream).
// "A rests on B" means a change to B may touch A. Which relations say so, and which way,
// is the one table of `orientation` below (shown for people in docs/deps.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

// How a relation type orients a dependency.
enum class Orientation : std::uint8_t {
  declared,  // the item that declares the relation rests on its target
  by_kind,   // the end that is a supplement, amendment, corrigendum or appendix rests on
             // the other end; between two ends of the same sort, no dependency
  none,      // not a dependency
};
// The table:
//   normative-reference, informative-reference, supplement-to, amends, corrects,
//   revises, supersedes, based-on, common-text   -> declared
//   complements, edition-of                      -> by_kind (edition-of between two
//                                                   editions of one work: none; the
//                                                   edition order stands for it)
//   same-as, moved-to, other                     -> none
// Beside the relations, the edition order of a work (Corpus::editions) is a step of its
// own, `previous-edition`: each edition rests on the one before it.
Orientation orientation(RelationType type);
// Supplements, amendments, corrigenda and appendices: texts that exist only as an
// addition to another one.
bool is_dependent_kind(DocKind kind);

inline constexpr std::string_view kPreviousEdition = "previous-edition";

// The step types a query follows: relation types (with an orientation) and the edition
// order. Informative references are left out by default: a bibliography entry does not
// hold up a text.
struct DependencyTypes {
  std::uint32_t relations = 0;  // bit (1 << RelationType) for each type followed
  bool editions = false;

  static DependencyTypes defaults();
  static DependencyTypes all();
  bool follows(RelationType type) const { return (relations >> static_cast<unsigned>(type)) & 1u; }
  // The names followed, in the table's order ("normative-reference", ..., "previous-edition").
  std::vector<std::string_view> names() const;
};
// Every step type name a user may give: the oriented relation types and previous-edition.
std::vector<std::string_view> dependency_type_names();
// Reads a list of step type names ("based-on", "revises", "previous-edition"), or the
// single word "all" or "default". On an unknown name, nullopt and *error saying which,
// with the nearest name.
std::optional<DependencyTypes> parse_dependency_types(const std::vector<std::string>& names,
                                                      std::string* error);

// One step of a chain: document `from` rests on document `to`.
struct DependencyStep {
  std::size_t from = npos;
  std::size_t to = npos;
  std::optional<RelationType> relation;  // empty: `to` is the edition before `from`
  std::size_t owner = npos;              // the record declaring the relation ...
  std::size_t relation_index = npos;     // ... and its index in that record's relations
};
// The relation type's name, or "previous-edition".
std::string_view step_label(const DependencyStep& step);

// The steps from `document` to what it rests on directly (upstream_steps), or from each
// item resting directly on it (downstream_steps): one step per other item (of several
// relations between two items, the first type of the table), ordered by that item.
std::vector<DependencyStep> upstream_steps(const Corpus& corpus, const Graph& graph,
                                           std::size_t document, const DependencyTypes& types);
std::vector<DependencyStep> downstream_steps(const Corpus& corpus, const Graph& graph,
                                             std::size_t document, const DependencyTypes& types);

enum class Direction : std::uint8_t { upstream, downstream };

struct DependencyNode {
  std::size_t document = npos;
  std::size_t parent = npos;  // index in DependencyTree::nodes of the item one step nearer
                              // the root; npos for the root
  std::size_t depth = 0;
  DependencyStep step;  // the step between it and its parent (upstream: parent rests on it;
                        // downstream: it rests on the parent); empty for the root
  bool more = false;    // it has further steps that the depth limit cut off
};

// Every item reachable from the root, each once at its least depth, with the shortest
// chain to it. nodes are in depth-first order (the root first, children by relation and
// then id), ready to print as an indented tree.
struct DependencyTree {
  Direction direction = Direction::upstream;
  std::size_t root = npos;
  std::size_t depth_limit = 0;  // 0: none
  DependencyTypes types;
  std::vector<DependencyNode> nodes;
};

struct DependencyOptions {
  std::size_t depth = 0;  // 0: follow chains to their end
  DependencyTypes types = DependencyTypes::defaults();
};

// `stdgraph deps` (upstream) and the tree of `stdgraph impact` (downstream).
DependencyTree dependencies(const Corpus& corpus, const Graph& graph, std::size_t document,
                            Direction direction, const DependencyOptions& options);

// `stdgraph impact`: the downstream tree, its items grouped by the group and Question
// responsible for them (whom a liaison statement about the change would go to).
struct ImpactQuestion {
  std::string id;                  // "" for items with no Question
  std::string name;                // from the group records, when declared
  std::vector<std::size_t> nodes;  // indices in tree.nodes, by depth then id
};
struct ImpactGroup {
  std::string id;  // "" for items with no group
  std::string name;
  std::vector<ImpactQuestion> questions;  // by id, natural order; no Question last
};
struct ImpactReport {
  DependencyTree tree;
  std::vector<ImpactGroup> groups;  // by id, natural order ("SG2" before "SG17"); none last
};
ImpactReport impact(const Corpus& corpus, const Graph& graph, std::size_t document,
                    const DependencyOptions& options);

// The edition order of every document at once (Corpus::editions works one name at a time).
struct EditionTable {
  std::vector<std::size_t> work;      // the oldest edition of d's work; npos without editions
  std::vector<std::size_t> previous;  // the edition before d, or npos
  std::vector<std::size_t> next;      // the edition after d, or npos

  static EditionTable build(const Corpus& corpus);
  bool same_work(std::size_t a, std::size_t b) const {
    return work[a] != npos && work[a] == work[b];
  }
};

// Every step of the corpus at once, upstream and downstream, for analyses over the whole
// corpus (chains, risk, centrality): the same steps upstream_steps gives, per document.
struct DependencyIndex {
  std::vector<DependencyStep> steps;    // grouped by `from`, each group ordered by `to`
  std::vector<std::size_t> up_begin;    // steps of d: [up_begin[d], up_begin[d + 1])
  std::vector<std::size_t> down;        // indices in steps, grouped by `to`
  std::vector<std::size_t> down_begin;  // steps to d: down[down_begin[d] .. down_begin[d + 1])
  EditionTable editions;

  std::size_t documents() const { return up_begin.empty() ? 0 : up_begin.size() - 1; }
  std::span<const DependencyStep> upstream(std::size_t d) const {
    return {steps.data() + up_begin[d], steps.data() + up_begin[d + 1]};
  }
  std::span<const std::size_t> downstream(std::size_t d) const {
    return {down.data() + down_begin[d], down.data() + down_begin[d + 1]};
  }
};
DependencyIndex index_dependencies(const Corpus& corpus, const Graph& graph,
                                   const DependencyTypes& types);

// Fills `down` and `down_begin` from `steps` (a counting sort by `to`) for `n` items: the
// last step of index_dependencies, and of any index built another way (tests, benchmarks).
void index_downstream(DependencyIndex& index, std::size_t n);

// "SG2" < "SG17", "Q3/17" < "Q13/17": digit runs compare as numbers. For sorting ids.
bool natural_less(std::string_view a, std::string_view b);

}  // namespace stdgraph
