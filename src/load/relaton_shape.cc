#include "relaton_shape.h"

#include <cstring>

namespace stdgraph {
namespace {

using G = RelatonGeneration;

// One row per generation of the Relaton YAML; data/README.md shows the same table.
constexpr GenerationTable kGenerations[] = {
    {G::v1_5,
     "Relaton v1.5 (docidentifier)",
     "docidentifier",
     "content",
     "at",
     "source",
     {"status", "stage"},
     {"ext", "doctype"},
     {"ext", "doctype", "abbreviation"},
     {"ext", "editorialgroup"},
     {"ext", "ics"}},
    {G::v1_2,
     "Relaton v1.2 (docid)",
     "docid",
     "id",
     "value",
     "link",
     {"docstatus", "stage"},
     {"ext", "doctype"},
     {"ext", "doctype", "abbreviation"},
     {"ext", "editorialgroup"},
     {"ext", "ics"}},
    {G::legacy,
     "Relaton before schema versions (docid, no schema-version)",
     "docid",
     "id",
     "value",
     "link",
     {"docstatus", "stage"},
     {"doctype"},
     {"doctype", "abbreviation"},
     {"editorialgroup"},
     {"ics"}},
};

// Keys only Relaton bibliographic records have at their top level (native record files have
// documents, groups, liaisons, meetings, events, links).
constexpr std::string_view kRelatonMarkers[] = {
    "schema-version", "schema_version", "docnumber",    "fetched",   "bibdata",
    "bibitem",        "docstatus",      "formattedref", "copyright", "contributor",
};
constexpr std::string_view kNativeKeys[] = {"documents", "groups", "liaisons",
                                            "meetings",  "events", "links"};

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// The value after "key:" on the same line, trimmed and unquoted.
std::string value_after(std::string_view line, std::size_t colon) {
  std::string_view v = line.substr(colon + 1);
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\r' || v.back() == '\t'))
    v.remove_suffix(1);
  if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front())
    v = v.substr(1, v.size() - 2);
  return std::string(v.substr(0, 40));
}

}  // namespace

RelatonShape relaton_shape(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte order mark
  bool docidentifier = false, docid = false, native = false;
  RelatonShape shape;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    std::size_t k = 0;
    while (k < line.size() && is_key_char(line[k])) ++k;
    if (k == 0 || k >= line.size() || line[k] != ':') continue;
    std::string_view key = line.substr(0, k);
    if (key == "docidentifier") docidentifier = true;
    if (key == "docid") docid = true;
    if (key == "schema-version" || key == "schema_version")
      shape.schema_version = value_after(line, k);
    for (std::string_view m : kRelatonMarkers)
      if (key == m && shape.marker.empty()) shape.marker = std::string(m);
    for (std::string_view n : kNativeKeys)
      if (key == n) native = true;
  }
  if (docidentifier)
    shape.generation = G::v1_5;
  else if (docid)
    shape.generation = shape.schema_version.empty() ? G::legacy : G::v1_2;
  else if (!native && !shape.marker.empty())
    shape.generation = G::unknown;
  return shape;
}

const GenerationTable& generation_table(RelatonGeneration generation) {
  for (const auto& row : kGenerations)
    if (row.generation == generation) return row;
  return kGenerations[0];
}

}  // namespace stdgraph
