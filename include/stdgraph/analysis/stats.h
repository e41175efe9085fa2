// `stdgraph stats`: counts over a corpus.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "stdgraph/model/corpus.h"

namespace stdgraph {

struct Stats {
  std::size_t documents = 0;
  std::size_t referenced = 0;  // documents only mentioned, without a row of their own
  std::size_t groups = 0;
  std::size_t liaisons = 0;
  std::size_t meetings = 0;
  std::size_t events = 0;
  std::size_t relations = 0;
  std::size_t unresolved_relations = 0;
  std::size_t files = 0;
  std::map<std::string, std::size_t> by_kind;
  // Per body (model/bodies.h): documents, and works (a work of many editions or versions,
  // "3GPP TS 33.501" in its 88 versions, counted once).
  std::map<std::string, std::size_t> by_body;
  std::map<std::string, std::size_t> works_by_body;
  std::map<std::string, std::size_t> by_group;
  std::map<std::string, std::size_t> by_question;
  std::map<std::string, std::size_t> by_status;  // status_as_of now; "none" without one
  std::map<std::string, std::size_t> by_relation_type;
  std::map<std::string, std::size_t> by_group_kind;
  // Distinct source rows per table ("001/annex2.b" -> 81): every row a record cites.
  std::map<std::string, std::size_t> rows_by_table;
};

Stats compute_stats(const Corpus& corpus);

}  // namespace stdgraph
