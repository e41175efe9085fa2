// `stdgraph roadmap`: which items a roadmap shows, where each sits in time and lane, and
// the relations between them after edition chains and transitive edges are collapsed.
// Pure: from the corpus and its graph to a RoadmapModel that a renderer lays out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/model/model.h"
#include "stdgraph/model/status.h"  // status_as_of: a node's status

namespace stdgraph {

enum class LaneBy : std::uint8_t { automatic, group, question };
enum class TimeStep : std::uint8_t { automatic, year, quarter };

// Which items to show. Every non-empty criterion must hold (groups/questions/ids/extra
// together form the first set; --around widens it; statuses and as_of then filter it).
struct RoadmapSelection {
  std::vector<std::string> groups;     // items under these groups (model/groups.h)
  std::vector<std::string> questions;  // items of these Questions
  std::vector<std::string> ids;        // these items (any of their names)
  std::vector<std::size_t> documents;  // these documents (chosen by another analysis)
  int around = 0;                      // and items up to N relation hops from those
  std::vector<Status> statuses;        // keep items whose status as of as_of is one of these
  std::optional<Date> as_of;           // the programme as it stood that day
  bool all_editions = false;           // do not collapse a work's editions into one node
  bool all_edges = false;              // keep edges implied by a longer path
};

struct RoadmapOptions {
  RoadmapSelection selection;
  LaneBy lanes = LaneBy::automatic;  // automatic: Questions when one group is shown
  TimeStep step = TimeStep::automatic;
};

struct RoadmapLane {
  std::string id;    // group or Question id; "" for items with none
  std::string name;  // its name, when the records give one
};

struct RoadmapColumn {
  Date start;         // first day of the year or quarter; empty for "undated"
  std::string label;  // "2023", "2023 Q3", "undated"
};

struct RoadmapNode {
  std::size_t document = npos;  // the document shown (the newest of a collapsed chain)
  std::string id;
  std::string title;
  DocKind kind = DocKind::recommendation;
  std::optional<Status> status;  // as of the selection's as_of
  Date date;                     // of the event giving its status by as_of (for a
                                 // catalogue's undated stage, its last dated event)
  std::string target;            // the planned completion while unfinished ("2024"), as
                                 // written: never a status, drawn as its own mark
  Date target_date;              // the target as a date, when it reads as one
  bool draft = false;            // not (yet) approved, agreed or published as of as_of
  std::string group;             // the group and Question of its lane (its first, or the first of
  std::string question;          // those the roadmap was asked for)
  // Its other groups (lanes by group) or Questions (lanes by Question): a joint item is drawn
  // once, in one lane, and names the others ("also Q10/17").
  std::vector<std::string> also;
  std::size_t lane = 0;               // index into RoadmapModel::lanes
  std::size_t column = 0;             // index into RoadmapModel::columns
  std::size_t target_column = npos;   // the column of target_date (npos: no dated target)
  std::vector<std::string> editions;  // ids of the editions this node stands for, oldest first
};

struct RoadmapEdge {
  std::size_t from = 0;  // node indices
  std::size_t to = 0;
  RelationType type = RelationType::normative_reference;
  std::size_t count = 1;  // relations of the underlying documents it stands for
};

struct RoadmapModel {
  std::vector<RoadmapLane> lanes;
  std::vector<RoadmapColumn> columns;  // in time order; "undated" first when present
  std::vector<RoadmapNode> nodes;      // by lane, then column, then id
  std::vector<RoadmapEdge> edges;
  TimeStep step = TimeStep::year;
  LaneBy lanes_by = LaneBy::group;
  std::optional<Date> as_of;
  std::vector<std::size_t> selected;  // the documents selected, in corpus order
  std::size_t documents = 0;          // documents selected, before editions collapse
  std::size_t relations = 0;          // relations among them, before collapsing
  std::size_t edition_edges = 0;      // relations that fell inside a collapsed chain
  std::size_t duplicate_edges = 0;    // merged into an edge between the same nodes
  std::size_t transitive_edges = 0;   // dropped because a longer path says the same
  // With groups selected: works (editions counted once) that name no group nor Question
  // (model/groups.h names_no_group) and pass the other filters, so are not drawn.
  std::size_t no_group = 0;
  std::vector<std::string> problems;  // names that match nothing; empty when all is well
};

RoadmapModel build_roadmap(const Corpus& corpus, const Graph& graph, const RoadmapOptions& options);

}  // namespace stdgraph
