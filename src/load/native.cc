// The native record loader: yaml-cpp, because hand-edited files need exact positions in
// every message, and these files are small.
#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "stdgraph/load/load.h"
#include "stdgraph/model/source.h"
#include "stdgraph/util/text_util.h"
#include "yaml_read.h"

namespace stdgraph {
namespace {

using Keys = YamlKeys;

const Keys kFileKeys = {"documents", "groups", "liaisons", "meetings", "events", "links"};
const Keys kDocumentKeys = {"id",        "aliases", "kind",      "title",   "scope",
                            "keywords",  "group",   "question",  "process", "history",
                            "relations", "source",  "referenced"};
const Keys kEventKeys = {"date", "status", "source", "sources", "note", "process", "target"};
const Keys kDetachedEventKeys = {"item", "date",    "status", "source", "sources",
                                 "note", "process", "target", "group",  "question"};
const Keys kRelationKeys = {"type", "target", "source", "note"};
const Keys kGroupKeys = {"id", "kind", "name", "parent", "members", "source", "sources"};
const Keys kLiaisonKeys = {"id",    "title",  "date",     "from",   "to",     "replies_to",
                           "about", "action", "deadline", "source", "sources"};
const Keys kMeetingKeys = {"id",       "group",     "start",  "end",    "place",  "time_zone",
                           "sessions", "deadlines", "agenda", "source", "sources"};
const Keys kAgendaKeys = {"item", "action", "condition", "source"};
const Keys kSessionKeys = {"date", "start", "end", "source"};
const Keys kDeadlineKeys = {"date", "what", "source"};
const Keys kLinkKeys = {"draft", "number", "source"};

// The fields `sources:` may name: a record's own keys but its sources and its lists of
// parts (events, relations, agenda entries, sessions and deadlines carry their own).
Keys sourced_fields(const Keys& keys) {
  Keys out;
  for (std::string_view k : keys)
    if (k != "source" && k != "sources" && k != "agenda" && k != "sessions" && k != "deadlines")
      out.push_back(k);
  return out;
}

// True for a time of day written HH:MM, 00:00 to 24:00.
bool valid_time(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (std::size_t i : {0, 1, 3, 4})
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return false;
  int hours = (t[0] - '0') * 10 + (t[1] - '0');
  int minutes = (t[3] - '0') * 10 + (t[4] - '0');
  return minutes < 60 && (hours < 24 || (hours == 24 && minutes == 0));
}

class NativeReader : YamlReader {
 public:
  NativeReader(const std::string& file, Diagnostics& diags, RecordRole role)
      : YamlReader(file, diags, "data/README.md"), proposal_(role == RecordRole::proposal) {}

  RecordSet read(const YAML::Node& root) {
    RecordSet set;
    if (!root || root.IsNull()) return set;
    if (!root.IsMap()) {
      error(root, "not-a-mapping", "a record file must be a mapping with documents:, groups:, ...",
            "start the file with a key such as `documents:` (see data/README.md)");
      return set;
    }
    check_keys(root, kFileKeys, "record file");
    for_each_entry(root, "documents", [&](const YAML::Node& n) {
      if (auto d = read_document(n)) set.documents.push_back(std::move(*d));
    });
    for_each_entry(root, "groups", [&](const YAML::Node& n) {
      if (auto g = read_group(n)) set.groups.push_back(std::move(*g));
    });
    for_each_entry(root, "liaisons", [&](const YAML::Node& n) {
      if (auto l = read_liaison(n)) set.liaisons.push_back(std::move(*l));
    });
    for_each_entry(root, "meetings", [&](const YAML::Node& n) {
      if (auto m = read_meeting(n)) set.meetings.push_back(std::move(*m));
    });
    for_each_entry(root, "events", [&](const YAML::Node& n) {
      if (!expect_map(n, "event")) return;
      check_keys(n, kDetachedEventKeys, "event");
      DetachedEvent e;
      auto item = required_scalar(n, "item", "event");
      int before = errors_;
      auto event = read_event_fields(n);
      std::string what = fmt::format("event for {}", item.value_or("an item"));
      std::string source = event ? event->source : "";
      e.groups = memberships(n, "group", what, source);
      e.questions = memberships(n, "question", what, source);
      if (item && event && errors_ == before) {
        e.item = std::move(*item);
        e.event = std::move(*event);
        set.events.push_back(std::move(e));
      }
    });
    for_each_entry(root, "links", [&](const YAML::Node& n) {
      if (!expect_map(n, "link")) return;
      check_keys(n, kLinkKeys, "link");
      auto draft = required_scalar(n, "draft", "link");
      auto number = required_scalar(n, "number", "link");
      auto source = required_scalar(n, "source", "link");
      if (draft && number && source)
        set.links.push_back(
            {std::move(*draft), std::move(*number), std::move(*source), false, pos(n)});
    });
    return set;
  }

