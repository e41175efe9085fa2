#include "stdgraph/render/timeline_grid.h"

#include <algorithm>

namespace stdgraph {
namespace {

// Gaps between items, a lane's title strip and bottom padding, the column header row.
constexpr double kGapX = 16, kGapY = 8, kLaneHead = 22, kLanePad = 10, kHeaderH = 24;

using Cells = std::vector<std::vector<std::vector<std::size_t>>>;

// A cell holds its items in stacks of at most `max_stack`, side by side in sub-columns.
// The limit starts at 12 and grows (to 60) while the drawing would be more than twice as
// wide as it is tall: a few lanes over many years otherwise make a strip tens of thousands
// of points long. Sizes are estimated from the nodes' widths and mean height.
std::size_t stack_limit(const Cells& cell, const std::vector<double>& column_w, double row_h) {
  std::size_t lanes = cell.size(), columns = column_w.size();
  auto aspect = [&](std::size_t limit) {
    double width = 0, height = 0;
    std::vector<std::size_t> subs(columns, 1);
    for (std::size_t c = 0; c < columns; ++c) {
      for (std::size_t l = 0; l < lanes; ++l)
        subs[c] = std::max(subs[c], (cell[l][c].size() + limit - 1) / limit);
      width += std::max(subs[c] * column_w[c], 60.0);  // an empty column: its header
    }
    for (std::size_t l = 0; l < lanes; ++l) {
      std::size_t rows = 0;
      for (std::size_t c = 0; c < columns; ++c)
        rows = std::max(rows, (cell[l][c].size() + subs[c] - 1) / subs[c]);
      height += kLaneHead + kLanePad + rows * row_h;
    }
    return width / std::max(height, 1.0);
  };
  std::size_t limit = 12;
  while (limit < 60 && aspect(limit) > 2.0) limit += 4;
  return limit;
}

}  // namespace

std::vector<std::size_t> target_marks(const RoadmapModel& model) {
  std::vector<std::size_t> marks;
  for (std::size_t i = 0; i < model.nodes.size(); ++i)
    if (model.nodes[i].target_column < model.columns.size()) marks.push_back(i);
  return marks;
}

TimelineGrid timeline_grid(const RoadmapModel& model, const TimelineSizes& sizes) {
  // Items, then target marks: what a cell stacks, by index.
  const std::vector<std::size_t> marks = target_marks(model);
  std::vector<double> w = sizes.item_width, h = sizes.item_height;
  std::vector<std::size_t> column_of(model.nodes.size());
  for (std::size_t i = 0; i < model.nodes.size(); ++i) column_of[i] = model.nodes[i].column;
  for (std::size_t k = 0; k < marks.size(); ++k) {
    w.push_back(k < sizes.mark_width.size() ? sizes.mark_width[k] : 0.0);
    h.push_back(k < sizes.mark_height.size() ? sizes.mark_height[k] : 0.0);
    column_of.push_back(model.nodes[marks[k]].target_column);
  }
  TimelineGrid grid;
  std::size_t lanes = model.lanes.size(), columns = model.columns.size();
  Cells& cell = grid.cells;
  cell.assign(lanes, std::vector<std::vector<std::size_t>>(columns));
  for (std::size_t i = 0; i < model.nodes.size(); ++i)
    cell[model.nodes[i].lane][model.nodes[i].column].push_back(i);
  for (std::size_t k = 0; k < marks.size(); ++k)
    cell[model.nodes[marks[k]].lane][column_of[model.nodes.size() + k]].push_back(
        model.nodes.size() + k);

  // Column widths: the widest item of the column plus a gap, once per sub-column.
  std::vector<double> node_w(columns, 0), col_w(columns, 0), lane_h(lanes, 0);
  for (std::size_t i = 0; i < w.size(); ++i)
    node_w[column_of[i]] = std::max(node_w[column_of[i]], w[i]);
  std::vector<double> sub_w(columns);
  for (std::size_t c = 0; c < columns; ++c) sub_w[c] = node_w[c] + kGapX;
  double mean_h = 0;
  for (double x : h) mean_h += x / static_cast<double>(h.size());
  grid.max_stack = stack_limit(cell, sub_w, mean_h + kGapY);
  const std::size_t max_stack = grid.max_stack;
  // The fullest cell of a column sets its number of sub-columns; every cell of the column
  // then spreads over them, so a lane is only as tall as its own items need.
  std::vector<std::size_t>& subs = grid.sub_columns;
  subs.assign(columns, 1);
  for (std::size_t c = 0; c < columns; ++c) {
    for (std::size_t l = 0; l < lanes; ++l)
      subs[c] = std::max(subs[c], (cell[l][c].size() + max_stack - 1) / max_stack);
    col_w[c] = std::max(node_w[c] > 0 ? subs[c] * (node_w[c] + kGapX) : 0.0,
                        sizes.header_width[c] + kGapX);
  }
  auto stack_of = [&](std::size_t l, std::size_t c) {
    return std::max<std::size_t>(1, (cell[l][c].size() + subs[c] - 1) / subs[c]);
  };

  // Lane heights: the tallest stack of the lane.
  for (std::size_t l = 0; l < lanes; ++l)
    for (std::size_t c = 0; c < columns; ++c) {
      double stack = 0, tallest = 0;
      std::size_t per_stack = stack_of(l, c);
      for (std::size_t k = 0; k < cell[l][c].size(); ++k) {
        if (k % per_stack == 0) stack = 0;
        stack += h[cell[l][c][k]] + kGapY;
        tallest = std::max(tallest, stack);
      }
      lane_h[l] = std::max(lane_h[l], tallest);
    }
  std::vector<double>& col_x = grid.column_x;
  col_x.assign(columns + 1, 0.0);
  for (std::size_t c = 0; c < columns; ++c) col_x[c + 1] = col_x[c] + col_w[c];
  grid.width = std::max({col_x[columns], sizes.title_width, 360.0});

  // Top to bottom: the title, the column headers, the lanes.
  double y = 0;
  if (sizes.title) {
    grid.title = {sizes.title_width / 2, y + sizes.title_height / 2};
    y += sizes.title_height + 4;
  }
  grid.grid_top = y;
  for (std::size_t c = 0; c < columns; ++c)
    grid.headers.push_back({(col_x[c] + col_x[c + 1]) / 2, y + kHeaderH / 2});
  y += kHeaderH;
  std::vector<TimelinePoint> placed(w.size());
  for (std::size_t l = 0; l < lanes; ++l) {
    double top = y, bottom = y + kLaneHead + lane_h[l] + kLanePad;
    grid.lanes.push_back({top, bottom});
    for (std::size_t c = 0; c < columns; ++c) {
      const auto& items = cell[l][c];
      std::size_t per_stack = stack_of(l, c);
      std::size_t used = (items.size() + per_stack - 1) / per_stack;
      double left = (col_x[c] + col_x[c + 1]) / 2 - used * sub_w[c] / 2;  // centred
      double stack = 0;
      for (std::size_t k = 0; k < items.size(); ++k) {
        if (k % per_stack == 0) stack = 0;
        std::size_t i = items[k];
        double cx = left + (k / per_stack) * sub_w[c] + sub_w[c] / 2;
        double cy = top + kLaneHead + stack + h[i] / 2;
        stack += h[i] + kGapY;
        placed[i] = {cx, cy};
      }
    }
    y = bottom;
  }
  grid.lanes_bottom = y;
  grid.items.assign(placed.begin(),
                    placed.begin() + static_cast<std::ptrdiff_t>(model.nodes.size()));
  grid.marks.assign(placed.begin() + static_cast<std::ptrdiff_t>(model.nodes.size()), placed.end());

  // Where one column ends and the next begins: a wide column (many items in one quarter)
  // would otherwise seem to reach under its neighbours' headers. A tall drawing repeats the
  // column headers below its lanes.
  for (std::size_t c = 1; c < columns; ++c) grid.rules.push_back({col_x[c], grid.grid_top + 4, y});
  if (y - grid.grid_top > 900) {
    for (std::size_t c = 0; c < columns; ++c)
      grid.headers_below.push_back({(col_x[c] + col_x[c + 1]) / 2, y + kHeaderH / 2});
    y += kHeaderH;
  }
  // The legend below, row by row, wrapping at the drawing's width.
  grid.legend_top = y + 14;
  grid.legend_right = std::max(grid.width, 400.0);
  return grid;
}

}  // namespace stdgraph
