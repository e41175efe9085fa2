// The corpus: records with their identities resolved. Every name an item is known by
// finds it; detached events and meeting agendas are merged into the histories.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

class Corpus {
 public:
  std::vector<Document> documents;
  std::vector<Group> groups;
  std::vector<Liaison> liaisons;
  std::vector<Meeting> meetings;
  std::vector<std::string> files;
  // relation_targets[d][r]: the document that relation r of document d names, or npos.
  std::vector<std::vector<std::size_t>> relation_targets;

  // The document any of whose names has the identifier key of `name`, or npos.
  std::size_t find_document(std::string_view name) const;
  // The group whose id matches `name` case-insensitively, or npos.
  std::size_t find_group(std::string_view name) const;
  // Every edition of the work `document` is an edition of, oldest first; empty when
  // its name carries no edition. The work's bare name ("X.1051") finds the newest.
  std::vector<std::size_t> editions(std::size_t document) const;
  // For every document, whether it is an older edition of its work (one that is not the
  // newest): what counting works, not editions, leaves out. No name is keyed again.
  std::vector<bool> older_editions() const;
  // Every name of every document, for "did you mean" hints.
  std::vector<std::string_view> all_names() const;

  // Indexes the records: names, histories (events merged, oldest first), relation
  // targets. Identity problems (two records claiming one name, an event for an unknown
  // item) are reported as errors; the first record keeps the name. Records a catalogue
  // reader implied (an ISO/IEC number, a study group) give way to declared ones silently.
  static Corpus build(RecordSet&& records, Diagnostics& diags);

  // The name indexes build() makes. The corpus cache (load/cache.h) stores them and hands
  // them back with adopt_index instead of building them again.
  struct NameIndex {
    std::unordered_map<std::string, std::size_t> documents;  // identifier key -> document
    std::unordered_map<std::string, std::size_t> groups;     // group key -> group
    std::unordered_map<std::string, std::vector<std::size_t>> editions;  // work -> editions
  };
  const NameIndex& name_index() const { return index_; }
  void adopt_index(NameIndex index) { index_ = std::move(index); }

 private:
  NameIndex index_;
};

}  // namespace stdgraph