 private:
  template <typename F>
  void for_each_entry(const YAML::Node& root, const char* key, F&& f) {
    YAML::Node list = root[key];
    if (!list || list.IsNull()) return;
    if (!list.IsSequence()) {
      error(list, "not-a-list", fmt::format("`{}` must be a list", key),
            fmt::format("write each entry on its own line starting with `- ` under `{}:`", key));
      return;
    }
    for (const auto& entry : list) f(entry);
  }

  bool expect_map(const YAML::Node& n, std::string_view what) {
    if (n.IsMap()) return true;
    error(n, "not-a-mapping", fmt::format("each {} must be a mapping of keys to values", what),
          "write `key: value` pairs indented under the `- `");
    return false;
  }

  // The base's, and an error for a value of white space alone: `id: "   "` names nothing,
  // and would be shown as nothing.
  std::optional<std::string> required_scalar(const YAML::Node& map, const char* key,
                                             std::string_view what) {
    auto value = YamlReader::required_scalar(map, key, what);
    bool blank = value && std::all_of(value->begin(), value->end(), [](char c) {
                   return c == ' ' || c == '\t' || c == '\n' || c == '\r';
                 });
    if (!blank) return value;
    error(map[key], "missing-field",
          fmt::format("`{}` of a {} is blank: only white space", key, what),
          std::string_view(key) == "id"
              ? "write the name it is known by, e.g. `id: X.1817` (or `SG17` for a group)"
              : fmt::format("write the `{}`, or remove the key", key));
    return std::nullopt;
  }

  std::vector<std::string> string_list(const YAML::Node& map, const char* key,
                                       std::string_view what) {
    std::vector<std::string> out;
    YAML::Node value = map[key];
    if (!value || value.IsNull()) return out;
    if (value.IsScalar()) return {value.Scalar()};
    if (!value.IsSequence()) {
      error(value, "not-a-list", fmt::format("`{}` of a {} must be a list of names", key, what),
            "write it as [A, B] or one `- name` per line");
      return out;
    }
    for (const auto& item : value) {
      if (item.IsScalar())
        out.push_back(item.Scalar());
      else
        error(item, "not-a-scalar", fmt::format("each entry of `{}` must be a single name", key));
    }
    return out;
  }

  // `group:` or `question:`: one name, or a list of names ([Q14/17, Q10/17]) for an item under
  // several, each stated by `source`.
  std::vector<Membership> memberships(const YAML::Node& map, const char* key, std::string_view what,
                                      const std::string& source) {
    std::vector<Membership> out;
    YAML::Node value = map[key];
    if (!value || value.IsNull()) return out;
    auto add = [&](const YAML::Node& item) {
      std::string id = item.Scalar();
      while (!id.empty() && (id.back() == ' ' || id.back() == '\t')) id.pop_back();
      while (!id.empty() && (id.front() == ' ' || id.front() == '\t')) id.erase(0, 1);
      if (id.empty()) {
        error(item, "missing-field", fmt::format("a `{}` of {} is blank", key, what),
              fmt::format("write the name, e.g. `{}: {}`, or remove it", key,
                          std::string_view(key) == "group" ? "SG17" : "Q14/17"));
        return;
      }
      for (const Membership& m : out)
        if (m.id == id) {
          error(item, "duplicate-identity",
                fmt::format("{} names `{}` twice in `{}`", what, id, key),
                "name each group or Question once");
          return;
        }
      out.push_back({std::move(id), source, pos(item)});
    };
    if (value.IsScalar()) {
      add(value);
      return out;
    }
    if (!value.IsSequence()) {
      error(value, "not-a-list",
            fmt::format("`{}` of {} must be a name or a list of names", key, what),
            fmt::format("write `{0}: {1}`, or `{0}: [{1}, {2}]` for an item under several", key,
                        std::string_view(key) == "group" ? "SG17" : "Q14/17",
                        std::string_view(key) == "group" ? "SG20" : "Q10/17"));
      return out;
    }
    for (const auto& item : value) {
      if (item.IsScalar())
        add(item);
      else
        error(item, "not-a-scalar",
              fmt::format("each entry of `{}` of {} must be a single name", key, what),
              "write the list as [A, B], one name each");
    }
    return out;
  }

