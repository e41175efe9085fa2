// A roadmap's columns: every year (or quarter) from the first date to the last.
#include <algorithm>

#include <fmt/format.h>

#include "stdgraph/analysis/roadmap_steps.h"

namespace stdgraph {
namespace {

// The column a date falls in (year-only dates: the year's first quarter).
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

// The column of a target: a year or month names the period by whose end the work should
// be done, so a year-only target falls in the year's last quarter.
int target_key(const Date& d, TimeStep step) {
  return column_key(step == TimeStep::quarter ? last_day(d) : d, step);
}

}  // namespace

std::vector<RoadmapColumn> assign_columns(std::vector<WorkNode>& nodes, TimeStep& step) {
  int min_year = 0, max_year = 0;
  bool all_months = true, any_undated = false, any_dated = false;
  auto span = [&](const Date& d) {
    min_year = any_dated ? std::min(min_year, d.year) : d.year;
    max_year = any_dated ? std::max(max_year, d.year) : d.year;
    any_dated = true;
    all_months &= d.month > 0;
  };
  for (const auto& n : nodes) {
    if (!n.node.target_date.empty()) span(n.node.target_date);
    if (n.node.date.empty())
      any_undated = true;
    else
      span(n.node.date);
  }
  if (step == TimeStep::automatic)
    step = any_dated && all_months && max_year - min_year <= 2 ? TimeStep::quarter : TimeStep::year;
  std::vector<RoadmapColumn> columns;
  if (any_undated) columns.push_back({Date{}, "undated"});
  int first_key = 0;
  if (any_dated) {
    first_key = column_key(Date{min_year, 1, 1}, step);
    int last_key = column_key(Date{max_year, 12, 1}, step);
    if (step == TimeStep::quarter) {  // from the first to the last quarter with an item
      first_key = last_key;
      last_key = 0;
      for (const auto& n : nodes) {
        if (!n.node.date.empty()) {
          first_key = std::min(first_key, column_key(n.node.date, step));
          last_key = std::max(last_key, column_key(n.node.date, step));
        }
        if (!n.node.target_date.empty()) {
          first_key = std::min(first_key, target_key(n.node.target_date, step));
          last_key = std::max(last_key, target_key(n.node.target_date, step));
        }
      }
    }
    for (int k = first_key; k <= last_key; ++k) columns.push_back(make_column(k, step));
  }
  std::size_t offset = any_undated ? 1 : 0;
  for (auto& n : nodes) {
    n.node.column =
        n.node.date.empty()
            ? 0
            : offset + static_cast<std::size_t>(column_key(n.node.date, step) - first_key);
    if (!n.node.target_date.empty())
      n.node.target_column =
          offset + static_cast<std::size_t>(target_key(n.node.target_date, step) - first_key);
  }
  return columns;
}

}  // namespace stdgraph
