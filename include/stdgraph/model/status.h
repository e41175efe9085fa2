// What an item's status was on a date, and the planned completion it was heading for: one
// answer for every command (show, check, roadmap, ask, gaps, counterparts, export, report,
// deps, impact, chains, risk, stats). The rule, written once (data/README.md#the-status-rule):
//
// - The status is that of the latest dated event. Dates are compared as written: a date
//   known only to its year or month sorts before the days within it, so a precisely dated
//   event is taken as the newer (X.sg-dtn: "ongoing" in a liaison dated 2023, "planned" in
//   the report of 2023-09-08: planned).
// - Events of one date: the most advanced wins (status_rank; within a rank the later
//   value of Status: published after approved, not-approved after determined, withdrawn
//   after superseded), so a publication on the day of approval reads "published".
// - A target ("target 2024") is never a status: it is the planned completion the newest
//   event naming one gives, shown beside the status while the item is unfinished (below
//   rank 4); an approved, published, superseded or withdrawn item has none.
// - A catalogue's undated stage (Relaton Withdrawal) is the status now, with no event;
//   as of a date it is left out, as nobody knows when it happened.
#pragma once

#include <optional>
#include <string>

#include "stdgraph/model/model.h"

namespace stdgraph {

// The status of a document on a date, and the events behind it.
struct StatusAsOf {
  std::optional<Status> status;         // nothing: no event on or before the date
  const StatusEvent* event = nullptr;   // the event giving the status (none for a stage)
  const StatusEvent* newest = nullptr;  // the latest counted event: `event`, or for a stage
                                        // the last dated thing known (what places it in time)
  const StatusEvent* target = nullptr;  // the newest counted event naming a target, while
                                        // the status is below rank 4; else none
  Date date() const { return event ? event->date : Date{}; }  // empty for a stage
  // The planned completion as the source wrote it ("2024"); empty when there is none.
  std::string target_text() const { return target ? target->target : std::string(); }
  // The planned completion as a date (its year or month as written), when it reads as one.
  std::optional<Date> target_date() const;
};

// The status of `doc` on `as_of` (nothing: now), by the rule above. An event counts when it
// may have happened by then (an event dated "2023" counts on 2023-09-08; see
// definitely_before).
StatusAsOf status_as_of(const Document& doc, const std::optional<Date>& as_of);

// True when event `a` is later than `b` by the rule above (its date, then on one date the
// more advanced status): the order status_as_of picks the latest by.
bool later_event(const StatusEvent& a, const StatusEvent& b);

// The status as every text output writes it: "planned 2023-09-08", "withdrawn" (a stage has
// no date), "" when there is none. The target is not part of it.
std::string status_text(const StatusAsOf& state);

}  // namespace stdgraph
