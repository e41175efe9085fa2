#include "export_graph.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <nlohmann/json.hpp>

#include "stdgraph/model/ids.h"
#include "stdgraph/model/status.h"

namespace stdgraph::render {
namespace {

using json = nlohmann::ordered_json;

std::string compact_json(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string title_key(const std::string& language) {
  std::string name = "title_";
  for (char c : language)
    name += std::isalnum(static_cast<unsigned char>(c))
                ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
                : '_';
  return name;
}

// Attributes of one item, with the strings they need kept alive until the visit returns.
struct Builder {
  std::vector<Attr> attrs;
  std::vector<std::string> owned;

  Builder() { owned.reserve(16); }  // views into owned stay valid: no reallocation below 16
  void clear() {
    attrs.clear();
    owned.clear();
  }
  void text(std::string_view name, std::string_view value) {
    if (!value.empty()) attrs.push_back({name, AttrType::string, value});
  }
  void own(std::string_view name, std::string value, AttrType type = AttrType::string) {
    if (value.empty()) return;
    owned.push_back(std::move(value));
    attrs.push_back({name, type, owned.back()});
  }
  void number(std::string_view name, long long value) {
    attrs.push_back({name, AttrType::integer, {}, value});
  }
  void flag(std::string_view name, bool value) {
    attrs.push_back({name, AttrType::boolean, {}, 0, value});
  }
  void list(std::string_view name, const std::vector<std::string>& values) {
    if (!values.empty()) own(name, compact_json(values), AttrType::json);
  }
};

void document_attributes(Builder& b, const Corpus& corpus, std::size_t d,
                         std::vector<std::string>& title_keys) {
  const Document& doc = corpus.documents[d];
  b.text("label", doc.id);
  b.text("node_type", "document");
  b.text("kind", to_string(doc.kind));
  b.text("title", doc.title());
  title_keys.clear();
  for (const auto& [language, title] : doc.titles)
    if (&title != &doc.title()) title_keys.push_back(title_key(language));
  std::size_t k = 0;
  for (const auto& [language, title] : doc.titles)
    if (&title != &doc.title()) b.text(title_keys[k++], title);
  b.list("aliases", doc.aliases);
  StatusAsOf state = status_as_of(doc, std::nullopt);
  if (state.status) {
    b.text("status", to_string(*state.status));
    if (state.event) b.own("status_date", state.event->date.to_string());
  }
  if (state.target) b.text("target", state.target->target);
  b.text("group", doc.group());
  b.text("group_inferred_from", doc.group_inferred_from);
  b.text("question", doc.question());
  b.list("groups", member_ids(doc.groups));  // every one, for an item under several
  b.list("questions", member_ids(doc.questions));
  if (doc.process) b.text("process", to_string(*doc.process));
  b.flag("referenced", doc.referenced);
  b.flag("implied", doc.implied);
  b.text("scope", doc.scope);
  b.list("keywords", doc.keywords);
  if (auto editions = corpus.editions(d); !editions.empty()) {
    b.own("edition", edition_key(doc.id).edition.to_string());
    b.text("newest_edition", corpus.documents[editions.back()].id);
  } else if (!doc.editions.empty()) {  // catalogue editions joined into a work-programme record
    std::vector<std::string> ids;
    for (const Edition& e : doc.editions) ids.push_back(e.id);
    b.list("editions", ids);
    b.text("newest_edition", doc.editions.back().id);
  }
  b.text("number", doc.number);
  if (!doc.number.empty()) {
    b.text("number_source", doc.number_source);
    b.flag("number_inferred", doc.number_inferred);
  }
  b.text("record_source", doc.source);
  b.text("file", doc.pos.file);
  if (doc.pos.line > 0) b.number("line", doc.pos.line);
  if (!doc.history.empty()) {
    json history = json::array();
    for (const auto& e : doc.history) {
      json event = {
          {"date", e.date.to_string()}, {"status", to_string(e.status)}, {"source", e.source}};
      if (!e.note.empty()) event["note"] = e.note;
      if (e.process) event["process"] = to_string(*e.process);
      if (!e.target.empty()) event["target"] = e.target;
      if (!e.field_sources.empty()) event["sources"] = e.field_sources;
      history.push_back(std::move(event));
    }
    b.own("history", compact_json(history), AttrType::json);
  }
}

void group_attributes(Builder& b, const Group& g) {
  b.text("label", g.id);
  b.text("node_type", "group");
  b.text("kind", to_string(g.kind));
  b.text("name", g.name);
  b.text("parent", g.parent);
  b.list("members", g.members);
  b.flag("implied", g.implied);
  b.text("record_source", g.source);
  if (!g.field_sources.empty())
    b.own("field_sources", compact_json(json(g.field_sources)), AttrType::json);
  b.text("file", g.pos.file);
  if (g.pos.line > 0) b.number("line", g.pos.line);
}

// A relation edge names the record that declared it, the target as that record wrote it
// and where the statement comes from (the relation's own source, else its record's), so
// that a reader of the export can trace every edge back to a line of input. All views:
// no string is built per edge.
void edge_attributes(Builder& b, const Corpus& corpus, const Edge& e) {
  switch (e.kind) {
    case EdgeKind::relation: {
      const Document& owner = corpus.documents[e.owner];
      const Relation& r = owner.relations[e.relation];
      b.text("label", to_string(e.type));
      b.text("edge_type", "relation");
      b.text("relation", to_string(e.type));
      b.text("original_type", r.original_type);
      b.text("declared_by", owner.id);
      b.text("target_as_written", r.target);
      b.flag("reversed", r.reversed);
      b.text("record_source", r.source.empty() ? owner.source : r.source);
      b.text("note", r.note);
      break;
    }
    case EdgeKind::responsible:
      b.text("label", "responsible");
      b.text("edge_type", "responsible");
      break;
    case EdgeKind::parent:
      b.text("label", "parent");
      b.text("edge_type", "parent");
      break;
  }
}

}  // namespace

const std::vector<AttrName>& node_attribute_names() {
  using enum AttrType;
  static const std::vector<AttrName> names = {
      {"label", string},         {"node_type", string},
      {"kind", string},          {"title", string},
      {"aliases", json},         {"status", string},
      {"status_date", string},   {"target", string},
      {"group", string},         {"group_inferred_from", string},
      {"editions", json},        {"number", string},
      {"number_source", string}, {"number_inferred", boolean},
      {"question", string},      {"process", string},
      {"referenced", boolean},   {"implied", boolean},
      {"scope", string},         {"keywords", json},
      {"edition", string},       {"newest_edition", string},
      {"name", string},          {"parent", string},
      {"members", json},         {"record_source", string},
      {"file", string},          {"line", integer},
      {"history", json},         {"groups", json},
      {"questions", json},       {"field_sources", json},
  };
  return names;
}

const std::vector<AttrName>& edge_attribute_names() {
  using enum AttrType;
  static const std::vector<AttrName> names = {
      {"label", string},         {"edge_type", string},     {"relation", string},
      {"original_type", string}, {"declared_by", string},   {"target_as_written", string},
      {"reversed", boolean},     {"record_source", string}, {"note", string},
  };
  return names;
}

std::vector<std::string> node_title_languages(const Corpus& corpus, const Graph& graph,
                                              const ExportSelection& selection) {
  std::set<std::string> keys;
  for (std::size_t d = 0; d < graph.document_count(); ++d) {
    if (!selection.nodes[d]) continue;
    const Document& doc = corpus.documents[d];
    for (const auto& [language, title] : doc.titles)
      if (&title != &doc.title()) keys.insert(title_key(language));
  }
  return {keys.begin(), keys.end()};
}

namespace {

json sources_json(const std::string& source, const FieldSources& fields) {
  json out = {{"source", source}};
  if (!fields.empty()) out["sources"] = fields;
  return out;
}

json place_json(const SourcePos& pos) {
  json out = {{"file", pos.file}};
  if (pos.line > 0) out["line"] = pos.line;
  return out;
}

}  // namespace

bool ExportWalk::everything() const {
  return std::all_of(selection.nodes.begin(), selection.nodes.end(),
                     [](bool kept) { return kept; });
}

bool ExportWalk::keeps_document(std::string_view name) const {
  std::size_t d = corpus.find_document(name);
  return d != npos && selection.nodes[d];
}

void ExportWalk::liaisons(const std::function<void(std::string_view)>& visit) const {
  for (const Liaison& l : corpus.liaisons) {
    bool kept = l.about.empty() ? everything()
                                : std::any_of(l.about.begin(), l.about.end(),
                                              [&](auto& d) { return keeps_document(d); });
    if (!kept) continue;
    json out = {{"id", l.id},      {"title", l.title}, {"date", l.date.to_string()},
                {"from", l.from},  {"to", l.to},       {"replies_to", l.replies_to},
                {"about", l.about}};
    if (l.action) out["action"] = to_string(*l.action);
    if (!l.deadline.empty()) out["deadline"] = l.deadline.to_string();
    out.update(sources_json(l.source, l.field_sources));
    out.update(place_json(l.pos));
    visit(compact_json(out));
  }
}

void ExportWalk::meetings(const std::function<void(std::string_view)>& visit) const {
  for (const Meeting& m : corpus.meetings) {
    bool kept = m.agenda.empty() ? everything()
                                 : std::any_of(m.agenda.begin(), m.agenda.end(),
                                               [&](auto& a) { return keeps_document(a.item); });
    if (!kept) continue;
    json out = {{"id", m.id},
                {"group", m.group},
                {"start", m.start.to_string()},
                {"end", m.end.to_string()},
                {"place", m.place}};
    if (!m.time_zone.empty()) out["time_zone"] = m.time_zone;
    json sessions = json::array();
    for (const MeetingSession& s : m.sessions) {
      json session = {{"date", s.date.to_string()}, {"start", s.start}, {"end", s.end}};
      if (!s.source.empty()) session["source"] = s.source;
      sessions.push_back(std::move(session));
    }
    out["sessions"] = std::move(sessions);
    json deadlines = json::array();
    for (const Deadline& d : m.deadlines) {
      json deadline = {{"date", d.date.to_string()}, {"what", d.what}};
      if (!d.source.empty()) deadline["source"] = d.source;
      deadlines.push_back(std::move(deadline));
    }
    out["deadlines"] = std::move(deadlines);
    json agenda = json::array();
    for (const AgendaItem& a : m.agenda) {
      json entry = {{"item", a.item}, {"action", to_string(a.action)}};
      if (!a.condition.empty()) entry["condition"] = a.condition;
      entry["source"] = a.source;
      agenda.push_back(std::move(entry));
    }
    out["agenda"] = std::move(agenda);
    out.update(sources_json(m.source, m.field_sources));
    out.update(place_json(m.pos));
    visit(compact_json(out));
  }
}

std::string ExportWalk::node_id(std::size_t node) const {
  if (graph.is_document(node)) return corpus.documents[node].id;
  return "group:" + corpus.groups[node - graph.document_count()].id;
}

void ExportWalk::nodes(
    const std::function<void(std::size_t node, std::span<const Attr>)>& visit) const {
  Builder b;
  std::vector<std::string> title_keys;
  for (std::size_t node = 0; node < graph.node_count(); ++node) {
    if (!selection.nodes[node]) continue;
    b.clear();
    if (graph.is_document(node))
      document_attributes(b, corpus, node, title_keys);
    else
      group_attributes(b, corpus.groups[node - graph.document_count()]);
    visit(node, b.attrs);
  }
}

void ExportWalk::edges(
    const std::function<void(std::size_t from, std::size_t to, std::size_t number,
                             std::span<const Attr>)>& visit) const {
  Builder b;
  std::size_t number = 0;
  for (std::size_t node = 0; node < graph.node_count(); ++node) {
    if (!selection.nodes[node]) continue;
    for (const Edge& e : graph.out_edges(node)) {
      if (!selection.nodes[e.to]) continue;
      b.clear();
      edge_attributes(b, corpus, e);
      visit(e.from, e.to, number++, b.attrs);
    }
  }
}

}  // namespace stdgraph::render
