// Taxonomies against a corpus: finding the shipped files, resolving members, walking the topic
// tree, and the phrase rule of taxonomy.h that every gap report matches with.
#include "stdgraph/analysis/taxonomy.h"

#include <algorithm>

#include <fmt/format.h>

#include "stdgraph/analysis/describe.h"

namespace stdgraph {
namespace {

bool is_concept(const std::string& key) {
  return !key.empty() && key[0] == '=';
}

// True when `needle` occurs as a contiguous run in `hay`.
bool contains_run(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

void split_keys(std::vector<std::string> keys, std::vector<std::string>& words,
                std::vector<std::string>& concepts) {
  for (std::string& k : keys) (is_concept(k) ? concepts : words).push_back(std::move(k));
}

void flatten_into(const std::vector<Topic>& topics, const Topic* parent, int depth,
                  const std::string& prefix, std::vector<TopicRef>& out) {
  for (const Topic& t : topics) {
    std::string path = prefix.empty() ? t.name : fmt::format("{} > {}", prefix, t.name);
    out.push_back({&t, parent, depth, path});
    flatten_into(t.topics, &t, depth + 1, path, out);
  }
}

void resolve_in(std::vector<Topic>& topics, const Corpus& corpus, Diagnostics& diags,
                Severity unknown) {
  for (Topic& t : topics) {
    t.member_items.clear();
    for (std::size_t m = 0; m < t.members.size(); ++m) {
      LookupResult found = lookup(corpus, t.members[m]);
      if (found.document != npos) {
        t.member_items.push_back(found.document);
        continue;
      }
      std::string hint = found.suggestions.empty()
                             ? std::string(
                                   "write any name of an item of the records (stdgraph "
                                   "show NAME finds it), or remove the member")
                             : fmt::format("did you mean {}?", fmt::join(found.suggestions, ", "));
      diags.add({unknown, m < t.member_pos.size() ? t.member_pos[m] : t.pos, "unknown-item",
                 fmt::format("member `{}` of topic `{}` names no item", t.members[m], t.name),
                 hint});
    }
    resolve_in(t.topics, corpus, diags, unknown);
  }
}

}  // namespace

std::string_view to_string(TextField field) {
  switch (field) {
    case TextField::title:
      return "title";
    case TextField::scope:
      return "scope";
    case TextField::keywords:
      return "keywords";
  }
  return "title";
}

namespace {

// Keys for each phrase; one left with none is reported and dropped.
std::vector<TaxonomyPhrase> prepared(std::vector<TaxonomyPhrase> phrases, const Analyzer& analyzer,
                                     Diagnostics& diags) {
  std::vector<TaxonomyPhrase> out;
  for (TaxonomyPhrase& p : phrases) {
    p.keys = analyzer.phrase(p.text);
    if (p.keys.empty()) {
      diags.error(p.pos, "empty-phrase",
                  fmt::format("`{}` has no word that can match: it is only stop words", p.text),
                  "write the subject's own words (stop words such as `of`, `the`, "
                  "`recommendation` are ignored in matching)");
      continue;
    }
    out.push_back(std::move(p));
  }
  return out;
}

void prepare_topics(std::vector<Topic>& topics, const Analyzer& analyzer, Diagnostics& diags) {
  for (Topic& t : topics) {
    t.terms = prepared(std::move(t.terms), analyzer, diags);
    prepare_topics(t.topics, analyzer, diags);
  }
}

}  // namespace

void prepare_aspects(std::vector<Aspect>& aspects, const Analyzer& analyzer, Diagnostics& diags) {
  for (Aspect& a : aspects) a.cues = prepared(std::move(a.cues), analyzer, diags);
}

void prepare_taxonomy(Taxonomy& taxonomy, const Analyzer& analyzer, Diagnostics& diags) {
  prepare_topics(taxonomy.topics, analyzer, diags);
  prepare_aspects(taxonomy.aspects, analyzer, diags);
}

void resolve_members(Taxonomy& taxonomy, const Corpus& corpus, Diagnostics& diags,
                     Severity unknown) {
  resolve_in(taxonomy.topics, corpus, diags, unknown);
}

std::vector<TopicRef> flatten(const Taxonomy& taxonomy) {
  std::vector<TopicRef> out;
  flatten_into(taxonomy.topics, nullptr, 0, "", out);
  return out;
}

ItemText analyse_item(const Document& document, const Analyzer& analyzer) {
  ItemText item;
  auto add = [&](TextField field, std::string_view text) {
    if (text.empty()) return;
    ItemText::Part part;
    part.field = field;
    split_keys(analyzer.phrase(text), part.words, part.concepts);
    item.parts.push_back(std::move(part));
  };
  add(TextField::title, document.title());
  add(TextField::scope, document.scope);
  for (const std::string& k : document.keywords) add(TextField::keywords, k);
  return item;
}

std::optional<TextField> find_phrase(const ItemText& item, const TaxonomyPhrase& phrase) {
  std::vector<std::string> words, concepts;
  split_keys(phrase.keys, words, concepts);
  for (const ItemText::Part& part : item.parts) {
    if (words.empty() ? contains_run(part.concepts, concepts) : contains_run(part.words, words))
      return part.field;
  }
  return std::nullopt;
}

}  // namespace stdgraph
