// A small read-only YAML tree built from libyaml's event parser: the fast path for bulk
// catalogue files, where yaml-cpp is about ten times slower. Positions are kept for
// diagnostics; anchors and aliases are refused rather than expanded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph {

class YamlTree {
 public:
  enum class Kind : std::uint8_t { scalar, sequence, mapping };
  struct Node {
    Kind kind = Kind::scalar;
    std::uint32_t first = 0;  // scalar: offset into the text arena; else: first child slot
    std::uint32_t size = 0;   // scalar: length; sequence: items; mapping: 2 x pairs
    int line = 0;             // 1-based
    int column = 0;
  };
  using Id = std::uint32_t;
  static constexpr Id kNone = static_cast<Id>(-1);

  struct Error {
    std::string message;
    int line = 0;
    int column = 0;
  };

  // Parses the first document of `text`. On failure returns false and fills `error`.
  bool parse(std::string_view text, Error& error, int max_depth = 64);

  Id root() const { return nodes_.empty() ? kNone : 0; }
  const Node& node(Id id) const { return nodes_[id]; }
  bool is_map(Id id) const { return id != kNone && nodes_[id].kind == Kind::mapping; }
  bool is_seq(Id id) const { return id != kNone && nodes_[id].kind == Kind::sequence; }
  bool is_scalar(Id id) const { return id != kNone && nodes_[id].kind == Kind::scalar; }

  // The scalar's text, or "" for anything else.
  std::string_view text(Id id) const;
  // The value of `key` in a mapping, or kNone.
  Id get(Id map, std::string_view key) const;
  // The text of the scalar at `key`, or "".
  std::string_view get_text(Id map, std::string_view key) const { return text(get(map, key)); }
  // The items of a sequence (empty for anything else).
  std::vector<Id> items(Id seq) const;

 private:
  std::vector<Node> nodes_;
  std::vector<Id> slots_;  // children of containers, contiguous per container
  std::string arena_;      // scalar texts
};

}  // namespace stdgraph