  template <typename E>
  std::optional<E> enum_value(const YAML::Node& map, const char* key, std::string_view what,
                              bool required) {
    auto text = required ? required_scalar(map, key, what) : scalar(map, key, what);
    if (!text) return std::nullopt;
    if (auto value = parse_enum<E>(*text)) return value;
    std::vector<std::string_view> names;
    for (const auto& entry : enum_names<E>()) names.push_back(entry.name);
    std::string guess = nearest_word(*text, names);
    std::string hint = guess.empty() ? fmt::format("use one of: {}", fmt::join(names, ", "))
                                     : fmt::format("did you mean `{}`? (one of: {})", guess,
                                                   fmt::join(names, ", "));
    error(map[key], "bad-value", fmt::format("`{}` is not a valid {}", *text, key), hint);
    return std::nullopt;
  }

  std::optional<Date> date_value(const YAML::Node& map, const char* key, std::string_view what,
                                 bool required) {
    auto text = required ? required_scalar(map, key, what) : scalar(map, key, what);
    if (!text) return std::nullopt;
    if (auto date = parse_date(*text)) return date;
    error(map[key], "bad-date",
          fmt::format("`{}` is not a valid date: {}", *text, date_problem(*text)),
          "write YYYY-MM-DD, or YYYY-MM or YYYY when that is all the source gives");
    return std::nullopt;
  }

  std::string source_value(const YAML::Node& map, std::string_view what, bool required) {
    auto text = required ? required_scalar(map, "source", what) : scalar(map, "source", what);
    if (!text) return {};
    return checked_source(map["source"], *text);
  }

  // `text` when it is a source (model/source.h), else "" and an error at `node`.
  std::string checked_source(const YAML::Node& node, const std::string& text) {
    std::string problem = source_problem(text);
    if (problem.empty()) return text;
    error(node, "bad-source", fmt::format("`{}` is not a source: {}", text, problem),
          "write SEED/TABLE/ROW (001/annex1.a.tap/2, 003/text), or for a fact no seed states "
          "`general-knowledge: ...`, `inferred: ... (SEED/TABLE)` or `assigned: ...` "
          "(data/README.md, Sources)");
    return {};
  }

  // `sources:`, a mapping of field name to source, for the fields of a record whose source
  // is not the record's own (a group's name known in general, a date inferred).
  FieldSources field_sources(const YAML::Node& map, const Keys& record_keys,
                             std::string_view what) {
    FieldSources out;
    YAML::Node value = map["sources"];
    if (!value || value.IsNull()) return out;
    if (!value.IsMap()) {
      error(value, "not-a-mapping",
            fmt::format("`sources` of a {} must map field names to sources", what),
            "write `sources: {name: \"general-knowledge: ...\"}`, one field per key; the "
            "record's own source is `source:`");
      return out;
    }
    Keys fields = sourced_fields(record_keys);
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (!it->first.IsScalar() || !it->second.IsScalar()) {
        error(it->first, "not-a-scalar", "each entry of `sources` must be `field: source`");
        continue;
      }
      const std::string& field = it->first.Scalar();
      if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
        std::string guess = nearest_word(field, fields);
        error(it->first, "unknown-key",
              fmt::format("`sources` names `{}`, which is not a field of a {}", field, what),
              guess.empty() ? fmt::format("name one of: {}", fmt::join(fields, ", "))
                            : fmt::format("did you mean `{}`?", guess));
        continue;
      }
      std::string source = checked_source(it->second, it->second.Scalar());
      if (!source.empty()) out[field] = std::move(source);
    }
    return out;
  }

  std::optional<StatusEvent> read_event_fields(const YAML::Node& n) {
    int before = errors_;
    StatusEvent e;
    e.pos = pos(n);
    if (auto d = date_value(n, "date", "event", true)) e.date = *d;
    if (auto s = enum_value<Status>(n, "status", "event", true)) e.status = *s;
    e.source = source_value(n, "event", true);
    e.note = scalar(n, "note", "event").value_or("");
    e.target = scalar(n, "target", "event").value_or("");
    e.process = enum_value<Process>(n, "process", "event", false);
    e.field_sources = field_sources(n, kEventKeys, "status event");
    if (errors_ != before) return std::nullopt;
    return e;
  }

