// The text pipeline on any bytes: the Analyzer (with the built-in glossary) never throws,
// gives the same answer twice, and normalising a word's folded form again gives that
// word back (normalising twice is normalising once). The same bytes also go through the
// glossary reader, whose errors must name the file.
#include <memory>

#include "fuzz_check.h"
#include "stdgraph/load/glossary.h"
#include "stdgraph/render/json.h"
#include "stdgraph/text/text.h"

namespace {

const stdgraph::Analyzer& analyzer() {
  static const auto* a = [] {
    stdgraph::Diagnostics diags;
    return new stdgraph::Analyzer(stdgraph::builtin_glossary(STDGRAPH_DATA_DIR, diags));
  }();
  return *a;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stdgraph;
  std::string_view text = fuzz::text_of(data, size);
  const Analyzer& a = analyzer();
  auto words = a.words(text);
  auto terms = a.terms(text);
  auto again = a.terms(text);
  FUZZ_CHECK(terms.size() == again.size());
  for (std::size_t i = 0; i < terms.size(); ++i) FUZZ_CHECK(terms[i].key == again[i].key);
  for (const auto& w : words) {
    FUZZ_CHECK(!w.folded.empty());
    if (w.cjk) continue;
    auto refolded = a.words(w.folded);
    FUZZ_CHECK(refolded.size() == 1);
    FUZZ_CHECK(refolded[0].folded == w.folded);
    FUZZ_CHECK(refolded[0].stem == w.stem);
  }
  (void)a.phrase(text);

  Diagnostics diags;
  Glossary glossary = parse_glossary(text, "fuzz-glossary.yaml", diags);
  for (const auto& d : diags.items()) FUZZ_CHECK(d.pos.file == "fuzz-glossary.yaml");
  (void)to_json(diags.items()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (!glossary.entries.empty()) (void)Analyzer(std::move(glossary)).terms(text);
  return 0;
}
