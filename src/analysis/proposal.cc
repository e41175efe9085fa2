#include "stdgraph/analysis/proposal.h"

#include "stdgraph/model/bodies.h"

namespace stdgraph {

Query query_of(const Document& document) {
  Query q;
  q.title = document.title();
  q.scope = document.scope;
  q.keywords = document.keywords;
  q.names.push_back(document.id);
  q.names.insert(q.names.end(), document.aliases.begin(), document.aliases.end());
  q.group = document.group();
  q.question = document.question();
  q.body = body_of(document);
  return q;
}

Query query_for_proposal(const Corpus& corpus, const Document& proposal) {
  Query q = query_of(proposal);
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
