// What an item's status was on a date: one answer for every command (roadmap, gaps,
// counterparts, ask, report).
#pragma once

#include <optional>

#include "stdgraph/model/model.h"

namespace stdgraph {

// The status of a document on a date, and the events behind it.
struct StatusAsOf {
  std::optional<Status> status;         // nothing: no event on or before the date
  const StatusEvent* event = nullptr;   // the event giving the status (none for a stage)
  const StatusEvent* newest = nullptr;  // the newest event counted: the last thing known
};

// The status of `doc` on `as_of` (nothing: now). An event counts when it may have happened
// by then (an event dated "2023" counts on 2023-09-08; a date given only as a year or month
// means its last day, see definitely_before). The status is the most advanced one reached
// (the newest of equals), unless the newest event counted is a not-approved, superseded or
// withdrawn one: then that is the status. Without a date a catalogue's undated stage
// (Withdrawal) wins, with no event; with a date the stage is left out, as nobody knows when
// it happened.
StatusAsOf status_as_of(const Document& doc, const std::optional<Date>& as_of);

}  // namespace stdgraph
