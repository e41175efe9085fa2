// Where an item stood on a date, and how much coverage that status gives a gap report.
#include <algorithm>

#include "stdgraph/analysis/gaps.h"
#include "stdgraph/analysis/validate.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

// Statuses of a text that no longer, or never, covers its subject.
bool is_negative(Status s) {
  return s == Status::not_approved || s == Status::superseded || s == Status::withdrawn;
}

}  // namespace

std::string_view to_string(Coverage c) {
  switch (c) {
    case Coverage::none:
      return "none";
    case Coverage::planned:
      return "planned";
    case Coverage::ongoing:
      return "ongoing";
    case Coverage::determined:
      return "determined";
    case Coverage::approved:
      return "approved";
  }
  return "none";
}

std::string_view label(Coverage c) {
  switch (c) {
    case Coverage::determined:
      return "determined/consented";
    case Coverage::approved:
      return "approved/agreed";
    default:
      return to_string(c);
  }
}

Coverage coverage_of(Status s) {
  switch (s) {
    case Status::planned:
      return Coverage::planned;
    case Status::ongoing:
    case Status::on_agenda:
    case Status::moved:
      return Coverage::ongoing;
    case Status::determined:
    case Status::consented:
      return Coverage::determined;
    case Status::approved:
    case Status::agreed:
    case Status::published:
      return Coverage::approved;
    case Status::not_approved:
    case Status::superseded:
    case Status::withdrawn:
      return Coverage::none;
  }
  return Coverage::none;
}

ItemState state_as_of(const Document& document, const std::optional<Date>& as_of) {
  ItemState state;
  if (!as_of && document.stage) {  // a catalogue's undated stage is the state now
    state.status = document.stage;
    state.coverage = coverage_of(*document.stage);
    return state;
  }
  const StatusEvent* newest = nullptr;
  const StatusEvent* best = nullptr;
  for (const StatusEvent& e : document.history) {  // oldest first
    if (as_of && definitely_before(*as_of, e.date)) continue;
    newest = &e;
    if (is_negative(e.status)) continue;
    if (!best || status_rank(e.status) >= status_rank(best->status)) best = &e;
  }
  const StatusEvent* chosen = newest && is_negative(newest->status) ? newest : best;
  if (!chosen) chosen = newest;
  if (!chosen) return state;
  state.status = chosen->status;
  state.date = chosen->date;
  state.source = chosen->source;
  state.target = chosen->target;
  state.coverage = coverage_of(chosen->status);
  return state;
}

Date newest_event(const Corpus& corpus) {
  Date newest;
  for (const Document& d : corpus.documents)
    for (const StatusEvent& e : d.history) newest = std::max(newest, e.date);
  return newest;
}

bool in_group(const Corpus& corpus, const Document& document, std::string_view group) {
  std::size_t wanted = corpus.find_group(group);
  if (wanted == npos)  // a group no record declares: the item must name it
    return (!document.group.empty() && fold_title(document.group) == fold_title(group)) ||
           (!document.question.empty() && fold_title(document.question) == fold_title(group));
  auto under = [&](const std::string& id) {
    std::size_t g = corpus.find_group(id);
    for (int steps = 0; g != npos && steps < 32; ++steps) {  // parents never loop, but be sure
      if (g == wanted) return true;
      g = corpus.find_group(corpus.groups[g].parent);
    }
    return false;
  };
  return under(document.group) || under(document.question);
}

}  // namespace stdgraph
