#include "yaml_tree.h"

#include <yaml.h>

#include "libyaml_parser.h"

#include <memory>

namespace stdgraph {

bool YamlTree::parse(std::string_view text, Error& error, int max_depth) {
  nodes_.clear();
  slots_.clear();
  arena_.clear();
  LibyamlParser parser(new yaml_parser_t);
  if (!yaml_parser_initialize(parser.get())) {
    error = {"out of memory starting the YAML parser", 0, 0};
    return false;
  }
  yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());

  // Open containers: their node and the children collected so far.
  std::vector<std::pair<Id, std::vector<Id>>> open;
  std::vector<std::vector<Id>> spare;  // reused child lists
  auto add_node = [&](Kind kind, const yaml_mark_t& mark) {
    Id id = static_cast<Id>(nodes_.size());
    nodes_.push_back(
        {kind, 0, 0, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1});
    if (!open.empty()) open.back().second.push_back(id);
    return id;
  };

  bool done = false;
  while (!done) {
    yaml_event_t event;
    if (!yaml_parser_parse(parser.get(), &event)) {
      const yaml_mark_t& mark = parser->problem_mark;
      error = {parser->problem ? parser->problem : "YAML syntax error",
               static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
      if (parser->context) error.message = std::string(parser->context) + ": " + error.message;
      return false;
    }
    const yaml_mark_t mark = event.start_mark;
    switch (event.type) {
      case YAML_SCALAR_EVENT: {
        Id id = add_node(Kind::scalar, mark);
        nodes_[id].first = static_cast<std::uint32_t>(arena_.size());
        nodes_[id].size = static_cast<std::uint32_t>(event.data.scalar.length);
        arena_.append(reinterpret_cast<const char*>(event.data.scalar.value),
                      event.data.scalar.length);
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        if (static_cast<int>(open.size()) >= max_depth) {
          yaml_event_delete(&event);
          error = {"the YAML nests deeper than " + std::to_string(max_depth) + " levels",
                   static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
          return false;
        }
        Id id = add_node(event.type == YAML_SEQUENCE_START_EVENT ? Kind::sequence : Kind::mapping,
                         mark);
        std::vector<Id> children;
        if (!spare.empty()) {
          children = std::move(spare.back());
          spare.pop_back();
          children.clear();
        }
        open.emplace_back(id, std::move(children));
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        auto [id, children] = std::move(open.back());
        open.pop_back();
        nodes_[id].first = static_cast<std::uint32_t>(slots_.size());
        nodes_[id].size = static_cast<std::uint32_t>(children.size());
        slots_.insert(slots_.end(), children.begin(), children.end());
        spare.push_back(std::move(children));
        break;
      }
      case YAML_ALIAS_EVENT:
        yaml_event_delete(&event);
        error = {"YAML aliases (*name) are not accepted in record files; write the value out",
                 static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
        return false;
      case YAML_DOCUMENT_END_EVENT:
      case YAML_STREAM_END_EVENT:
        done = true;
        break;
      default:
        break;
    }
    yaml_event_delete(&event);
  }
  return true;
}

std::string_view YamlTree::text(Id id) const {
  if (!is_scalar(id)) return {};
  return std::string_view(arena_).substr(nodes_[id].first, nodes_[id].size);
}

YamlTree::Id YamlTree::get(Id map, std::string_view key) const {
  if (!is_map(map)) return kNone;
  const Node& n = nodes_[map];
  for (std::uint32_t i = 0; i + 1 < n.size; i += 2)
    if (text(slots_[n.first + i]) == key) return slots_[n.first + i + 1];
  return kNone;
}

std::vector<YamlTree::Id> YamlTree::items(Id seq) const {
  if (!is_seq(seq)) return {};
  const Node& n = nodes_[seq];
  return {slots_.begin() + n.first, slots_.begin() + n.first + n.size};
}

}  // namespace stdgraph
