// The bodies part of the match index: whose document each item is (body_of, asked once per
// document when the index is built), as a small number, so that `check --body` and
// `overlaps --body/--across-bodies` filter a catalogue's rows in constant time each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "stdgraph/model/corpus.h"

namespace stdgraph::match {

class BodyIndex {
 public:
  BodyIndex() = default;
  explicit BodyIndex(const Corpus& corpus);

  // The document's body as a small number, and its name ("ITU-T", "ETSI", "ISO/IEC").
  std::uint16_t id(std::size_t d) const { return body_[d]; }
  const std::string& name(std::size_t d) const { return names_[body_[d]]; }
  // Every body, each once, in order of its first document.
  const std::vector<std::string>& names() const { return names_; }
  // Two documents of two bodies.
  bool across(std::size_t a, std::size_t b) const { return body_[a] != body_[b]; }
  // Per body number, whether it is one of `wanted` (body_matches); every body when `wanted`
  // is empty.
  std::vector<char> matching(const std::vector<std::string>& wanted) const;

 private:
  std::vector<std::uint16_t> body_;
  std::vector<std::string> names_;
};

}  // namespace stdgraph::match
