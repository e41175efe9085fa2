// The timeline's grid, without Graphviz: column widths, stacks and sub-columns, lanes one
// under the other, the title and header rows, and that no two items ever overlap.
#include <catch2/catch.hpp>
#include <random>

#include "stdgraph/render/timeline_grid.h"

using namespace stdgraph;

namespace {

// A model of `lanes` x `columns` cells, a node for each (lane, column) given, and sizes with
// every node `w` x `h` and every header `header_w` wide.
struct Fixture {
  RoadmapModel model;
  TimelineSizes sizes;
  Fixture(std::size_t lanes, std::size_t columns, double header_w = 40) {
    model.lanes.resize(lanes);
    model.columns.resize(columns);
    sizes.header_width.assign(columns, header_w);
  }
  void add(std::size_t lane, std::size_t column, double w = 100, double h = 20) {
    RoadmapNode n;
    n.lane = lane;
    n.column = column;
    model.nodes.push_back(n);
    sizes.item_width.push_back(w);
    sizes.item_height.push_back(h);
  }
};

}  // namespace

TEST_CASE("A timeline column is as wide as its widest item and a gap, or as its header",
          "[timeline]") {
  Fixture f(1, 2);
  f.sizes.header_width = {30, 200};
  f.add(0, 0, 100);
  f.add(0, 1, 50);
  TimelineGrid grid = timeline_grid(f.model, f.sizes);
  CHECK(grid.column_x == std::vector<double>{0, 116, 332});
  CHECK(grid.width == 360);  // the least a drawing is wide
  REQUIRE(grid.headers.size() == 2);
  CHECK(grid.headers[0].x == 58);
  CHECK(grid.headers[1].x == 224);
  CHECK(grid.headers[0].y == 12);
  // Items sit in the middle of their column, under the header row and the lane's name.
  CHECK(grid.items[0].x == 58);
  CHECK(grid.items[1].x == 224);
  CHECK(grid.items[0].y == 24 + 22 + 10);
  REQUIRE(grid.rules.size() == 1);
  CHECK(grid.rules[0].x == 116);
  CHECK(grid.rules[0].top == 4);
  CHECK(grid.rules[0].bottom == grid.lanes_bottom);
  CHECK(grid.headers_below.empty());
  CHECK(grid.legend_top == grid.lanes_bottom + 14);
  CHECK(grid.legend_right == 400);
}

TEST_CASE("A cell stacks its items downwards and each lane is as tall as its tallest stack",
          "[timeline]") {
  Fixture f(2, 1);
  f.add(0, 0, 100, 20);
  f.add(0, 0, 100, 20);
  f.add(1, 0, 100, 30);
  TimelineGrid grid = timeline_grid(f.model, f.sizes);
  REQUIRE(grid.lanes.size() == 2);
  CHECK(grid.lanes[0].top == 24);
  CHECK(grid.lanes[0].bottom == 24 + 22 + 2 * (20 + 8) + 10);
  CHECK(grid.lanes[1].top == grid.lanes[0].bottom);
  CHECK(grid.lanes[1].bottom == grid.lanes[1].top + 22 + (30 + 8) + 10);
  CHECK(grid.lanes_bottom == grid.lanes[1].bottom);
  CHECK(grid.items[0].y == 24 + 22 + 10);
  CHECK(grid.items[1].y == 24 + 22 + 28 + 10);
  CHECK(grid.items[2].y == grid.lanes[1].top + 22 + 15);
  CHECK(grid.items[0].x == grid.items[2].x);
  CHECK(grid.cells[0][0] == std::vector<std::size_t>{0, 1});
  CHECK(grid.cells[1][0] == std::vector<std::size_t>{2});
}

TEST_CASE("A crowded cell spreads over sub-columns side by side", "[timeline]") {
  Fixture f(1, 1);
  for (int i = 0; i < 30; ++i) f.add(0, 0);
  TimelineGrid grid = timeline_grid(f.model, f.sizes);
  CHECK(grid.max_stack == 12);
  CHECK(grid.sub_columns == std::vector<std::size_t>{3});
  CHECK(grid.column_x == std::vector<double>{0, 3 * 116});
  // Thirty items in three stacks of ten.
  CHECK(grid.items[0].x == 58);
  CHECK(grid.items[9].x == 58);
  CHECK(grid.items[10].x == 58 + 116);
  CHECK(grid.items[29].x == 58 + 2 * 116);
  CHECK(grid.items[10].y == grid.items[0].y);
  CHECK(grid.lanes[0].bottom == 24 + 22 + 10 * 28 + 10);
}

TEST_CASE("A wide, flat timeline stacks higher instead of growing ever wider", "[timeline]") {
  // One lane over ten years of forty items each: in stacks of 12 it would be 15 times as
  // wide as it is tall; the limit grows until it is at most about twice as wide.
  Fixture f(1, 10);
  for (std::size_t c = 0; c < 10; ++c)
    for (int i = 0; i < 40; ++i) f.add(0, c);
  TimelineGrid grid = timeline_grid(f.model, f.sizes);
  CHECK(grid.max_stack == 40);
  CHECK(grid.sub_columns == std::vector<std::size_t>(10, 1));
  double height = grid.lanes_bottom - grid.grid_top;
  CHECK(grid.column_x.back() / height <= 2.0);
}

