// The identifier rules on any bytes: a key is a fixed point (normalising twice is
// normalising once), has no lower-case ASCII, and an edition key's work is the name's key
// or a prefix of it (shorter when it names an edition); work_name and base_name give a
// part of the name; dates that parse print and parse back to themselves.
#include "fuzz_check.h"
#include "stdgraph/model/ids.h"
#include "stdgraph/model/model.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace stdgraph;
  std::string_view name = fuzz::text_of(data, size);
  std::string key = identifier_key(name);
  FUZZ_CHECK(identifier_key(key) == key);
  for (char c : key) FUZZ_CHECK(!(c >= 'a' && c <= 'z'));
  EditionKey edition = edition_key(name);
  FUZZ_CHECK(key.rfind(edition.work, 0) == 0);
  if (edition.names_edition()) FUZZ_CHECK(edition.work.size() < key.size());
  std::string base = base_name(name);
  if (!base.empty()) FUZZ_CHECK(base.size() < name.size());
  std::string work = work_name(name);
  FUZZ_CHECK(work.size() <= name.size());
  if (auto date = parse_date(name)) {
    auto again = parse_date(date->to_string());
    FUZZ_CHECK(again && *again == *date);
  }
  return 0;
}
