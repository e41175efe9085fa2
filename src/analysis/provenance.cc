#include "stdgraph/analysis/provenance.h"

#include "stdgraph/model/source.h"

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
    // A fact no seed states counts under its kind ("general-knowledge", "inferred", ...).
    auto ref = parse_source(source);
    if (ref && ref->kind != SourceKind::seed)
      ++p.cited[std::string(to_string(ref->kind))];
    else
      ++p.cited[source.substr(0, source.find('/'))];
  };
  auto cite_fields = [&](const FieldSources& fields) {
    for (const auto& [field, source] : fields) cite(source);
  };
  for (const auto& d : corpus.documents) {
    cite(d.source);
    for (const auto& e : d.history) {
      cite(e.source);
      cite_fields(e.field_sources);
    }
  }
  for (const auto& g : corpus.groups) {
    cite(g.source);
    cite_fields(g.field_sources);
  }
  for (const auto& l : corpus.liaisons) {
    cite(l.source);
    cite_fields(l.field_sources);
  }
  for (const auto& m : corpus.meetings) {
    cite(m.source);
    cite_fields(m.field_sources);
  }
  return p;
}

}  // namespace stdgraph
