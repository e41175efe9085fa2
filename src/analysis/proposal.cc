#include "stdgraph/analysis/proposal.h"

namespace stdgraph {

Query query_for_proposal(const Corpus& corpus, const Document& proposal) {
  Query q;
  q.title = proposal.title();
  q.scope = proposal.scope;
  q.keywords = proposal.keywords;
  q.names.push_back(proposal.id);
  q.names.insert(q.names.end(), proposal.aliases.begin(), proposal.aliases.end());
  q.group = proposal.group;
  q.question = proposal.question;
  for (const Relation& r : proposal.relations)
    if (std::size_t t = corpus.find_document(r.target); t != npos) q.references.push_back(t);
  for (const std::string& name : q.names)
    if (std::size_t self = corpus.find_document(name); self != npos) {
      q.self = self;
      break;
    }
  return q;
}

}  // namespace stdgraph
