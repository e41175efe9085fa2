// The nodes and edges an export writes, each with its attributes, produced once for the
// three formats so that they carry the same data. Attributes are views handed to a
// callback, one node or edge at a time: exporting the whole catalogue (438k edges) builds
// no object per edge.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/analysis/export.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph::render {

enum class AttrType : std::uint8_t {
  string,
  integer,
  boolean,
  json,  // a JSON text (a list, the history): an array in JSON, its text in GraphML and DOT
};

struct Attr {
  std::string_view name;
  AttrType type = AttrType::string;
  std::string_view text;  // for string and json
  long long number = 0;   // for integer
  bool flag = false;      // for boolean
};

// Every attribute name a node or an edge may carry, with its type, in a fixed order;
// titles in other languages add "title_<language>" names (node_title_languages).
struct AttrName {
  std::string_view name;
  AttrType type;
};
const std::vector<AttrName>& node_attribute_names();
const std::vector<AttrName>& edge_attribute_names();
// "title_zh", ... for the languages other than the main title's among the kept documents.
std::vector<std::string> node_title_languages(const Corpus& corpus, const Graph& graph,
                                              const ExportSelection& selection);

struct ExportWalk {
  const Corpus& corpus;
  const Graph& graph;
  const ExportSelection& selection;

  // The id of a node: the document's id, or "group:" + the group's id.
  std::string node_id(std::size_t node) const;
  // Calls visit for each kept node, in node order.
  void nodes(const std::function<void(std::size_t node, std::span<const Attr>)>& visit) const;
  // Calls visit for each edge between kept nodes: from, to, its number (0, 1, ...).
  void edges(const std::function<void(std::size_t from, std::size_t to, std::size_t number,
                                      std::span<const Attr>)>& visit) const;
  // Calls visit with each liaison (meeting) as one line of JSON, in record order: those
  // about a kept item (with a kept item on its agenda); one about no item (with no agenda)
  // only when nothing is left out. Only the node-link JSON carries them: GraphML and DOT
  // hold a graph alone.
  void liaisons(const std::function<void(std::string_view json)>& visit) const;
  void meetings(const std::function<void(std::string_view json)>& visit) const;
  bool keeps_document(std::string_view name) const;
  bool everything() const;  // true when no node is left out
};

// The three writers; each appends to out.
void write_graphml(std::string& out, const ExportWalk& walk);
void write_node_link_json(std::string& out, const ExportWalk& walk);
void write_dot(std::string& out, const ExportWalk& walk);

}  // namespace stdgraph::render