  std::map<std::string, std::string> titles(const YAML::Node& n) {
    std::map<std::string, std::string> out;
    YAML::Node value = n["title"];
    if (!value || value.IsNull()) return out;
    if (value.IsScalar()) {
      if (!value.Scalar().empty()) out["en"] = value.Scalar();
      return out;
    }
    if (!value.IsMap()) {
      error(value, "not-a-scalar", "`title` must be a text or a mapping of language to text",
            "write `title: Some title` or `title: {en: ..., zh: ...}`");
      return out;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it->first.IsScalar() && it->second.IsScalar())
        out[it->first.Scalar()] = it->second.Scalar();
      else
        error(it->first, "not-a-scalar", "each title must be `language: text`");
    }
    return out;
  }

  std::optional<Document> read_document(const YAML::Node& n) {
    if (!expect_map(n, "document")) return std::nullopt;
    int before = errors_;
    check_keys(n, kDocumentKeys, "document");
    bool misspelt_keys = errors_ != before;
    Document d;
    d.pos = pos(n);
    d.id = required_scalar(n, "id", "document").value_or("");
    std::string what = d.id.empty() ? "document" : fmt::format("document {}", d.id);
    d.aliases = string_list(n, "aliases", what);
    if (auto k = enum_value<DocKind>(n, "kind", what, !proposal_)) d.kind = *k;
    d.titles = titles(n);
    d.scope = scalar(n, "scope", what).value_or("");
    d.keywords = string_list(n, "keywords", what);
    d.process = enum_value<Process>(n, "process", what, false);
    if (auto r = scalar(n, "referenced", what)) {
      if (*r == "true" || *r == "false")
        d.referenced = *r == "true";
      else
        error(n["referenced"], "bad-value",
              fmt::format("`referenced` must be true or false, not `{}`", *r));
    }
    d.source = source_value(n, what, false);
    if (YAML::Node history = n["history"]; history && !history.IsNull()) {
      if (!history.IsSequence()) {
        error(history, "not-a-list", "`history` must be a list of events");
      } else {
        for (const auto& e : history) {
          if (!expect_map(e, "history event")) continue;
          check_keys(e, kEventKeys, "history event");
          if (auto event = read_event_fields(e)) d.history.push_back(std::move(*event));
        }
      }
    }
    if (YAML::Node relations = n["relations"]; relations && !relations.IsNull()) {
      if (!relations.IsSequence()) {
        error(relations, "not-a-list", "`relations` must be a list");
      } else {
        for (const auto& r : relations) {
          if (!expect_map(r, "relation")) continue;
          check_keys(r, kRelationKeys, "relation");
          Relation rel;
          rel.pos = pos(r);
          auto type = enum_value<RelationType>(r, "type", "relation", true);
          auto target = required_scalar(r, "target", "relation");
          rel.source = source_value(r, "relation", false);
          rel.note = scalar(r, "note", "relation").value_or("");
          if (type && target) {
            rel.type = *type;
            rel.target = *target;
            d.relations.push_back(std::move(rel));
          }
        }
      }
    }
    // The record says which groups and Questions; its source, else its first event's, says so.
    const std::string& stated_by =
        !d.source.empty() || d.history.empty() ? d.source : d.history.front().source;
    d.groups = memberships(n, "group", what, stated_by);
    d.questions = memberships(n, "question", what, stated_by);
    // A misspelt key has been reported already; a missing field would say it twice.
    if (!d.id.empty() && d.titles.empty() && !d.referenced && !misspelt_keys)
      error(n, "missing-field", fmt::format("{} has no `title`", what),
            "add `title:`, or `referenced: true` if the sources only mention it");
    if (!d.id.empty() && !n["source"] && !n["history"] && !misspelt_keys && !proposal_)
      error(n, "missing-field",
            fmt::format("{} says neither where it came from nor its history", what),
            "add `source: SEED/TABLE/ROW` or a `history:` whose events name their sources");
    if (errors_ != before) return std::nullopt;
    return d;
  }

  std::optional<Group> read_group(const YAML::Node& n) {
    if (!expect_map(n, "group")) return std::nullopt;
    int before = errors_;
    check_keys(n, kGroupKeys, "group");
    Group g;
    g.pos = pos(n);
    g.id = required_scalar(n, "id", "group").value_or("");
    if (auto k = enum_value<GroupKind>(n, "kind", "group", true)) g.kind = *k;
    g.name = scalar(n, "name", "group").value_or("");
    g.parent = scalar(n, "parent", "group").value_or("");
    g.members = string_list(n, "members", "group");
    g.source = source_value(n, "group", false);
    g.field_sources = field_sources(n, kGroupKeys, "group");
    if (errors_ != before) return std::nullopt;
    return g;
  }

  std::optional<Liaison> read_liaison(const YAML::Node& n) {
    if (!expect_map(n, "liaison")) return std::nullopt;
    int before = errors_;
    check_keys(n, kLiaisonKeys, "liaison");
    Liaison l;
    l.pos = pos(n);
    l.id = required_scalar(n, "id", "liaison").value_or("");
    l.title = scalar(n, "title", "liaison").value_or("");
    if (auto d = date_value(n, "date", "liaison", false)) l.date = *d;
    l.from = required_scalar(n, "from", "liaison").value_or("");
    l.to = string_list(n, "to", "liaison");
    l.replies_to = string_list(n, "replies_to", "liaison");
    l.about = string_list(n, "about", "liaison");
    l.action = enum_value<LiaisonAction>(n, "action", "liaison", false);
    if (auto d = date_value(n, "deadline", "liaison", false)) l.deadline = *d;
    l.source = source_value(n, "liaison", true);
    l.field_sources = field_sources(n, kLiaisonKeys, "liaison");
    if (errors_ != before) return std::nullopt;
    return l;
  }

  std::optional<Meeting> read_meeting(const YAML::Node& n) {
    if (!expect_map(n, "meeting")) return std::nullopt;
    int before = errors_;
    check_keys(n, kMeetingKeys, "meeting");
    Meeting m;
    m.pos = pos(n);
    m.id = required_scalar(n, "id", "meeting").value_or("");
    m.group = required_scalar(n, "group", "meeting").value_or("");
    if (auto d = date_value(n, "start", "meeting", true)) m.start = *d;
    if (auto d = date_value(n, "end", "meeting", false)) m.end = *d;
    m.place = scalar(n, "place", "meeting").value_or("");
    m.time_zone = scalar(n, "time_zone", "meeting").value_or("");
    m.source = source_value(n, "meeting", true);
    m.field_sources = field_sources(n, kMeetingKeys, "meeting");
    for_each_entry(n, "sessions", [&](const YAML::Node& s) {
      if (!expect_map(s, "session")) return;
      check_keys(s, kSessionKeys, "session");
      MeetingSession session;
      session.pos = pos(s);
      auto date = date_value(s, "date", "session", true);
      auto start = time_value(s, "start");
      auto end = time_value(s, "end");
      session.source = source_value(s, "session", false);
      if (!date || !start || !end) return;
      if (*end <= *start) {
        error(s["end"], "bad-value",
              fmt::format("the session of {} ends at {}, not after it starts at {}",
                          date->to_string(), *end, *start),
              "write the hours as the source gives them, start before end (24:00 for midnight)");
        return;
      }
      session.date = *date;
      session.start = *start;
      session.end = *end;
      m.sessions.push_back(std::move(session));
    });
    for_each_entry(n, "deadlines", [&](const YAML::Node& d) {
      if (!expect_map(d, "deadline")) return;
      check_keys(d, kDeadlineKeys, "deadline");
      Deadline deadline;
      deadline.pos = pos(d);
      auto date = date_value(d, "date", "deadline", true);
      auto what = required_scalar(d, "what", "deadline");
      deadline.source = source_value(d, "deadline", false);
      if (!date || !what) return;
      deadline.date = *date;
      deadline.what = *what;
      m.deadlines.push_back(std::move(deadline));
    });
    for_each_entry(n, "agenda", [&](const YAML::Node& a) {
      if (!expect_map(a, "agenda entry")) return;
      check_keys(a, kAgendaKeys, "agenda entry");
      AgendaItem item;
      item.pos = pos(a);
      auto name = required_scalar(a, "item", "agenda entry");
      auto action = enum_value<AgendaAction>(a, "action", "agenda entry", true);
      item.condition = scalar(a, "condition", "agenda entry").value_or("");
      item.source = source_value(a, "agenda entry", true);
      if (name && action && !item.source.empty()) {
        item.item = *name;
        item.action = *action;
        m.agenda.push_back(std::move(item));
      }
    });
    if (errors_ != before) return std::nullopt;
    return m;
  }

  // A time of day HH:MM (required), or nullopt and an error.
  std::optional<std::string> time_value(const YAML::Node& map, const char* key) {
    auto text = required_scalar(map, key, "session");
    if (!text) return std::nullopt;
    if (valid_time(*text)) return text;
    error(map[key], "bad-value", fmt::format("`{}` is not a time of day", *text),
          "write HH:MM on the 24-hour clock, in quotes: `start: \"13:00\"`");
    return std::nullopt;
  }

  bool proposal_ = false;
};

}  // namespace

RecordSet load_native_text(std::string_view text, const std::string& file, Diagnostics& diags,
                           RecordRole role) {
  RecordSet failed;
  failed.files.push_back(file);
  // yaml-cpp has no bound on aliases and recurses on nesting: check the bytes first.
  std::optional<YAML::Node> root = parse_yaml_checked(text, file, diags);
  if (!root) return failed;
  RecordSet set = NativeReader(file, diags, role).read(*root);
  set.files.push_back(file);
  return set;
}

}  // namespace stdgraph
