// `stdgraph risk`: drafts that hang on work not approved yet, and items that rest on
// withdrawn or superseded texts.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "stdgraph/analysis/deps.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

// Not approved yet: planned, ongoing, on the agenda, moved, determined, consented or
// not approved (status ranks 1 to 3).
bool is_pending(Status status);

// An item upstream of a draft that is itself not approved yet, with the shortest chain:
// chain[0].from is the draft, chain.back().to is the blocker.
struct Blocker {
  std::size_t document = npos;
  std::vector<DependencyStep> chain;
};

struct DraftAtRisk {
  std::size_t draft = npos;
  std::vector<Blocker> blockers;  // nearest first, then by id
};

enum class StaleReason : std::uint8_t {
  withdrawn,   // its status is withdrawn
  superseded,  // its status is superseded
  replaced,    // an approved item revises or supersedes it, or a newer edition is approved
};

// A direct step from an item in force (or still in work) to a text no longer in force.
// Left out: steps that do the replacing (revises, supersedes, previous-edition) unless a
// draft revises a text that another item has replaced already; and steps to an old
// edition or a replaced text when the item also rests directly on a newer one in force.
struct StaleReference {
  DependencyStep step;
  StaleReason reason = StaleReason::withdrawn;
  std::size_t replaced_by = npos;  // for `replaced`: the approved item that replaced it
};

struct RiskReport {
  std::size_t drafts = 0;             // items not approved yet, all checked
  std::vector<DraftAtRisk> at_risk;   // by id
  std::vector<StaleReference> stale;  // by item, then target
};

struct RiskOptions {
  DependencyTypes types = DependencyTypes::defaults();
};

RiskReport find_risks(const Corpus& corpus, const Graph& graph, const RiskOptions& options);

}  // namespace stdgraph
