// check and overlaps for scripts (shapes in docs/json.md) and overlaps for spreadsheets.
#include <fmt/format.h>

#include "stdgraph/model/bodies.h"
#include "stdgraph/model/status.h"
#include "stdgraph/render/csv.h"
#include "stdgraph/render/json.h"
#include "stdgraph/render/match.h"

namespace stdgraph {
namespace {

using json = nlohmann::ordered_json;

double round3(double x) {
  return std::round(x * 1000) / 1000;
}

json item_json(const Document& d) {
  json j;
  j["id"] = d.id;
  j["title"] = d.title();
  StatusAsOf state = status_as_of(d, std::nullopt);
  j["status"] = state.status ? json(std::string(to_string(*state.status))) : json(nullptr);
  j["date"] = state.event ? json(state.event->date.to_string()) : json(nullptr);
  if (state.target) j["target"] = state.target->target;
  j["body"] = body_of(d);
  j["group"] = d.group();
  j["question"] = d.question();
  j["groups"] = member_ids(d.groups);
  j["questions"] = member_ids(d.questions);
  return j;
}

json tie_json(const std::optional<Tie>& tie) {
  if (!tie) return nullptr;
  return {{"type", std::string(to_string(tie->type))}, {"editions", tie->editions}};
}

// `summary`: the why line the text output prints for it.
json why_json(const Corpus& corpus, const MatchEvidence& why, std::string summary) {
  json terms = json::array();
  for (const SharedTerm& t : why.terms)
    terms.push_back({{"term", t.surface}, {"weight", round3(t.weight)}});
  auto ids = [&](const std::vector<std::size_t>& docs) {
    json a = json::array();
    for (std::size_t d : docs) a.push_back(corpus.documents[d].id);
    return a;
  };
  json j;
  j["text"] = round3(why.text);
  j["name"] = round3(why.name);
  j["references"] = round3(why.references);
  j["question"] = round3(why.question);
  j["terms"] = std::move(terms);
  j["names"] = why.name > 0 ? json::array({why.name_a, why.name_b}) : json::array();
  j["shared_references"] = ids(why.shared_references);
  j["context"] = ids(why.context);
  j["summary"] = std::move(summary);
  return j;
}

}  // namespace

nlohmann::ordered_json to_json(const Corpus& corpus, const CheckReport& report) {
  json j;
  j["query"] = {{"title", report.query.title},
                {"group", report.query.group},
                {"question", report.query.question},
                {"names", report.query.names},
                {"body", report.query.body}};
  j["compared"] = report.compared;
  j["fail_above"] = report.fail_above ? json(*report.fail_above) : json(nullptr);
  json matches = json::array();
  std::size_t rank = 0;
  for (const Match& m : report.matches) {
    json item = item_json(corpus.documents[m.document]);
    json entry;
    entry["rank"] = ++rank;
    entry["score"] = round3(m.score);
    for (auto& [k, v] : item.items()) entry[k] = v;
    entry["across_bodies"] = m.across_bodies;
    entry["tie"] = tie_json(m.tie);
    entry["why"] = why_json(corpus, m.why, explain(corpus, report.query, m));
    matches.push_back(std::move(entry));
  }
  j["matches"] = std::move(matches);
  return j;
}

json pair_json(const Corpus& corpus, const OverlapPair& p) {
  json e;
  e["score"] = round3(p.score);
  e["a"] = item_json(corpus.documents[p.a]);
  e["b"] = item_json(corpus.documents[p.b]);
  e["tie"] = tie_json(p.tie);
  e["duplicate"] = p.duplicate;
  e["counterpart"] = p.counterpart;
  e["same_group"] = p.same_group;
  e["across_groups"] = p.across_groups;
  e["across_bodies"] = p.across_bodies;
  e["why"] = why_json(corpus, p.why, explain(corpus, p));
  return e;
}

// `text` indented by `by` more spaces on every line after the first.
std::string indented(const std::string& text, std::size_t by) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(by, ' ');
  }
  return out;
}

void write_json(std::ostream& out, const Corpus& corpus, const OverlapReport& report) {
  const OverlapResult& r = report.result;
  json head;
  head["compared"] = r.documents;
  head["min_score"] = report.options.min_score;
  head["pairs_new"] = r.found - r.tied;
  head["pairs_tied"] = r.tied;
  head["per_item"] = report.options.per_item;
  head["all_editions"] = report.options.all_editions;
  head["bodies"] = report.options.bodies;
  head["across_bodies"] = report.options.across_bodies;
  std::string text = json_text(head);
  text.erase(text.rfind('}'));
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  out << text << ",\n  \"pairs\": [";
  // Pair by pair, so that a catalogue's hundred thousand pairs are never one document in
  // memory; the text is what dumping the whole document would print.
  const char* sep = "\n    ";
  for (const OverlapPair& p : r.pairs) {
    out << sep << indented(json_text(pair_json(corpus, p)), 4);
    sep = ",\n    ";
  }
  out << (r.pairs.empty() ? "]" : "\n  ]");
  json clusters = json::array();
  for (const auto& c : r.clusters) {
    json ids = json::array();
    for (std::size_t d : c) ids.push_back(corpus.documents[d].id);
    clusters.push_back(std::move(ids));
  }
  out << ",\n  \"clusters\": " << indented(json_text(clusters), 2) << "\n}\n";
}

void write_csv(std::ostream& out, const Corpus& corpus, const OverlapReport& report) {
  write_csv_row(out, {"score", "a", "a_title", "a_body", "a_group", "a_question", "b", "b_title",
                      "b_body", "b_group", "b_question", "tie", "duplicate", "counterpart",
                      "same_group", "across_groups", "across_bodies", "why"});
  for (const OverlapPair& p : report.result.pairs) {
    const Document& a = corpus.documents[p.a];
    const Document& b = corpus.documents[p.b];
    std::string tie = !p.tie            ? ""
                      : p.tie->editions ? "editions"
                                        : std::string(to_string(p.tie->type));
    write_csv_row(
        out, {fmt::format("{:.3f}", p.score), a.id, a.title(), body_of(a), member_text(a.groups),
              member_text(a.questions), b.id, b.title(), body_of(b), member_text(b.groups),
              member_text(b.questions), tie, p.duplicate ? "yes" : "no",
              p.counterpart ? "yes" : "no", p.same_group ? "yes" : "no",
              p.across_groups ? "yes" : "no", p.across_bodies ? "yes" : "no", explain(corpus, p)});
  }
}

}  // namespace stdgraph
