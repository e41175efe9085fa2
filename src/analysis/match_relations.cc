#include "match_relations.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <unordered_map>

#include "stdgraph/analysis/deps.h"

namespace stdgraph::match {
namespace {

// An item lends its title's words to the items that are about it: what amends, corrects or
// supplements it, the supplement (amendment, ...) end of a `complements` whichever end states
// it, and an edition that has no title of its own (a catalogue's "X.1 (2012) Err. 1" is
// about X.1). Returns the borrower of relation `type` stated by `from` to `to`, or npos.
std::size_t borrower(const Corpus& corpus, std::size_t from, std::size_t to, RelationType type,
                     const std::vector<bool>& titled) {
  const auto& docs = corpus.documents;
  switch (type) {
    case RelationType::amends:
    case RelationType::corrects:
    case RelationType::supplement_to:
      return from;
    case RelationType::complements: {
      bool a = is_dependent_kind(docs[from].kind), b = is_dependent_kind(docs[to].kind);
      return a == b ? npos : a ? from : to;
    }
    case RelationType::edition_of:
      return !titled[from] && titled[to] ? from : !titled[to] && titled[from] ? to : npos;
    default:
      return npos;
  }
}

// An item that would borrow from more texts than this through one relation type borrows
// from none of them by it: in the ITU-T catalogue every G-series Recommendation names the
// 60-odd G Supplements in `complementOf`, which says nothing about any one of them.
constexpr std::size_t kMaxLenders = 4;

// Relation types that count as "relying on the same thing" for shared references.
bool is_reference(RelationType t) {
  switch (t) {
    case RelationType::normative_reference:
    case RelationType::informative_reference:
    case RelationType::based_on:
    case RelationType::supplement_to:
    case RelationType::amends:
    case RelationType::corrects:
    case RelationType::common_text:
      return true;
    default:
      return false;
  }
}

}  // namespace

double reference_overlap(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b,
                         std::vector<std::size_t>* shared) {
  if (a.empty() || b.empty()) return 0;
  std::size_t both = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j)
      ++i;
    else if (*j < *i)
      ++j;
    else {
      if (shared) shared->push_back(*i);
      ++both, ++i, ++j;
    }
  }
  return both ? static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both) : 0;
}

bool in_group(const Document& doc, const std::string& group) {
  if (group.empty()) return true;
  auto same = [&](const std::string& g) {
    return g.size() == group.size() &&
           std::equal(g.begin(), g.end(), group.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) ==
                    std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const auto* members : {&doc.groups, &doc.questions})
    for (const Membership& m : *members)
      if (same(m.id)) return true;
  return false;
}

RelationIndex::RelationIndex(const Corpus& corpus, const std::vector<bool>& titled) {
  const auto& documents = corpus.documents;
  const std::size_t n = documents.size();
  borrowed_.assign(n, {});
  references_.assign(n, {});
  related_.assign(n, {});
  // (borrower, relation type, lender), 12 bytes each: one per relation of a catalogue
  std::vector<std::tuple<std::uint32_t, RelationType, std::uint32_t>> lends;
  for (std::size_t d = 0; d < n; ++d) {
    const auto& targets = corpus.relation_targets[d];
    for (std::size_t r = 0; r < targets.size(); ++r) {
      std::size_t t = targets[r];
      if (t == npos || t == d) continue;
      RelationType type = documents[d].relations[r].type;
      related_[d].emplace_back(static_cast<std::uint32_t>(t), type);
      related_[t].emplace_back(static_cast<std::uint32_t>(d), type);
      if (is_reference(type)) references_[d].push_back(t);
      std::size_t b = borrower(corpus, d, t, type, titled);
      if (b != npos)
        lends.emplace_back(static_cast<std::uint32_t>(b), type,
                           static_cast<std::uint32_t>(b == d ? t : d));
    }
  }
  std::sort(lends.begin(), lends.end());
  lends.erase(std::unique(lends.begin(), lends.end()), lends.end());
  for (auto run = lends.begin(); run != lends.end();) {
    const std::size_t b = std::get<0>(*run);
    const RelationType type = std::get<1>(*run);
    auto end = std::find_if(run, lends.end(), [b, type](const auto& l) {
      return std::get<0>(l) != b || std::get<1>(l) != type;
    });
    if (static_cast<std::size_t>(end - run) <= kMaxLenders)
      for (; run != end; ++run) {
        std::size_t from = std::get<2>(*run);
        borrowed_[b].push_back(from);
        loans_.emplace_back(static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(from));
      }
    run = end;
  }
  for (std::size_t d = 0; d < n; ++d) {
    std::sort(references_[d].begin(), references_[d].end());
    references_[d].erase(std::unique(references_[d].begin(), references_[d].end()),
                         references_[d].end());
    std::sort(related_[d].begin(), related_[d].end());
    std::sort(borrowed_[d].begin(), borrowed_[d].end());
    borrowed_[d].erase(std::unique(borrowed_[d].begin(), borrowed_[d].end()), borrowed_[d].end());
  }

  auto number = [](const std::string& name, std::unordered_map<std::string, int>& ids) {
    return name.empty() ? -1 : ids.emplace(name, static_cast<int>(ids.size())).first->second;
  };
  std::unordered_map<std::string, int> groups, questions;
  group_id_.resize(n);
  question_id_.resize(n);
  for (std::size_t d = 0; d < n; ++d) {
    group_id_[d] = number(documents[d].group(), groups);
    question_id_[d] = number(documents[d].question(), questions);
  }
  family_.resize(n);
  newest_.assign(n, true);
  for (std::size_t d = 0; d < n; ++d) {
    auto eds = corpus.editions(d);
    family_[d] = eds.empty() ? d : eds.front();
    newest_[d] = eds.empty() || eds.back() == d;
  }
}

std::optional<Tie> RelationIndex::tie(std::size_t a, std::size_t b) const {
  if (family_[a] == family_[b] && a != b) return Tie{RelationType::edition_of, true};
  auto it = std::lower_bound(related_[a].begin(), related_[a].end(),
                             std::make_pair(static_cast<std::uint32_t>(b), RelationType{}));
  if (it != related_[a].end() && it->first == b) return Tie{it->second, false};
  return std::nullopt;
}

}  // namespace stdgraph::match
