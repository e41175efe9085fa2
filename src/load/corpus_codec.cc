// The corpus cache: a built corpus kept whole (its indexes and resolved relation targets
// too), for a set of files whose contents are unchanged.
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "binary_io.h"
#include "cache_header.h"
#include "cache_trust.h"
#include "record_codec.h"
#include "stdgraph/load/cache.h"

namespace stdgraph::cache {
namespace fs = std::filesystem;

namespace {
constexpr std::uint32_t kNone = 0xFFFFFFFF;  // a relation target that names no document

std::uint32_t index_of(std::size_t i) {
  return i == npos ? kNone : static_cast<std::uint32_t>(i);
}
}  // namespace

std::uint64_t digest_of(const std::vector<std::string>& files,
                        const std::vector<std::uint64_t>& content_hashes) {
  Writer w;
  w.u32(kCorpusVersion);
  w.u32(static_cast<std::uint32_t>(files.size()));
  for (std::size_t i = 0; i < files.size(); ++i) {
    w.bytes(files[i]);
    w.u64(i < content_hashes.size() ? content_hashes[i] : 0);
  }
  return hash_bytes(w.finish());
}

std::string CorpusCodec::payload(const Corpus& c, const Diagnostics& diags) {
  if (!c.liaisons.empty() || !c.meetings.empty() || c.relation_targets.size() != c.documents.size())
    return {};
  std::unordered_map<std::string_view, std::uint32_t> file_index;
  for (const auto& f : c.files)
    file_index.emplace(f, static_cast<std::uint32_t>(file_index.size()));
  auto file_of = [&](const SourcePos& pos) -> std::optional<std::uint32_t> {
    auto it = file_index.find(pos.file);
    if (it == file_index.end()) return std::nullopt;
    return it->second;
  };
  // Room for it all at once: grown by doubling, a 40 MB payload would need 96 MB on the way.
  std::size_t estimate = 4096;
  for (const auto& d : c.documents) {
    estimate += 512 + d.history.size() * 64;
    for (const auto& r : d.relations)
      estimate += 48 + r.target.size() + r.original_type.size() + r.source.size() + r.note.size();
  }
  Writer w;
  w.reserve(estimate + c.groups.size() * 256 + diags.items().size() * 256);
  put(w, c.files);
  w.u32(static_cast<std::uint32_t>(c.documents.size()));
  for (std::size_t i = 0; i < c.documents.size(); ++i) {
    const Document& d = c.documents[i];
    auto file = file_of(d.pos);
    // Each part is read back with its document's file: the cache holds nothing else.
    if (!file || c.relation_targets[i].size() != d.relations.size()) return {};
    for (const auto& e : d.history)
      if (e.pos.file != d.pos.file) return {};
    w.u32(*file);
    put(w, d, false);
  }
  w.u32(static_cast<std::uint32_t>(c.groups.size()));
  for (const auto& g : c.groups) {
    auto file = file_of(g.pos);
    if (!file) return {};
    w.u32(*file);
    put(w, g);
  }
  for (const auto& targets : c.relation_targets)
    for (std::size_t t : targets) w.u32(index_of(t));
  for (const auto* index : {&c.name_index().documents, &c.name_index().groups}) {
    w.u32(static_cast<std::uint32_t>(index->size()));
    for (const auto& [key, i] : *index) {
      w.str(key);
      w.u32(index_of(i));
    }
  }
  w.u32(static_cast<std::uint32_t>(c.name_index().editions.size()));
  for (const auto& [work, list] : c.name_index().editions) {
    w.str(work);
    w.u32(static_cast<std::uint32_t>(list.size()));
    for (std::size_t i : list) w.u32(index_of(i));
  }
  w.u32(static_cast<std::uint32_t>(diags.items().size()));
  for (const auto& d : diags.items()) put_diagnostic(w, d, true);
  return w.finish();
}

std::string CorpusCodec::header(std::string_view payload, std::uint64_t digest) {
  return Header::for_payload(payload, kCorpusVersion, digest).encode(kCorpusHeader);
}

std::string CorpusCodec::encode(const Corpus& c, const Diagnostics& diags, std::uint64_t digest) {
  std::string body = payload(c, diags);
  return body.empty() ? body : header(body, digest) + body;
}

bool CorpusCodec::decode(std::string_view data, std::uint64_t digest, Corpus& c, Diagnostics& diags,
                         std::string& why, const std::function<void(std::size_t)>& consumed) {
  why.clear();
  Header header;
  std::string_view payload;
  if (!Header::decode(data, kCorpusHeader, header, payload, why)) return false;
  if (header.version != kCorpusVersion) {
    why = fmt::format("format version {}", header.version);
    return false;
  }
  if (header.digest != digest) return false;  // made for other files: not a fault
  why = header.mismatch(payload);
  if (!why.empty()) return false;
  Corpus out;
  std::vector<Diagnostic> read_diags;
  try {
    Reader r(payload);
    out.files = get_strings(r);
    auto file = [&](std::uint32_t i) -> const std::string& {
      if (i >= out.files.size()) throw Corrupt{};
      return out.files[i];
    };
    out.documents.resize(r.count(44));
    constexpr std::size_t kStride = 4 << 20;  // tell `consumed` every 4 MB
    std::size_t told = 0;
    for (auto& d : out.documents) {
      const std::string& f = file(r.u32());
      d = get_document(r, f);
      if (consumed && r.offset() - told >= kStride)
        consumed(kCorpusHeader.size() + (told = r.offset()));
    }
    out.groups.resize(r.count(24));
    for (auto& g : out.groups) {
      const std::string& f = file(r.u32());
      g = get_group(r, f);
    }
    const std::size_t documents = out.documents.size();
    auto index = [&](std::size_t limit, bool none_allowed) -> std::size_t {
      std::uint32_t i = r.u32();
      if (i == kNone && none_allowed) return npos;
      if (i >= limit) throw Corrupt{};
      return i;
    };
    out.relation_targets.resize(documents);
    for (std::size_t i = 0; i < documents; ++i) {
      auto& targets = out.relation_targets[i];
      targets.resize(out.documents[i].relations.size());
      for (auto& t : targets) t = index(documents, true);
    }
    Corpus::NameIndex names;
    std::uint32_t keys = r.count(8);
    names.documents.reserve(keys);
    for (std::uint32_t n = keys; n > 0; --n) {
      std::string key(r.str());
      names.documents.emplace(std::move(key), index(documents, false));
    }
    for (std::uint32_t n = r.count(8); n > 0; --n) {
      std::string key(r.str());
      names.groups.emplace(std::move(key), index(out.groups.size(), false));
    }
    for (std::uint32_t n = r.count(12); n > 0; --n) {
      std::string work(r.str());
      std::vector<std::size_t> list(r.count(4));
      if (list.empty()) throw Corrupt{};  // a work has an edition, the newest of which it names
      for (auto& i : list) i = index(documents, false);
      names.editions.emplace(std::move(work), std::move(list));
    }
    out.adopt_index(std::move(names));
    read_diags.resize(r.count(25));  // severity, file, line, column, code, message, hint
    for (auto& d : read_diags) d = get_diagnostic(r, nullptr);
    if (!r.at_end()) throw Corrupt{};
  } catch (const Corrupt&) {
    why = "inconsistent contents";
    return false;
  }
  c = std::move(out);
  for (auto& d : read_diags) diags.add(std::move(d));
  return true;
}

fs::path corpus_path_for(const fs::path& cache_path) {
  fs::path p = cache_path;
  p.replace_extension(".corpus.bin");
  return p;
}

bool read_corpus(const fs::path& path, std::uint64_t digest, Corpus& corpus, Diagnostics& diags,
                 std::string& note) {
  File file;
  if (!file.map(path, &note) || file.bytes().empty()) return false;
  std::string why;
  // The documents are copied out as they are read: their bytes need not stay resident, so
  // the mapping and the corpus are not both whole in memory at once.
  auto consumed = [&](std::size_t offset) { file.release(0, offset); };
  if (CorpusCodec::decode(file.bytes(), digest, corpus, diags, why, consumed)) return true;
  if (!why.empty())
    note = fmt::format("stdgraph: ignoring the cache {} ({}); rebuilding it", path.string(), why);
  return false;
}

bool write_corpus(const fs::path& path, const Corpus& corpus, const Diagnostics& diags,
                  std::uint64_t digest, std::string& note) {
  std::string body = CorpusCodec::payload(corpus, diags);  // not copied: 40 MB for ITU-T
  std::error_code ec;
  if (body.empty()) {
    fs::remove(path, ec);  // a corpus the cache does not hold: no stale one stays
    return false;
  }
  return write_private(path, {CorpusCodec::header(body, digest), body}, note) == Written::ok;
}

}  // namespace stdgraph::cache
