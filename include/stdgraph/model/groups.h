// Which groups lie under which: one answer to "is this item under group G?" for every
// command (roadmap --group, gaps --group, export --select group:, stats).
//
// A group lies under its parent, and under every working party that lists it as a member
// (a Question whose record names its study group as parent is still under the working party
// that groups it), and so on up; every group lies under itself. An item lies under G when
// one of its groups or Questions does: SG17's items are those of SG17, of its working parties,
// of its Questions and of anything else declared under it. An item under several groups or
// Questions (a joint item, or sources that disagree) lies under each of them. Loops of parent
// or member links (bad data) end where they close: each group is visited once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/model/corpus.h"

namespace stdgraph {

// The groups `group` lies under: itself first, then its parent and the working parties
// listing it as a member, breadth first, each once.
std::vector<std::size_t> ancestors(const Corpus& corpus, std::size_t group);

// A mask over corpus.groups: true for every group that lies under one of `groups`.
std::vector<bool> groups_under(const Corpus& corpus, const std::vector<std::size_t>& groups);

// True when any of the document's groups or Questions is marked in `under` (from groups_under).
bool is_under(const Corpus& corpus, const Document& document, const std::vector<bool>& under);

// True when any of the document's groups or Questions lies under `group` (an index into groups).
bool is_under(const Corpus& corpus, const Document& document, std::size_t group);

// The same by name. A name no group record declares matches only items that name it
// themselves (as group or Question, compared case- and punctuation-blind).
bool is_under(const Corpus& corpus, const Document& document, std::string_view group);

// True when the document names neither a group nor a Question: no group can place it, so
// a selection by group (roadmap --group, gaps --group) leaves it out, and says how many.
bool names_no_group(const Document& document);

// Every document lying under one of `groups`, as a mask over corpus.documents.
std::vector<bool> documents_under(const Corpus& corpus, const std::vector<std::size_t>& groups);

// is_under by name for many documents and any of several groups: the names are looked up
// and the groups under them marked once.
class GroupFilter {
 public:
  GroupFilter(const Corpus& corpus, const std::vector<std::string>& names);
  bool contains(const Document& document) const;

 private:
  const Corpus* corpus_;
  std::vector<bool> under_;              // over corpus.groups
  std::vector<std::string> undeclared_;  // folded names no group record declares
};

}  // namespace stdgraph
