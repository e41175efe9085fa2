// The timeline roadmap's grid: where every item, lane, column header and column rule sits,
// computed from the sizes Graphviz gives the nodes. Pure arithmetic, no Graphviz: the
// drawing (src/render/timeline_draw.cc) pins the nodes at these places and lets Graphviz
// route the edges, because a layered layout would not keep time as a fixed axis.
//
// Time runs left to right, one column per year or quarter; one lane per group or Question
// runs top to bottom. A cell (a lane in a column) stacks its items downwards, in
// sub-columns side by side when there are many: the fullest cell of a column sets how many
// sub-columns the column has, and every cell of the column spreads over them, so a lane is
// only as tall as its own items need.
//
// Coordinates are points with y growing downwards from the top of the drawing (Graphviz's
// y is -y); a position is the centre of what is placed there.
#pragma once

#include <cstddef>
#include <vector>

#include "stdgraph/analysis/roadmap.h"

namespace stdgraph {

// The nodes whose target gets a mark of its own on the timeline (a dated target, see
// RoadmapNode::target_column), in model order: mark k stands for node target_marks[k].
// A mark sits in the target's column, in its node's lane, stacked after the cell's items.
std::vector<std::size_t> target_marks(const RoadmapModel& model);

// The sizes of what the grid places, in points, as Graphviz measures the labels.
struct TimelineSizes {
  std::vector<double> item_width, item_height;  // one per model node
  std::vector<double> mark_width, mark_height;  // one per target mark (may be left empty
                                                // when the model has none)
  std::vector<double> header_width;             // one per model column
  bool title = false;                           // a title line above the grid
  double title_width = 0, title_height = 0;
};

struct TimelinePoint {
  double x = 0, y = 0;
};

// A lane's band across the drawing: its name in the top strip, then its items.
struct TimelineLaneBand {
  double top = 0, bottom = 0;
};

// A dashed line where one column ends and the next begins, from under the headers to the
// bottom of the last lane.
struct TimelineRule {
  double x = 0, top = 0, bottom = 0;
};

struct TimelineGrid {
  // cells[lane][column]: the model nodes in the cell, in model order, then its target
  // marks, mark k written as model.nodes.size() + k.
  std::vector<std::vector<std::vector<std::size_t>>> cells;
  std::size_t max_stack = 0;             // items stacked in one sub-column at most
  std::vector<std::size_t> sub_columns;  // per column: sub-columns side by side
  std::vector<double> column_x;          // column c spans column_x[c]..column_x[c + 1]
  double width = 0;                      // of the lane bands: the columns, title, a minimum
  TimelinePoint title;                   // when sizes.title
  double grid_top = 0;                   // top of the column headers (below the title)
  std::vector<TimelinePoint> headers;    // one per column
  std::vector<TimelineLaneBand> lanes;   // one per model lane, top to bottom
  std::vector<TimelinePoint> items;      // one per model node
  std::vector<TimelinePoint> marks;      // one per target mark
  double lanes_bottom = 0;               // bottom of the last lane
  std::vector<TimelineRule> rules;       // between columns: columns - 1 of them
  // A drawing taller than 900 points repeats the column headers below its lanes; else empty.
  std::vector<TimelinePoint> headers_below;
  double legend_top = 0;    // the legend's rows start here, at x = 0,
  double legend_right = 0;  // and wrap here
};

// The grid of `model` (its lanes, columns and each node's lane and column) for nodes of
// these sizes.
TimelineGrid timeline_grid(const RoadmapModel& model, const TimelineSizes& sizes);

}  // namespace stdgraph
