// Groups under groups: parents and working-party members, walked once each.
#include "stdgraph/model/groups.h"

#include <algorithm>

#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

std::size_t group_of(const Corpus& corpus, const std::string& id) {
  return id.empty() ? npos : corpus.find_group(id);
}

// Calls f(id) for each group and Question the document is under, until f returns true.
template <typename F>
bool any_membership(const Document& document, F&& f) {
  for (const auto* members : {&document.groups, &document.questions})
    for (const Membership& m : *members)
      if (!m.id.empty() && f(m.id)) return true;
  return false;
}

// True when the document names the group `folded` (fold_title of a name) itself.
bool names_group(const Document& document, const std::string& folded) {
  return any_membership(document, [&](const std::string& id) { return fold_title(id) == folded; });
}

// For each group, the groups directly under it: those naming it as parent, and its members.
std::vector<std::vector<std::size_t>> children(const Corpus& corpus) {
  std::vector<std::vector<std::size_t>> down(corpus.groups.size());
  for (std::size_t g = 0; g < corpus.groups.size(); ++g) {
    const Group& group = corpus.groups[g];
    if (std::size_t p = group_of(corpus, group.parent); p != npos) down[p].push_back(g);
    for (const std::string& m : group.members)
      if (std::size_t c = group_of(corpus, m); c != npos) down[g].push_back(c);
  }
  return down;
}

}  // namespace

std::vector<std::size_t> ancestors(const Corpus& corpus, std::size_t group) {
  std::vector<std::size_t> found;
  if (group >= corpus.groups.size()) return found;
  std::vector<bool> seen(corpus.groups.size(), false);
  auto visit = [&](std::size_t g) {
    if (g == npos || seen[g]) return;
    seen[g] = true;
    found.push_back(g);
  };
  visit(group);
  for (std::size_t next = 0; next < found.size(); ++next) {
    std::size_t g = found[next];
    visit(group_of(corpus, corpus.groups[g].parent));
    for (std::size_t w = 0; w < corpus.groups.size(); ++w)
      for (const std::string& m : corpus.groups[w].members)
        if (group_of(corpus, m) == g) visit(w);
  }
  return found;
}

std::vector<bool> groups_under(const Corpus& corpus, const std::vector<std::size_t>& groups) {
  std::vector<bool> under(corpus.groups.size(), false);
  std::vector<std::vector<std::size_t>> down = children(corpus);
  std::vector<std::size_t> stack;
  for (std::size_t g : groups)
    if (g < under.size()) stack.push_back(g);
  while (!stack.empty()) {
    std::size_t g = stack.back();
    stack.pop_back();
    if (under[g]) continue;
    under[g] = true;
    for (std::size_t c : down[g]) stack.push_back(c);
  }
  return under;
}

bool is_under(const Corpus& corpus, const Document& document, const std::vector<bool>& under) {
  return any_membership(document, [&](const std::string& id) {
    std::size_t g = group_of(corpus, id);
    return g != npos && g < under.size() && under[g];
  });
}

bool names_no_group(const Document& document) {
  return document.groups.empty() && document.questions.empty();
}

bool is_under(const Corpus& corpus, const Document& document, std::size_t group) {
  return any_membership(document, [&](const std::string& id) {
    std::size_t g = group_of(corpus, id);
    if (g == npos) return false;
    std::vector<std::size_t> up = ancestors(corpus, g);
    return std::find(up.begin(), up.end(), group) != up.end();
  });
}

bool is_under(const Corpus& corpus, const Document& document, std::string_view group) {
  if (std::size_t wanted = corpus.find_group(group); wanted != npos)
    return is_under(corpus, document, wanted);
  return names_group(document, fold_title(group));  // a group no record declares
}

std::vector<bool> documents_under(const Corpus& corpus, const std::vector<std::size_t>& groups) {
  std::vector<bool> under = groups_under(corpus, groups);
  std::vector<bool> documents(corpus.documents.size(), false);
  for (std::size_t d = 0; d < documents.size(); ++d)
    documents[d] = is_under(corpus, corpus.documents[d], under);
  return documents;
}

GroupFilter::GroupFilter(const Corpus& corpus, const std::vector<std::string>& names)
    : corpus_(&corpus) {
  std::vector<std::size_t> declared;
  for (const std::string& name : names)
    if (std::size_t g = corpus.find_group(name); g != npos)
      declared.push_back(g);
    else
      undeclared_.push_back(fold_title(name));
  under_ = groups_under(corpus, declared);
}

bool GroupFilter::contains(const Document& document) const {
  if (is_under(*corpus_, document, under_)) return true;
  for (const std::string& folded : undeclared_)
    if (names_group(document, folded)) return true;
  return false;
}

}  // namespace stdgraph
