#include "record_codec.h"

#include "stdgraph/load/cache.h"

namespace stdgraph::cache {
namespace {

template <typename E>
E enum_from(std::uint8_t v) {
  if (v >= enum_names<E>().size()) throw Corrupt{};
  return static_cast<E>(v);
}

// A place is its line and column; the file is known from what holds it.
void put(Writer& w, const LinePos& p) {
  w.i32(p.line);
  w.i32(p.column);
}
void put(Writer& w, const SourcePos& p) {
  put(w, LinePos(p));
}
LinePos get_line_pos(Reader& r) {
  LinePos p;
  p.line = r.i32();
  p.column = r.i32();
  return p;
}
SourcePos get_pos(Reader& r, const std::string& file) {
  LinePos p = get_line_pos(r);
  return {file, p.line, p.column};
}
void put(Writer& w, const Date& d) {
  w.i32(d.year);
  w.u8(static_cast<std::uint8_t>(d.month));
  w.u8(static_cast<std::uint8_t>(d.day));
}
Date get_date(Reader& r) {
  Date d;
  d.year = r.i32();
  d.month = r.u8();
  d.day = r.u8();
  if (d.month > 12 || d.day > 31) throw Corrupt{};
  return d;
}
void put(Writer& w, const FieldSources& sources) {
  w.u32(static_cast<std::uint32_t>(sources.size()));
  for (const auto& [field, source] : sources) {
    w.str(field);
    w.str(source);
  }
}
FieldSources get_field_sources(Reader& r) {
  FieldSources out;
  for (std::uint32_t n = r.count(8); n > 0; --n) {
    std::string field(r.str());
    out[field] = r.str();
  }
  return out;
}

void put(Writer& w, const StatusEvent& e) {
  put(w, e.date);
  w.u8(static_cast<std::uint8_t>(e.status));
  w.str(e.source);
  w.str(e.note);
  w.u8(e.process ? static_cast<std::uint8_t>(*e.process) + 1 : 0);
  w.str(e.target);
  put(w, e.field_sources);
  put(w, e.pos);
}
StatusEvent get_event(Reader& r, const std::string& file) {
  StatusEvent e;
  e.date = get_date(r);
  e.status = enum_from<Status>(r.u8());
  e.source = r.str();
  e.note = r.str();
  if (std::uint8_t p = r.u8()) e.process = enum_from<Process>(p - 1);
  e.target = r.str();
  e.field_sources = get_field_sources(r);
  e.pos = get_pos(r, file);
  return e;
}

// A membership's file is written only where it differs from its document's (a detached event
// in another file added it): a catalogue's 16,000 groups cost no file names.
void put(Writer& w, const std::vector<Membership>& members, const std::string& file) {
  w.u32(static_cast<std::uint32_t>(members.size()));
  for (const Membership& m : members) {
    w.str(m.id);
    w.str(m.source);
    w.str(m.pos.file == file ? std::string_view() : std::string_view(m.pos.file));
    put(w, m.pos);
  }
}
std::vector<Membership> get_memberships(Reader& r, const std::string& file) {
  std::vector<Membership> members(r.count(20));
  for (Membership& m : members) {
    m.id = r.str();
    m.source = r.str();
    std::string own(r.str());
    m.pos = get_pos(r, own.empty() ? file : own);
  }
  return members;
}

}  // namespace

void put(Writer& w, const std::vector<std::string>& v) {
  w.u32(static_cast<std::uint32_t>(v.size()));
  for (const auto& s : v) w.str(s);
}
std::vector<std::string> get_strings(Reader& r) {
  std::vector<std::string> v(r.count(4));
  for (auto& s : v) s.assign(r.str());
  return v;
}

void put(Writer& w, const Document& d, bool with_keys) {
  w.str(d.id);
  put(w, d.aliases);
  w.u8(static_cast<std::uint8_t>(d.kind));
  w.str(d.body);
  w.str(d.doctype);
  w.str(d.version);
  w.u32(static_cast<std::uint32_t>(d.web_links.size()));
  for (const auto& l : d.web_links) {
    w.str(l.type);
    w.str(l.url);
  }
  w.u32(static_cast<std::uint32_t>(d.ics.size()));
  for (const auto& c : d.ics) {
    w.str(c.code);
    w.str(c.text);
  }
  w.u32(static_cast<std::uint32_t>(d.titles.size()));
  for (const auto& [lang, title] : d.titles) {
    w.str(lang);
    w.str(title);
  }
  w.str(d.scope);
  put(w, d.keywords);
  put(w, d.groups, d.pos.file);
  put(w, d.questions, d.pos.file);
  w.str(d.group_inferred_from);
  w.u8(d.process ? static_cast<std::uint8_t>(*d.process) + 1 : 0);
  w.u32(static_cast<std::uint32_t>(d.history.size()));
  for (const auto& e : d.history) put(w, e);
  w.u32(static_cast<std::uint32_t>(d.relations.size()));
  for (const auto& rel : d.relations) {
    w.u8(static_cast<std::uint8_t>(rel.type));
    w.str(rel.target);
    w.str(rel.source);
    w.str(rel.note);
    w.str(rel.original_type);
    w.str(with_keys ? std::string_view(rel.target_key) : std::string_view());
    w.u8(rel.reversed ? 1 : 0);
    put(w, rel.pos);
  }
  w.str(d.source);
  w.u8(static_cast<std::uint8_t>((d.referenced ? 1 : 0) | (d.implied ? 2 : 0) |
                                 (d.catalogue ? 4 : 0) | (d.number_inferred ? 8 : 0)));
  w.u8(d.stage ? static_cast<std::uint8_t>(*d.stage) + 1 : 0);
  w.u32(static_cast<std::uint32_t>(d.editions.size()));
  for (const auto& e : d.editions) {
    w.str(e.id);
    put(w, e.date);
    w.str(e.title);
    w.str(e.source);
    w.str(e.pos.file);
    put(w, e.pos);
    w.u32(static_cast<std::uint32_t>(e.relations));
  }
  w.str(d.number);
  w.str(d.number_source);
  put(w, d.pos);
}
Document get_document(Reader& r, const std::string& file) {
  Document d;
  d.id = r.str();
  d.aliases = get_strings(r);
  d.kind = enum_from<DocKind>(r.u8());
  d.body = r.str();
  d.doctype = r.str();
  d.version = r.str();
  d.web_links.resize(r.count(8));
  for (auto& l : d.web_links) {
    l.type = r.str();
    l.url = r.str();
  }
  d.ics.resize(r.count(8));
  for (auto& c : d.ics) {
    c.code = r.str();
    c.text = r.str();
  }
  for (std::uint32_t n = r.count(8); n > 0; --n) {
    std::string lang(r.str());
    d.titles[lang] = r.str();
  }
  d.scope = r.str();
  d.keywords = get_strings(r);
  d.groups = get_memberships(r, file);
  d.questions = get_memberships(r, file);
  d.group_inferred_from = r.str();
  if (std::uint8_t p = r.u8()) d.process = enum_from<Process>(p - 1);
  d.history.resize(r.count(20));
  for (auto& e : d.history) e = get_event(r, file);
  d.relations.resize(r.count(30));
  for (auto& rel : d.relations) {
    rel.type = enum_from<RelationType>(r.u8());
    rel.target = r.str();
    rel.source = r.str();
    rel.note = r.str();
    rel.original_type = r.str();
    rel.target_key = r.str();
    rel.reversed = r.u8() != 0;
    rel.pos = get_line_pos(r);  // in the document's file: see Document::relation_pos
  }
  d.source = r.str();
  std::uint8_t flags = r.u8();
  d.referenced = flags & 1;
  d.implied = flags & 2;
  d.catalogue = flags & 4;
  d.number_inferred = flags & 8;
  if (std::uint8_t s = r.u8()) d.stage = enum_from<Status>(s - 1);
  d.editions.resize(r.count(20));
  for (auto& e : d.editions) {
    e.id = r.str();
    e.date = get_date(r);
    e.title = r.str();
    e.source = r.str();
    std::string edition_file(r.str());
    e.pos = get_pos(r, edition_file);
    e.relations = r.u32();
  }
  d.number = r.str();
  d.number_source = r.str();
  d.pos = get_pos(r, file);
  return d;
}

void put(Writer& w, const Group& g) {
  w.str(g.id);
  w.u8(static_cast<std::uint8_t>(g.kind));
  w.str(g.name);
  w.str(g.parent);
  put(w, g.members);
  w.str(g.source);
  put(w, g.field_sources);
  w.u8(g.implied ? 1 : 0);
  put(w, g.pos);
}
Group get_group(Reader& r, const std::string& file) {
  Group g;
  g.id = r.str();
  g.kind = enum_from<GroupKind>(r.u8());
  g.name = r.str();
  g.parent = r.str();
  g.members = get_strings(r);
  g.source = r.str();
  g.field_sources = get_field_sources(r);
  g.implied = r.u8() != 0;
  g.pos = get_pos(r, file);
  return g;
}

void put_diagnostic(Writer& w, const Diagnostic& d, bool with_file) {
  w.u8(d.severity == Severity::error ? 1 : 0);
  if (with_file) w.str(d.pos.file);
  put(w, d.pos);
  w.str(d.code);
  w.str(d.message);
  w.str(d.hint);
}
Diagnostic get_diagnostic(Reader& r, const std::string* file) {
  Diagnostic d;
  d.severity = r.u8() ? Severity::error : Severity::warning;
  d.pos = get_pos(r, file ? *file : std::string(r.str()));
  d.code = r.str();
  d.message = r.str();
  d.hint = r.str();
  return d;
}

// Liaisons, meetings, events and links come only from native files, which are small; a
// file that has any is not cached (encode gives "", which decode refuses).
std::string encode(const RecordSet& records, const Diagnostics& diags) {
  if (!records.liaisons.empty() || !records.meetings.empty() || !records.events.empty() ||
      !records.links.empty())
    return {};
  Writer w;
  w.u32(static_cast<std::uint32_t>(records.documents.size()));
  for (const auto& d : records.documents) put(w, d);
  w.u32(static_cast<std::uint32_t>(records.groups.size()));
  for (const auto& g : records.groups) put(w, g);
  w.u32(static_cast<std::uint32_t>(diags.items().size()));
  for (const auto& d : diags.items()) put_diagnostic(w, d, false);
  return w.finish();
}

bool decode(std::string_view blob, const std::string& file, RecordSet& records,
            Diagnostics& diags) {
  if (blob.empty()) return false;
  try {
    Reader r(blob);
    records.documents.resize(r.count(40));
    for (auto& d : records.documents) d = get_document(r, file);
    records.groups.resize(r.count(20));
    for (auto& g : records.groups) g = get_group(r, file);
    for (std::uint32_t n = r.count(21); n > 0; --n) diags.add(get_diagnostic(r, &file));
    records.files.push_back(file);
    return r.at_end();
  } catch (const Corrupt&) {
    return false;
  }
}

}  // namespace stdgraph::cache
