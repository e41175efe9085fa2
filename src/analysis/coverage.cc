// Where an item stood on a date, and how much coverage that status gives a gap report.
#include <algorithm>

#include "classify.h"
#include "stdgraph/analysis/gaps.h"
#include "stdgraph/model/groups.h"
#include "stdgraph/model/status.h"

namespace stdgraph {

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
  StatusAsOf status = status_as_of(document, as_of);
  if (!status.status) return state;
  state.status = status.status;
  state.coverage = coverage_of(*status.status);
  if (const StatusEvent* e = status.event) {
    state.date = e->date;
    state.source = e->source;
  }
  state.target = status.target_text();
  return state;
}

Date newest_event(const Corpus& corpus) {
  Date newest;
  for (const Document& d : corpus.documents)
    for (const StatusEvent& e : d.history) newest = std::max(newest, e.date);
  return newest;
}

bool in_group(const Corpus& corpus, const Document& document, std::string_view group) {
  return is_under(corpus, document, group);
}

std::vector<std::size_t> items_considered(const Corpus& corpus, const std::optional<Date>& as_of,
                                          const std::vector<std::string>& groups) {
  return classify::items_in_scope(corpus, as_of, groups).documents;
}

}  // namespace stdgraph
