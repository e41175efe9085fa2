// `stdgraph show`: one item with its relations in and out, meetings and liaisons.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/status.h"

namespace stdgraph {

struct RelationView {
  RelationType type = RelationType::normative_reference;
  std::string other;  // the id of the item at the other end, or the name as written
  bool resolved = false;
  std::string source;
  std::string note;
  std::string original_type;  // the catalogue's name of the relation, when it has one
};

struct AgendaView {
  std::string meeting;
  Date date;
  AgendaAction action = AgendaAction::determination;
  std::string source;
};

struct DocumentView {
  const Document* doc = nullptr;
  StatusAsOf status;          // its status now, and the target it is heading for (model/status.h)
  std::string group_name;     // of the first group
  std::string question_name;  // of the first Question
  // Every group and Question statement, with the group's name and the source that says so.
  struct Member {
    std::string id, name, source;
  };
  std::vector<Member> groups, questions;
  std::vector<RelationView> outgoing;  // relations from it (and those naming no record)
  std::vector<RelationView> incoming;  // relations to it
  std::vector<std::string> editions;   // ids of every edition of its work, oldest first
  std::vector<AgendaView> agenda;
  std::vector<std::string> liaisons;  // ids of liaisons about it
};

struct LookupResult {
  std::size_t document = npos;
  std::vector<std::string> suggestions;  // nearest names when nothing matched
};

// Finds a document by any of its names; when none matches, the closest names.
LookupResult lookup(const Corpus& corpus, std::string_view name);

DocumentView describe(const Corpus& corpus, const Graph& graph, std::size_t document);

}  // namespace stdgraph
