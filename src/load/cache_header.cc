#include "cache_header.h"

#include "binary_io.h"
#include "stdgraph/load/cache.h"

namespace stdgraph::cache {

Header Header::for_payload(std::string_view payload, std::uint32_t version, std::uint64_t digest) {
  return {version, digest, payload.size(), hash_bytes(payload)};
}

std::string Header::encode(const HeaderKind& kind) const {
  Writer w;
  w.reserve(kind.size());
  w.raw(kind.magic);
  w.u32(version);
  if (kind.has_digest) w.u64(digest);
  w.u64(size);
  w.u64(checksum);
  return w.finish();
}

bool Header::decode(std::string_view bytes, const HeaderKind& kind, Header& header,
                    std::string_view& payload, std::string& why) {
  if (bytes.size() < kind.size() || bytes.substr(0, kind.magic.size()) != kind.magic) {
    why = kind.foreign;
    return false;
  }
  Reader r(bytes);
  r.raw(kind.magic.size());
  header = {};
  header.version = r.u32();
  if (kind.has_digest) header.digest = r.u64();
  header.size = r.u64();
  header.checksum = r.u64();
  payload = r.rest();
  return true;
}

std::string Header::mismatch(std::string_view payload) const {
  if (size != payload.size()) return "truncated";
  if (hash_bytes(payload) != checksum) return "checksum mismatch";
  return {};
}

}  // namespace stdgraph::cache
