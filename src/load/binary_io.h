// The byte codec of the cache files: native-endian fixed-width integers and length-prefixed
// strings (a cache is only read on the machine that wrote it; a foreign one fails its
// checks). A Reader never reads past its bytes: it throws Corrupt instead.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace stdgraph::cache {

// Thrown by Reader, and by decoders, on bytes no writer of this version made.
struct Corrupt {};

class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { raw(&v, sizeof v); }
  void u64(std::uint64_t v) { raw(&v, sizeof v); }
  void i32(std::int32_t v) { raw(&v, sizeof v); }
  // A string of at most 4 GB: a 32-bit length, then its bytes.
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    raw(s.data(), s.size());
  }
  // Bytes of any length: a 64-bit length, then the bytes.
  void bytes(std::string_view s) {
    u64(s.size());
    raw(s.data(), s.size());
  }
  // Bytes as they are, with no length (a magic of known size).
  void raw(std::string_view s) { raw(s.data(), s.size()); }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }
  std::string finish() { return std::move(out_); }

 private:
  void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::uint8_t u8() { return static_cast<std::uint8_t>(take(1)[0]); }
  std::uint32_t u32() { return fixed<std::uint32_t>(); }
  std::uint64_t u64() { return fixed<std::uint64_t>(); }
  std::int32_t i32() { return fixed<std::int32_t>(); }
  std::string_view str() { return take(u32()); }
  std::string_view bytes() {
    std::uint64_t n = u64();
    if (n > data_.size() - at_) throw Corrupt{};
    return take(static_cast<std::size_t>(n));
  }
  // The next n bytes as they are.
  std::string_view raw(std::size_t n) { return take(n); }
  // A count of things each at least `min_bytes` long: bounded by what is left.
  std::uint32_t count(std::size_t min_bytes) {
    std::uint32_t n = u32();
    if (static_cast<std::uint64_t>(n) * min_bytes > data_.size() - at_) throw Corrupt{};
    return n;
  }
  bool at_end() const { return at_ == data_.size(); }
  std::size_t offset() const { return at_; }
  std::string_view rest() const { return data_.substr(at_); }

 private:
  template <typename T>
  T fixed() {
    T v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return v;
  }
  std::string_view take(std::size_t n) {
    if (n > data_.size() - at_) throw Corrupt{};
    auto out = data_.substr(at_, n);
    at_ += n;
    return out;
  }
  std::string_view data_;
  std::size_t at_ = 0;
};

}  // namespace stdgraph::cache
