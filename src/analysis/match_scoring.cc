#include "match_scoring.h"

namespace stdgraph::match {
namespace {

// Text this close, with no relation and both on the same side of security, reads as the
// same item listed twice (X.1150 and X.saf-dsf). Different aspects of one subject
// (requirements vs architecture of QKDN-SSN) score 0.9 and are not duplicates.
constexpr double kDuplicateText = 0.95;

// Amendments, corrigenda and appendices are read with the text they change: two titled
// "Enhancements" are not one item listed twice.
bool part_of_another(DocKind kind) {
  return kind == DocKind::amendment || kind == DocKind::corrigendum || kind == DocKind::appendix;
}

// Two items of known groups that share none: an item with no group is in no group's way.
bool across_groups(const Document& a, const Document& b) {
  return !a.groups.empty() && !b.groups.empty() && !share_member(a.groups, b.groups);
}

bool same_question(const Document& a, const Document& b) {
  return share_member(a.questions, b.questions);
}

}  // namespace

MatchEvidence evidence(const Corpus& corpus, const RelationIndex& relations, std::size_t a,
                       std::size_t b, double text, double name) {
  MatchEvidence e;
  e.text = std::min(1.0, text);
  e.name = std::min(1.0, name);
  e.references =
      reference_overlap(relations.references(a), relations.references(b), &e.shared_references);
  e.question = same_question(corpus.documents[a], corpus.documents[b]) ? 1 : 0;
  return e;
}

void judge(OverlapPair& p, const Corpus& corpus, const RelationIndex& relations,
           const TermIndex& terms) {
  p.tie = relations.tie(p.a, p.b);
  const Document& da = corpus.documents[p.a];
  const Document& db = corpus.documents[p.b];
  p.same_group = share_member(da.groups, db.groups);
  p.across_groups = across_groups(da, db);
  p.counterpart = terms.about_security(p.a) != terms.about_security(p.b);
  // Two items whose words come only from what they amend or correct are not one item
  // listed twice ("A.11 Err. 1" and "A.13 Err. 1" have no title of their own), nor are
  // two amendments with one title.
  p.duplicate = !p.tie && !p.counterpart && p.why.text >= kDuplicateText && terms.titled(p.a) &&
                terms.titled(p.b) && !part_of_another(da.kind) && !part_of_another(db.kind);
}

}  // namespace stdgraph::match
