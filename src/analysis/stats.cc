#include "stdgraph/analysis/stats.h"

#include <set>

#include "stdgraph/model/bodies.h"
#include "stdgraph/model/source.h"

namespace stdgraph {
namespace {

// "001/annex2.b/14" -> {"001/annex2.b", "14"}; a source without a row has none.
std::pair<std::string, std::string> split_row(const std::string& source) {
  auto first = source.find('/');
  auto last = source.rfind('/');
  if (first == std::string::npos || last == first) return {source, ""};
  return {source.substr(0, last), source.substr(last + 1)};
}

}  // namespace

Stats compute_stats(const Corpus& corpus) {
  Stats s;
  s.documents = corpus.documents.size();
  s.groups = corpus.groups.size();
  s.liaisons = corpus.liaisons.size();
  s.meetings = corpus.meetings.size();
  s.files = corpus.files.size();

  std::set<std::string> rows;
  auto cite = [&](const std::string& source) {
    if (!source.empty()) rows.insert(source);
  };
  const std::vector<bool> older = corpus.older_editions();
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    if (doc.referenced) ++s.referenced;
    ++s.by_kind[std::string(to_string(doc.kind))];
    if (!doc.referenced) {
      // A joint item counts under each of its groups and Questions (the totals by kind and
      // status count it once).
      std::string body = body_of(doc);
      ++s.by_body[body];
      if (!older[d]) ++s.works_by_body[body];
      for (const std::string& g : member_ids(doc.groups)) ++s.by_group[g];
      if (doc.groups.empty()) ++s.by_group["none"];
      for (const std::string& q : member_ids(doc.questions)) ++s.by_question[q];
      auto status = doc.status();
      ++s.by_status[status ? std::string(to_string(*status)) : "none"];
    }
    s.events += doc.history.size();
    s.relations += doc.relations.size();
    for (std::size_t r = 0; r < doc.relations.size(); ++r) {
      ++s.by_relation_type[std::string(to_string(doc.relations[r].type))];
      if (corpus.relation_targets[d][r] == npos) ++s.unresolved_relations;
      cite(doc.relations[r].source);
    }
    cite(doc.source);
    for (const auto& e : doc.history) cite(e.source);
  }
  for (const auto& g : corpus.groups) {
    ++s.by_group_kind[std::string(to_string(g.kind))];
    cite(g.source);
  }
  for (const auto& l : corpus.liaisons) cite(l.source);
  for (const auto& m : corpus.meetings) {
    cite(m.source);
    for (const auto& a : m.agenda) cite(a.source);
  }
  for (const auto& source : rows) {
    if (auto ref = parse_source(source); ref && ref->kind != SourceKind::seed) continue;
    auto [table, row] = split_row(source);
    if (!row.empty()) ++s.rows_by_table[table];
  }
  return s;
}

}  // namespace stdgraph
