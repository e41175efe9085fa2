#include "export_graph.h"

#include <cctype>

#include "stdgraph/ids.h"

namespace stdgraph::render {
namespace {

using json = nlohmann::ordered_json;

void put(json& attributes, const char* name, const std::string& value) {
  if (!value.empty()) attributes[name] = value;
}

void put(json& attributes, const char* name, const std::vector<std::string>& values) {
  if (!values.empty()) attributes[name] = values;
}

json document_attributes(const Corpus& corpus, std::size_t d) {
  const Document& doc = corpus.documents[d];
  json a = json::object();
  a["label"] = doc.id;
  a["node_type"] = "document";
  a["kind"] = to_string(doc.kind);
  put(a, "title", doc.title());
  for (const auto& [language, title] : doc.titles) {
    if (title == doc.title()) continue;
    std::string name = "title_";
    for (char c : language)
      name +=
          std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
    a[name] = title;
  }
  put(a, "aliases", doc.aliases);
  if (auto status = doc.status()) {
    a["status"] = to_string(*status);
    if (const StatusEvent* e = doc.latest(); e && e->status == *status)
      a["status_date"] = e->date.to_string();
  }
  put(a, "group", doc.group);
  put(a, "question", doc.question);
  if (doc.process) a["process"] = to_string(*doc.process);
  a["referenced"] = doc.referenced;
  a["implied"] = doc.implied;
  put(a, "scope", doc.scope);
  put(a, "keywords", doc.keywords);
  auto editions = corpus.editions(d);
  if (!editions.empty()) {
    a["edition"] = edition_key(doc.id).edition.to_string();
    a["newest_edition"] = corpus.documents[editions.back()].id;
  }
  put(a, "record_source", doc.source);
  put(a, "file", doc.pos.file);
  if (doc.pos.line > 0) a["line"] = doc.pos.line;
  if (!doc.history.empty()) {
    json history = json::array();
    for (const auto& e : doc.history) {
      json event = {
          {"date", e.date.to_string()}, {"status", to_string(e.status)}, {"source", e.source}};
      if (!e.note.empty()) event["note"] = e.note;
      if (e.process) event["process"] = to_string(*e.process);
      if (!e.target.empty()) event["target"] = e.target;
      history.push_back(std::move(event));
    }
    a["history"] = std::move(history);
  }
  return a;
}

json group_attributes(const Group& g) {
  json a = json::object();
  a["label"] = g.id;
  a["node_type"] = "group";
  a["kind"] = to_string(g.kind);
  put(a, "name", g.name);
  put(a, "parent", g.parent);
  put(a, "members", g.members);
  a["implied"] = g.implied;
  put(a, "record_source", g.source);
  put(a, "file", g.pos.file);
  if (g.pos.line > 0) a["line"] = g.pos.line;
  return a;
}

json edge_attributes(const Corpus& corpus, const Edge& e) {
  json a = json::object();
  switch (e.kind) {
    case EdgeKind::relation: {
      const Document& owner = corpus.documents[e.owner];
      const Relation& r = owner.relations[e.relation];
      a["label"] = to_string(e.type);
      a["edge_type"] = "relation";
      a["relation"] = to_string(e.type);
      put(a, "original_type", r.original_type);
      a["declared_by"] = owner.id;
      a["target_as_written"] = r.target;
      a["reversed"] = r.reversed;
      put(a, "record_source", r.source.empty() ? owner.source : r.source);
      put(a, "note", r.note);
      break;
    }
    case EdgeKind::responsible:
      a["label"] = "responsible";
      a["edge_type"] = "responsible";
      break;
    case EdgeKind::parent:
      a["label"] = "parent";
      a["edge_type"] = "parent";
      break;
  }
  return a;
}

}  // namespace

ExportGraph export_graph(const Corpus& corpus, const Graph& graph,
                         const ExportSelection& selection) {
  ExportGraph out;
  std::vector<std::size_t> place(graph.node_count(), npos);
  for (std::size_t node = 0; node < graph.node_count(); ++node) {
    if (!selection.nodes[node]) continue;
    place[node] = out.nodes.size();
    if (graph.is_document(node)) {
      out.nodes.push_back({corpus.documents[node].id, document_attributes(corpus, node)});
    } else {
      const Group& g = corpus.groups[node - graph.document_count()];
      out.nodes.push_back({"group:" + g.id, group_attributes(g)});
    }
  }
  for (std::size_t node = 0; node < graph.node_count(); ++node) {
    if (place[node] == npos) continue;
    for (const Edge& e : graph.out_edges(node))
      if (place[e.to] != npos)
        out.edges.push_back({place[node], place[e.to], edge_attributes(corpus, e)});
  }
  return out;
}

std::string as_text(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace stdgraph::render
