// An item's status on a date, from its history: the latest dated event wins.
#include "stdgraph/model/status.h"

namespace stdgraph {

bool later_event(const StatusEvent& a, const StatusEvent& b) {
  if (a.date != b.date) return a.date > b.date;
  if (status_rank(a.status) != status_rank(b.status))
    return status_rank(a.status) > status_rank(b.status);
  if (a.status != b.status) return a.status > b.status;
  // The same status twice on one day (two tables list it): the first source in the order
  // of names, so the event shown does not depend on the order the files were read in.
  return a.source < b.source;
}

StatusAsOf status_as_of(const Document& doc, const std::optional<Date>& as_of) {
  StatusAsOf result;
  for (const StatusEvent& e : doc.history) {
    if (as_of && definitely_before(*as_of, e.date)) continue;
    if (!result.event || later_event(e, *result.event)) result.event = &e;
    if (!e.target.empty() && (!result.target || later_event(e, *result.target))) result.target = &e;
  }
  result.newest = result.event;
  if (!as_of && doc.stage) {  // a catalogue's undated stage is the state now
    result.status = doc.stage;
    result.event = nullptr;
  } else if (result.event) {
    result.status = result.event->status;
  }
  if (!result.status || status_rank(*result.status) >= 4) result.target = nullptr;
  return result;
}

std::optional<Date> StatusAsOf::target_date() const {
  return target ? parse_date(target->target) : std::nullopt;
}

std::string status_text(const StatusAsOf& state) {
  if (!state.status) return {};
  std::string text(to_string(*state.status));
  if (state.event && !state.event->date.empty()) text += " " + state.event->date.to_string();
  return text;
}

}  // namespace stdgraph
