#include "stdgraph/analysis/provenance.h"

namespace stdgraph {

Provenance provenance(const Corpus& corpus) {
  Provenance p;
  for (const auto& f : corpus.files) {
    auto slash = f.rfind('/');
    p.folders.insert(slash == std::string::npos ? "." : f.substr(0, slash));
  }
  std::set<std::string> sources;  // distinct SEED/TABLE/ROW
  auto cite = [&](const std::string& source) {
    if (source.empty() || !sources.insert(source).second) return;
    ++p.cited[source.substr(0, source.find('/'))];
  };
  for (const auto& d : corpus.documents) {
    cite(d.source);
    for (const auto& e : d.history) cite(e.source);
  }
  for (const auto& g : corpus.groups) cite(g.source);
  for (const auto& l : corpus.liaisons) cite(l.source);
  for (const auto& m : corpus.meetings) cite(m.source);
  return p;
}

}  // namespace stdgraph
