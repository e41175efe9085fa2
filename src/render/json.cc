#include "stdgraph/render/json.h"

#include "stdgraph/model/bodies.h"

namespace stdgraph {
namespace {

using json = nlohmann::ordered_json;

json event_json(const StatusEvent& e) {
  json j = {{"date", e.date.to_string()}, {"status", to_string(e.status)}, {"source", e.source}};
  if (!e.note.empty()) j["note"] = e.note;
  if (e.process) j["process"] = to_string(*e.process);
  if (!e.target.empty()) j["target"] = e.target;
  return j;
}

json relation_json(const RelationView& r) {
  json j = {{"type", to_string(r.type)}, {"item", r.other}, {"resolved", r.resolved}};
  if (!r.source.empty()) j["source"] = r.source;
  if (!r.note.empty()) j["note"] = r.note;
  if (!r.original_type.empty()) j["original_type"] = r.original_type;
  return j;
}

}  // namespace

json to_json(const std::vector<Diagnostic>& diagnostics) {
  json items = json::array();
  std::size_t errors = 0;
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::error) ++errors;
    items.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                     {"file", d.pos.file},
                     {"line", d.pos.line},
                     {"column", d.pos.column},
                     {"code", d.code},
                     {"message", d.message},
                     {"hint", d.hint}});
  }
  return {{"errors", errors}, {"warnings", diagnostics.size() - errors}, {"diagnostics", items}};
}

json to_json(const DocumentView& view) {
  const Document& d = *view.doc;
  json j = {{"id", d.id},         {"aliases", d.aliases}, {"kind", to_string(d.kind)},
            {"body", body_of(d)}, {"title", d.titles},    {"referenced", d.referenced}};
  if (!d.doctype.empty()) j["type"] = d.doctype;
  if (!d.version.empty()) j["version"] = d.version;
  if (!d.web_links.empty()) {
    json links = json::array();
    for (const auto& l : d.web_links) links.push_back({{"type", l.type}, {"url", l.url}});
    j["links"] = std::move(links);
  }
  if (!d.ics.empty()) {
    json classes = json::array();
    for (const auto& c : d.ics) classes.push_back({{"code", c.code}, {"text", c.text}});
    j["ics"] = std::move(classes);
  }
  if (!d.scope.empty()) j["scope"] = d.scope;
  if (!d.keywords.empty()) j["keywords"] = d.keywords;
  if (!d.group().empty()) {
    j["group"] = {{"id", d.group()}, {"name", view.group_name}};
    if (!d.group_inferred_from.empty()) j["group"]["inferred_from"] = d.group_inferred_from;
  }
  if (!d.question().empty()) j["question"] = {{"id", d.question()}, {"name", view.question_name}};
  // Every statement, with its source: a joint item (or sources that disagree) has several.
  for (auto [key, list] :
       {std::pair{"groups", &view.groups}, std::pair{"questions", &view.questions}}) {
    json members = json::array();
    for (const auto& m : *list)
      members.push_back({{"id", m.id}, {"name", m.name}, {"source", m.source}});
    if (!list->empty()) j[key] = std::move(members);
  }
  if (d.process) j["process"] = to_string(*d.process);
  if (const auto& st = view.status; st.status) {
    j["status"] = to_string(*st.status);
    j["status_date"] = st.event ? json(st.event->date.to_string()) : json(nullptr);
    j["status_source"] = st.event ? json(st.event->source) : json(nullptr);
  }
  if (const StatusEvent* t = view.status.target)
    j["target"] = t->target, j["target_source"] = t->source;
  if (!d.source.empty()) j["source"] = d.source;
  j["file"] = d.pos.file;
  j["line"] = d.pos.line;
  j["history"] = json::array();
  for (const auto& e : d.history) j["history"].push_back(event_json(e));
  j["relations_out"] = json::array();
  for (const auto& r : view.outgoing) j["relations_out"].push_back(relation_json(r));
  j["relations_in"] = json::array();
  for (const auto& r : view.incoming) j["relations_in"].push_back(relation_json(r));
  j["editions"] = view.editions;
  if (!d.number.empty())
    j["number"] = {
        {"number", d.number}, {"source", d.number_source}, {"inferred", d.number_inferred}};
  if (!d.editions.empty()) {
    j["catalogue_editions"] = json::array();
    for (const Edition& e : d.editions)
      j["catalogue_editions"].push_back({{"id", e.id},
                                         {"date", e.date.to_string()},
                                         {"title", e.title},
                                         {"source", e.source},
                                         {"file", e.pos.file},
                                         {"line", e.pos.line}});
  }
  j["agenda"] = json::array();
  for (const auto& a : view.agenda)
    j["agenda"].push_back({{"meeting", a.meeting},
                           {"date", a.date.to_string()},
                           {"action", to_string(a.action)},
                           {"source", a.source}});
  j["liaisons"] = view.liaisons;
  return j;
}

json to_json(const Stats& s) {
  return {{"documents", s.documents},
          {"referenced", s.referenced},
          {"groups", s.groups},
          {"liaisons", s.liaisons},
          {"meetings", s.meetings},
          {"events", s.events},
          {"relations", s.relations},
          {"unresolved_relations", s.unresolved_relations},
          {"resolved_share", s.relations == 0 ? 1.0
                                              : 1.0 - static_cast<double>(s.unresolved_relations) /
                                                          static_cast<double>(s.relations)},
          {"files", s.files},
          {"by_kind", s.by_kind},
          {"by_body", s.by_body},
          {"works_by_body", s.works_by_body},
          {"by_group", s.by_group},
          {"by_question", s.by_question},
          {"by_status", s.by_status},
          {"by_relation_type", s.by_relation_type},
          {"by_group_kind", s.by_group_kind},
          {"rows_by_table", s.rows_by_table}};
}

std::string json_text(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string json_text(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace stdgraph
