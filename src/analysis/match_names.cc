#include "match_names.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace stdgraph::match {
namespace {

void add_trigrams(const std::string& part, std::vector<std::string>& out) {
  std::string padded = "#" + part + "#";
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) out.push_back(padded.substr(i, 3));
}

// The trigrams of `names`, each as the id `id_of` gives it (skipped when it gives -1); the
// first name that has any goes to `first` when asked for.
template <typename IdOf>
Bag trigrams_of(const std::vector<std::string>& names, std::string* first, IdOf id_of) {
  Bag bag;
  for (const std::string& name : names) {
    auto parts = name_parts(name);
    if (parts.empty()) continue;
    if (first && first->empty()) *first = name;
    std::vector<std::string> grams;
    for (const auto& p : parts) add_trigrams(p, grams);
    for (const auto& g : grams)
      if (int id = id_of(g); id >= 0) bag.emplace_back(id, 1.0f);
  }
  return collapse(std::move(bag));
}

}  // namespace

std::vector<std::string> name_parts(std::string_view name) {
  static const std::unordered_set<std::string> kStock = {
      "supp", "suppl", "sup", "tr",  "rev", "amd", "cor",    "corr",
      "err",  "add",   "app", "itu", "iso", "iec", "series", "annex"};
  std::vector<std::string> parts;
  std::string cur;
  auto flush = [&] {
    bool digits = std::all_of(cur.begin(), cur.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (cur.size() > 1 && !digits && !kStock.count(cur)) parts.push_back(cur);
    cur.clear();
  };
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      cur += static_cast<char>(std::tolower(u));
    else
      flush();
  }
  flush();
  return parts;
}

std::string first_comparable_name(const std::vector<std::string>& names) {
  for (const auto& name : names)
    if (!name_parts(name).empty()) return name;
  return {};
}

NameIndex::NameIndex(const Corpus& corpus) {
  std::size_t n = corpus.documents.size();
  std::vector<Bag> bags(n);
  provisional_.assign(n, {});
  for (std::size_t d = 0; d < n; ++d) {
    const Document& doc = corpus.documents[d];
    std::vector<std::string> all = {doc.id};
    all.insert(all.end(), doc.aliases.begin(), doc.aliases.end());
    bags[d] = trigrams_of(all, &provisional_[d], [&](const std::string& g) {
      return trigram_ids_.emplace(g, static_cast<int>(trigram_ids_.size())).first->second;
    });
  }
  idf_ = idf_of(bags, trigram_ids_.size());
  rows_ = weigh(bags, idf_);
  postings_ = rows_;
  postings_.makeCompressed();
}

SparseRows NameIndex::query(const std::vector<std::string>& names) const {
  Bag bag = trigrams_of(names, nullptr, [&](const std::string& g) {
    auto it = trigram_ids_.find(g);
    return it == trigram_ids_.end() ? -1 : it->second;
  });
  return weigh({bag}, idf_);
}

}  // namespace stdgraph::match
