#include "deps_common.h"

#include <fmt/format.h>

#include "stdgraph/model/status.h"

namespace stdgraph::render {

using json = nlohmann::ordered_json;

std::string status_name(const Document& doc) {
  auto s = doc.status();
  return s ? std::string(to_string(*s)) : std::string();
}

std::string status_date(const Document& doc) {
  return status_as_of(doc, std::nullopt).date().to_string();
}

std::string status_text(const Document& doc) {
  std::string text = stdgraph::status_text(status_as_of(doc, std::nullopt));
  return text.empty() ? "-" : text;
}

std::string chain_text(const Corpus& corpus, const std::vector<DependencyStep>& steps) {
  if (steps.empty()) return "";
  std::string text = corpus.documents[steps.front().from].id;
  for (const auto& s : steps)
    text += fmt::format(" -{}-> {}", step_label(s), corpus.documents[s.to].id);
  return text;
}

std::string step_source(const Corpus& corpus, const DependencyStep& step) {
  if (!step.relation || step.owner == npos) return "";
  const Document& owner = corpus.documents[step.owner];
  const std::string& source = owner.relations[step.relation_index].source;
  return source.empty() ? owner.source : source;
}

json step_json(const Corpus& corpus, const DependencyStep& step) {
  json j = {{"from", corpus.documents[step.from].id},
            {"relation", step_label(step)},
            {"to", corpus.documents[step.to].id}};
  if (step.relation && step.owner != npos) {
    j["declared_by"] = corpus.documents[step.owner].id;
    // null when neither the relation nor its record names a source
    j["source"] = or_null(step_source(corpus, step));
  }
  return j;
}

json chain_json(const Corpus& corpus, const std::vector<DependencyStep>& steps) {
  json chain = json::array();
  for (const auto& s : steps) chain.push_back(step_json(corpus, s));
  return chain;
}

json or_null(const std::string& text) {
  return text.empty() ? json(nullptr) : json(text);
}

}  // namespace stdgraph::render