TEST_CASE("A tall timeline repeats its column headers below the lanes", "[timeline]") {
  Fixture f(3, 3);
  for (std::size_t l = 0; l < 3; ++l)
    for (int i = 0; i < 12; ++i) f.add(l, 1);  // lanes of 368 points
  TimelineGrid grid = timeline_grid(f.model, f.sizes);
  REQUIRE(grid.lanes_bottom - grid.grid_top > 900);
  REQUIRE(grid.headers_below.size() == 3);
  for (std::size_t c = 0; c < 3; ++c) {
    CHECK(grid.headers_below[c].x == grid.headers[c].x);
    CHECK(grid.headers_below[c].y == grid.lanes_bottom + 12);
  }
  CHECK(grid.legend_top == grid.lanes_bottom + 24 + 14);
}

TEST_CASE("A timeline's title sits above the column headers and widens the lanes", "[timeline]") {
  Fixture f(1, 1);
  f.add(0, 0);
  f.sizes.title = true;
  f.sizes.title_width = 500;
  f.sizes.title_height = 30;
  TimelineGrid grid = timeline_grid(f.model, f.sizes);
  CHECK(grid.title.x == 250);
  CHECK(grid.title.y == 15);
  CHECK(grid.grid_top == 34);
  CHECK(grid.headers[0].y == 34 + 12);
  CHECK(grid.lanes[0].top == 34 + 24);
  CHECK(grid.width == 500);
  CHECK(grid.legend_right == 500);
}

TEST_CASE("Timeline items stay inside their cell and never overlap", "[timeline]") {
  std::mt19937 random(17);
  auto between = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
  for (int round = 0; round < 20; ++round) {
    const std::size_t lanes = between(1, 4), columns = between(1, 6);
    Fixture f(lanes, columns, between(30, 120));
    std::vector<std::pair<std::size_t, std::size_t>> place;
    for (std::size_t l = 0; l < lanes; ++l)
      for (std::size_t c = 0; c < columns; ++c)
        for (int n = between(0, round % 4 == 0 ? 70 : 15); n > 0; --n) {
          f.add(l, c, between(40, 180), between(18, 60));
          place.emplace_back(l, c);
        }
    TimelineGrid grid = timeline_grid(f.model, f.sizes);
    REQUIRE(grid.items.size() == place.size());
    struct Box {
      double x0, y0, x1, y1;
    };
    std::vector<Box> boxes;
    for (std::size_t i = 0; i < place.size(); ++i) {
      auto [l, c] = place[i];
      double w = f.sizes.item_width[i], h = f.sizes.item_height[i];
      Box b{grid.items[i].x - w / 2, grid.items[i].y - h / 2, grid.items[i].x + w / 2,
            grid.items[i].y + h / 2};
      INFO("round " << round << ", item " << i);
      CHECK(b.x0 >= grid.column_x[c]);
      CHECK(b.x1 <= grid.column_x[c + 1]);
      CHECK(b.y0 >= grid.lanes[l].top + 22);
      CHECK(b.y1 <= grid.lanes[l].bottom);
      boxes.push_back(b);
    }
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i)
      for (std::size_t j = i + 1; j < boxes.size(); ++j)
        overlaps += boxes[i].x0 < boxes[j].x1 && boxes[j].x0 < boxes[i].x1 &&
                    boxes[i].y0 < boxes[j].y1 && boxes[j].y0 < boxes[i].y1;
    CHECK(overlaps == 0);
  }
}

TEST_CASE("A target mark sits in its target's column and its item's lane, clear of the items",
          "[timeline]") {
  Fixture f(2, 3);
  f.add(0, 0);  // planned, target in column 2
  f.add(0, 2);  // an item already in the target's cell
  f.add(1, 1);  // another lane: its target in its own column
  f.model.nodes[0].target_column = 2;
  f.model.nodes[2].target_column = 1;
  REQUIRE(target_marks(f.model) == std::vector<std::size_t>{0, 2});
  f.sizes.mark_width = {70, 70};
  f.sizes.mark_height = {24, 24};
  TimelineGrid grid = timeline_grid(f.model, f.sizes);
  REQUIRE(grid.marks.size() == 2);
  REQUIRE(grid.items.size() == 3);
  // Mark 0: column 2, lane 0, below the item there; mark 1: under its own item.
  CHECK(grid.marks[0].x > grid.column_x[2]);
  CHECK(grid.marks[0].x < grid.column_x[3]);
  CHECK(grid.marks[0].y - 12 >= grid.items[1].y + 10);
  CHECK(grid.marks[0].y + 12 <= grid.lanes[0].bottom);
  CHECK(grid.marks[1].x == grid.items[2].x);
  CHECK(grid.marks[1].y - 12 >= grid.items[2].y + 10);
  CHECK(grid.marks[1].y >= grid.lanes[1].top);
  CHECK(grid.cells[0][2] == std::vector<std::size_t>{1, 3});  // item 1, then mark 0
  // A node whose target falls in no column (npos) has no mark.
  f.model.nodes[0].target_column = npos;
  CHECK(target_marks(f.model) == std::vector<std::size_t>{2});
}
