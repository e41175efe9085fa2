// The invariants of a loaded record file, shared by the native and Relaton targets: every
// diagnostic names the file with a sane place and renders as JSON (valid UTF-8); the
// cache round trip gives back the same bytes; the corpus, graph, validate and show run.
#pragma once

#include <string>

#include "fuzz_check.h"
#include "stdgraph/analysis/describe.h"
#include "stdgraph/analysis/validate.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/load/cache.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/render/json.h"

namespace stdgraph::fuzz {

inline void check_records(RecordSet set, Diagnostics diags, const std::string& file) {
  for (const auto& d : diags.items()) {
    FUZZ_CHECK(d.pos.file == file);
    FUZZ_CHECK(d.pos.line >= 0 && d.pos.column >= 0);
    FUZZ_CHECK(!d.code.empty() && !d.message.empty());
  }
  (void)to_json(diags.items()).dump();  // throws on invalid UTF-8

  std::string blob = cache::encode(set, diags);
  if (!blob.empty()) {
    RecordSet back;
    Diagnostics back_diags;
    FUZZ_CHECK(cache::decode(blob, file, back, back_diags));
    FUZZ_CHECK(cache::encode(back, back_diags) == blob);
  }

  Corpus corpus = Corpus::build(std::move(set), diags);
  Graph graph(corpus);
  auto findings = validate(corpus, graph);
  (void)to_json(findings).dump();
  for (std::size_t d = 0; d < corpus.documents.size() && d < 8; ++d)
    (void)to_json(describe(corpus, graph, d)).dump();
}

}  // namespace stdgraph::fuzz
