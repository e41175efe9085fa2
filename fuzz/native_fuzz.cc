// The native record loader (yaml-cpp behind the byte and structure checks) on any bytes.
#include "records_check.h"
#include "stdgraph/load/load.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stdgraph;
  const std::string file = "fuzz.yaml";
  Diagnostics diags;
  RecordSet set = load_native_text(fuzz::text_of(data, size), file, diags);
  fuzz::check_records(std::move(set), std::move(diags), file);
  return 0;
}
