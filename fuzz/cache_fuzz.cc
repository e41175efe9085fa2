// The cache reader on any bytes. The first byte says how to take the rest, so that the
// fuzzer gets past the checksum: 0 a whole cache file, 1 a payload (framed with a correct
// header), 2 one entry's records. Whatever is accepted must survive a round trip.
#include "fuzz_check.h"
#include "stdgraph/load/cache.h"

namespace {

using namespace stdgraph;

void check_blob(std::string_view blob) {
  RecordSet records;
  Diagnostics diags;
  if (!cache::decode(blob, "f.yaml", records, diags)) return;
  // What decodes encodes to bytes that decode to themselves.
  std::string again = cache::encode(records, diags);
  RecordSet back;
  Diagnostics back_diags;
  FUZZ_CHECK(cache::decode(again, "f.yaml", back, back_diags));
  FUZZ_CHECK(cache::encode(back, back_diags) == again);
}

void check_file(std::string_view bytes) {
  cache::Entries entries;
  std::string why;
  if (!cache::parse(bytes, entries, why)) {
    FUZZ_CHECK(entries.empty() && !why.empty());
    return;
  }
  std::string payload = cache::payload_of(entries);
  cache::Entries back;
  const std::string framed = cache::header_for(payload) + payload;  // back's blobs point here
  FUZZ_CHECK(cache::parse(framed, back, why));
  FUZZ_CHECK(back.size() == entries.size());
  for (const auto& [file, entry] : entries) {
    auto it = back.find(file);
    FUZZ_CHECK(it != back.end() && it->second.blob == entry.blob);
    const cache::FileState &was = entry, &is = it->second;
    FUZZ_CHECK(is.size == was.size && is.mtime_ns == was.mtime_ns && is.ctime_ns == was.ctime_ns &&
               is.inode == was.inode && is.device == was.device &&
               is.checked_ns == was.checked_ns && is.content_hash == was.content_hash);
    check_blob(entry.blob);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view rest = fuzz::text_of(data + 1, size - 1);
  switch (data[0] % 3) {
    case 0:
      check_file(rest);
      break;
    case 1:
      check_file(cache::header_for(rest) + std::string(rest));
      break;
    default:
      check_blob(rest);
      break;
  }
  return 0;
}
