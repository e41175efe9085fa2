// The taxonomy loader on any bytes: as a taxonomy and as an aspects file. Errors name the
// file with a sane place and render as JSON; the topic tree flattens within its depth.
#include "fuzz_check.h"
#include "stdgraph/analysis/taxonomy.h"
#include "stdgraph/load/taxonomy.h"
#include "stdgraph/render/json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stdgraph;
  static const Analyzer* analyzer = new Analyzer();
  std::string_view text = fuzz::text_of(data, size);
  const std::string file = "fuzz-taxonomy.yaml";
  Diagnostics diags;
  Taxonomy taxonomy = parse_taxonomy(text, file, diags);
  prepare_taxonomy(taxonomy, *analyzer, diags);
  parse_aspects(text, file, diags);
  for (const auto& d : diags.items()) {
    FUZZ_CHECK(d.pos.file == file);
    FUZZ_CHECK(d.pos.line >= 0 && d.pos.column >= 0);
  }
  (void)to_json(diags.items()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  for (const auto& ref : flatten(taxonomy)) {
    FUZZ_CHECK(ref.topic != nullptr);
    FUZZ_CHECK(ref.depth >= 0 && ref.depth < 64);
  }
  return 0;
}
