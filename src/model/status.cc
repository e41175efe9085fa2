// An item's status on a date, from its history (oldest first).
#include "stdgraph/model/status.h"

namespace stdgraph {
namespace {

// Statuses of a text that no longer, or never, covers its subject.
bool is_negative(Status s) {
  return s == Status::not_approved || s == Status::superseded || s == Status::withdrawn;
}

}  // namespace

StatusAsOf status_as_of(const Document& doc, const std::optional<Date>& as_of) {
  StatusAsOf result;
  const StatusEvent* best = nullptr;
  for (const StatusEvent& e : doc.history) {
    if (as_of && definitely_before(*as_of, e.date)) continue;
    result.newest = &e;
    if (is_negative(e.status)) continue;
    if (!best || status_rank(e.status) >= status_rank(best->status)) best = &e;
  }
  if (!as_of && doc.stage) {  // a catalogue's undated stage is the state now
    result.status = doc.stage;
    return result;
  }
  result.event = result.newest && is_negative(result.newest->status) ? result.newest : best;
  if (!result.event) result.event = result.newest;
  if (result.event) result.status = result.event->status;
  return result;
}

}  // namespace stdgraph
