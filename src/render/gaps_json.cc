// Gap reports for scripts; shapes in docs/json.md ("gaps", "counterparts", "ask").
#include "gaps_common.h"
#include "stdgraph/render/gaps.h"

namespace stdgraph {
namespace {

using json = nlohmann::ordered_json;

json evidence_json(const std::vector<Evidence>& list) {
  json out = json::array();
  for (const Evidence& e : list) {
    if (e.member)
      out.push_back({{"member", true}});
    else if (!e.group.empty())
      out.push_back({{"group", e.group}});
    else
      out.push_back({{"phrase", e.phrase}, {"field", to_string(e.field)}});
  }
  return out;
}

json item_json(const ReportItem& item) {
  const Document& d = *item.doc;
  json j = {
      {"id", d.id}, {"aliases", d.aliases}, {"kind", to_string(d.kind)}, {"title", d.title()}};
  j["status"] = item.state.status ? json(to_string(*item.state.status)) : json(nullptr);
  j["status_date"] = item.state.date.empty() ? json(nullptr) : json(item.state.date.to_string());
  j["status_source"] = item.state.source;
  if (!item.state.target.empty()) j["target"] = item.state.target;
  j["coverage"] = to_string(item.state.coverage);
  j["group"] = d.group();
  j["question"] = d.question();
  j["groups"] = member_ids(d.groups);
  j["questions"] = member_ids(d.questions);
  if (!d.scope.empty()) j["scope"] = d.scope;
  j["sources"] = item.sources;
  j["file"] = d.pos.file;
  j["line"] = d.pos.line;
  return j;
}

json header_json(const Date& date, bool as_of_given) {
  return {{"date", date.empty() ? json(nullptr) : json(date.to_string())},
          {"as_of_given", as_of_given}};
}

json match_json(const MatchEvidence& why, const Corpus* corpus) {
  json terms = json::array();
  for (const SharedTerm& t : why.terms)
    terms.push_back({{"term", t.surface}, {"weight", t.weight}});
  json refs = json::array();
  if (corpus)
    for (std::size_t d : why.shared_references) refs.push_back(corpus->documents[d].id);
  return {{"text", why.text},         {"name", why.name},      {"references", why.references},
          {"question", why.question}, {"shared_terms", terms}, {"shared_references", refs}};
}

}  // namespace

json to_json(const GapReport& r) {
  json j = {{"taxonomy",
             {{"name", r.taxonomy},
              {"source", r.taxonomy_source},
              {"file", r.taxonomy_file},
              {"aspects_file", r.aspects_file}}}};
  j.update(header_json(r.date, r.as_of_given));
  j["groups"] = r.groups;
  j["security_group"] = r.security_group;
  j["considered"] = r.considered;
  j["no_group"] = r.no_group;
  j["aspects"] = r.aspects;
  j["topics"] = json::array();
  for (std::size_t t = 0; t < r.topics.size(); ++t) {
    json cells = json::array();
    for (std::size_t a = 0; a < r.aspects.size(); ++a) {
      const GapCell& cell = r.cells[t][a];
      json ids = json::array();
      for (std::size_t i : cell.items) ids.push_back(r.items[i].doc->id);
      cells.push_back(
          {{"aspect", r.aspects[a]}, {"coverage", to_string(cell.coverage)}, {"items", ids}});
    }
    j["topics"].push_back({{"name", r.topics[t].name},
                           {"path", r.topics[t].path},
                           {"depth", r.topics[t].depth},
                           {"cells", cells}});
  }
  j["gaps"] = json::array();
  for (const Gap& g : r.gaps) {
    json ids = json::array();
    for (std::size_t i : g.not_counted) ids.push_back(r.items[i].doc->id);
    j["gaps"].push_back(
        {{"topic", r.topics[g.topic].path}, {"aspect", r.aspects[g.aspect]}, {"not_counted", ids}});
  }
  j["items"] = json::array();
  for (std::size_t i = 0; i < r.items.size(); ++i) {
    json item = item_json(r.items[i]);
    json topics = json::object(), aspects = json::object();
    for (std::size_t t = 0; t < r.topics.size(); ++t)
      if (!r.topic_evidence[i][t].empty())
        topics[r.topics[t].path] = evidence_json(r.topic_evidence[i][t]);
    for (std::size_t a = 0; a < r.aspects.size(); ++a)
      if (!r.aspect_evidence[i][a].empty())
        aspects[r.aspects[a]] = evidence_json(r.aspect_evidence[i][a]);
    item["topics"] = topics;
    item["aspects"] = aspects;
    j["items"].push_back(std::move(item));
  }
  return j;
}

json to_json(const CounterpartReport& r) {
  json j = {{"security_group", r.security_group}, {"taxonomies", r.taxonomies}};
  j.update(header_json(r.date, r.as_of_given));
  j["security_items"] = r.security_items;
  j["with_counterparts"] = r.with_counterparts;
  j["without_counterparts"] = r.entries.size() - r.with_counterparts;
  j["items"] = json::array();
  for (const CounterpartEntry& e : r.entries) {
    json item = item_json(r.items[e.item]);
    item["topics"] = e.topics;
    json links = json::array();
    for (const CounterpartLink& link : e.links) {
      json l = {{"item", item_json(r.items[link.item])},
                {"by", link.by_relation ? "relation" : "topic"}};
      if (link.by_relation) {
        l["relation"] = {{"type", to_string(link.relation)},
                         {"from", link.relation_from_subject ? r.items[e.item].doc->id
                                                             : r.items[link.item].doc->id},
                         {"source", link.relation_source}};
      } else {
        l["shared_topics"] = link.shared_topics;
        l["subject_evidence"] = evidence_json(link.subject_evidence);
        l["item_evidence"] = evidence_json(link.item_evidence);
      }
      l["score"] = link.score;
      l["why"] = match_json(link.why, r.corpus);
      l["explanation"] = render::link_text(r, e, link);
      links.push_back(std::move(l));
    }
    item["counterparts"] = std::move(links);
    j["items"].push_back(std::move(item));
  }
  return j;
}

json to_json(const AskAnswer& a) {
  json j = {{"subjects", a.subjects}, {"topics", a.topics}, {"aspects", a.aspects}};
  j.update(header_json(a.date, a.as_of_given));
  j["groups"] = a.groups;
  j["items"] = json::array();
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    json item = item_json(a.items[i]);
    item["why"] = {{"subject", evidence_json(a.subject_evidence[i])},
                   {"aspects", evidence_json(a.aspect_evidence[i])}};
    j["items"].push_back(std::move(item));
  }
  return j;
}

}  // namespace stdgraph
