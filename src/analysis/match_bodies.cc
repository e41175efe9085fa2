#include "match_bodies.h"

#include <algorithm>
#include <unordered_map>

#include "stdgraph/model/bodies.h"

namespace stdgraph::match {

BodyIndex::BodyIndex(const Corpus& corpus) {
  std::unordered_map<std::string, std::uint16_t> numbers;
  body_.reserve(corpus.documents.size());
  for (const Document& d : corpus.documents) {
    auto [it, added] = numbers.try_emplace(body_of(d), static_cast<std::uint16_t>(names_.size()));
    if (added) names_.push_back(it->first);
    body_.push_back(it->second);
  }
}

std::vector<char> BodyIndex::matching(const std::vector<std::string>& wanted) const {
  std::vector<char> out(names_.size(), wanted.empty());
  for (std::size_t i = 0; i < names_.size(); ++i)
    out[i] = wanted.empty() || std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
               return body_matches(names_[i], w);
             });
  return out;
}

}  // namespace stdgraph::match
