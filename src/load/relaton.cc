// The Relaton YAML reader: one bibliographic record per file, of any generation the shape
// table knows (relaton_shape.h), mapped onto the model by that table and by the bodies' tables
// (relaton_bodies.h). libyaml through YamlTree, for speed on whole catalogues.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "input_check.h"
#include "relaton_bodies.h"
#include "relaton_shape.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/bodies.h"
#include "stdgraph/model/ids.h"
#include "stdgraph/model/series.h"
#include "stdgraph/util/text_util.h"
#include "yaml_tree.h"

namespace stdgraph {
namespace {

struct RelationMapping {
  std::string_view relaton;
  RelationType type;
  bool reversed;
};

// Every relation type Relaton defines (relaton-models, bib relation types), onto ours.
// "X obsoletedBy Y" is read from Y: Y supersedes X. A type not listed maps to `other`
// and keeps its name.
constexpr RelationMapping kRelations[] = {
    {"obsoletes", RelationType::supersedes, false},
    {"obsoletedBy", RelationType::supersedes, true},
    {"supersedes", RelationType::supersedes, false},
    {"supersededBy", RelationType::supersedes, true},
    {"updates", RelationType::amends, false},
    {"updatedBy", RelationType::amends, true},
    {"hasEdition", RelationType::edition_of, false},
    {"instanceOf", RelationType::edition_of, false},
    {"hasInstance", RelationType::edition_of, false},
    {"complementOf", RelationType::complements, false},
    {"hasComplement", RelationType::complements, false},
    {"adoptedAs", RelationType::common_text, false},
    {"adoptedFrom", RelationType::common_text, false},
    {"identicalAdoptionOf", RelationType::common_text, false},
    {"hasIdenticalAdoption", RelationType::common_text, false},
    {"equivalent", RelationType::same_as, false},
    {"identical", RelationType::same_as, false},
    {"derivedFrom", RelationType::based_on, false},
    {"hasDerivative", RelationType::based_on, true},
    {"revisionOf", RelationType::revises, false},
    {"hasRevision", RelationType::revises, true},
    {"draftOf", RelationType::revises, false},
    {"hasDraft", RelationType::revises, true},
    {"amends", RelationType::amends, false},
    {"amendedBy", RelationType::amends, true},
    {"corrects", RelationType::corrects, false},
    {"correctedBy", RelationType::corrects, true},
    {"cites", RelationType::informative_reference, false},
    {"isCitedIn", RelationType::informative_reference, true},
    {"normativeReference", RelationType::normative_reference, false},
    {"informativeReference", RelationType::informative_reference, false},
    // The rest of today's Relaton relation grammar (relaton-models' bibitem relation types).
    {"editionOf", RelationType::edition_of, false},
    {"partOf", RelationType::complements, false},
    {"hasPart", RelationType::complements, false},
    {"includes", RelationType::complements, false},
    {"includedIn", RelationType::complements, false},
    {"annotationOf", RelationType::complements, false},
    {"hasAnnotation", RelationType::complements, false},
    {"hasAttachment", RelationType::complements, false},
    {"attachmentOf", RelationType::complements, false},
    {"derives", RelationType::based_on, true},
    {"adaptedFrom", RelationType::based_on, false},
    {"hasAdaptation", RelationType::based_on, true},
    {"translatedFrom", RelationType::based_on, false},
    {"hasTranslation", RelationType::based_on, true},
    {"successorOf", RelationType::supersedes, false},
    {"predecessorOf", RelationType::supersedes, true},
    {"hasSuccessor", RelationType::supersedes, true},
    {"merges", RelationType::supersedes, false},
    {"mergedInto", RelationType::supersedes, true},
    {"splits", RelationType::supersedes, false},
    {"splitInto", RelationType::supersedes, true},
    {"replace", RelationType::supersedes, false},
    {"replacedBy", RelationType::supersedes, true},
    {"reprintOf", RelationType::same_as, false},
    {"hasReprint", RelationType::same_as, false},
    {"manifestationOf", RelationType::same_as, false},
    {"hasManifestation", RelationType::same_as, false},
    {"hasAdoption", RelationType::common_text, false},
    {"describes", RelationType::informative_reference, false},
    {"describedBy", RelationType::informative_reference, true},
};

std::string clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != '\r') out += c;
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  return out;
}

// An abstract as text: tags dropped (a block tag becomes a space), the five XML entities and
// &nbsp; decoded, runs of white space made one space.
std::string plain_text(std::string_view text) {
  struct Entity {
    std::string_view name;
    std::string_view text;
  };
  static constexpr Entity kEntities[] = {{"&amp;", "&"},   {"&lt;", "<"},  {"&gt;", ">"},
                                         {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
                                         {"&nbsp;", " "}};
  std::string out;
  out.reserve(text.size());
  bool space = false;
  auto put = [&](char c) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      return;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '<') {
      std::size_t close = text.find('>', i);
      // A tag is "<" then a letter, "/" or "!" up to ">"; any other "<" is text ("a < b").
      if (close != std::string_view::npos && i + 1 < text.size() &&
          (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/' ||
           text[i + 1] == '!')) {
        put(' ');
        i = close;
        continue;
      }
    } else if (c == '&') {
      bool decoded = false;
      for (const auto& e : kEntities)
        if (text.substr(i, e.name.size()) == e.name) {
          for (char t : e.text) put(t);
          i += e.name.size() - 1;
          decoded = true;
          break;
        }
      if (decoded) continue;
    }
    put(c);
  }
  return out;
}

// "ITU-T Study Group 17" -> "SG17"; "ITU-R Study Group 3" -> "ITU-R SG3"; else "".
std::string group_id(std::string_view name, bool itu_r) {
  auto at = name.find("Study Group ");
  if (at == std::string_view::npos) return {};
  std::string number;
  for (char c : name.substr(at + 12)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    number += c;
  }
  if (number.empty()) return {};
  return (itu_r ? "ITU-R SG" : "SG") + number;
}

class RelatonReader {
 public:
  using Id = YamlTree::Id;

  RelatonReader(const YamlTree& tree, const std::string& file, const GenerationTable& generation,
                Diagnostics& diags)
      : t_(tree), file_(file), g_(generation), diags_(diags) {
    source_ = "relaton/" + std::filesystem::path(file).stem().string();
  }

  RecordSet read() {
    RecordSet set;
    set.files.push_back(file_);
    Id root = t_.root();
    if (!t_.is_map(root)) {
      diags_.error({file_, 1, 1}, "not-a-mapping", "a Relaton record must be a YAML mapping",
                   "check that this is a Relaton YAML file");
      return set;
    }
    Document d;
    d.pos = pos(root);
    d.source = source_;
    d.catalogue = true;
    if (!identifiers(root, d, set)) return set;
    d.body = body_of_name(d.id);
    kind(root, d);
    titles(root, d);
    abstract(root, d);
    keywords(root, d);
    links(root, d);
    ics(root, d);
    version(root, d);
    status(root, d);
    contributors(root, d, set);
    committees(root, d, set);
    if (d.groups.empty()) group_from_series(d, set);
    relations(root, d);
    tie_to_base(root, d);
    set.documents.push_back(std::move(d));
    return set;
  }

 private:
  SourcePos pos(Id id) const { return {file_, t_.node(id).line, t_.node(id).column}; }

  Id at(Id root, const FieldPath& path) const {
    Id id = root;
    for (std::string_view key : path.keys) {
      if (key.empty()) break;
      id = t_.get(id, key);
    }
    if (id == root) return YamlTree::kNone;
    // A field the table keeps under `ext` may sit at the top in files of the same
    // generation written by older tools (3GPP's v1.2.3 files: doctype, editorialgroup).
    if (id == YamlTree::kNone && path.keys[0] == "ext")
      return at(root, {{path.keys[1], path.keys[2], {}}});
    return id;
  }

  // The text of a value: a scalar, or a map's `content`, else `value`, else `type`.
  std::string_view text_of(Id id) const {
    if (t_.is_scalar(id)) return t_.text(id);
    if (!t_.is_map(id)) return {};
    for (std::string_view key : {"content", "value", "type"})
      if (Id v = t_.get(id, key); t_.is_scalar(v)) return t_.text(v);
    return {};
  }

  // The items of a list, or the value itself when it is one item.
  std::vector<Id> each(Id id) const {
    if (id == YamlTree::kNone) return {};
    if (t_.is_seq(id)) return t_.items(id);
    return {id};
  }

  // A title's or abstract's language: `language: en` or `language: [en]`.
  std::string_view language_of(Id item) const {
    for (Id l : each(t_.get(item, "language")))
      if (!text_of(l).empty()) return text_of(l);
    return {};
  }

  // An identifier's name, in this generation's field (or the other's: older files mix).
  std::string identifier_name(Id id) const {
    if (t_.is_scalar(id)) return clean(t_.text(id));
    std::string_view name = t_.get_text(id, g_.identifier_text);
    if (name.empty()) name = t_.get_text(id, g_.identifier_text == "id" ? "content" : "id");
    return clean(name);
  }

  bool identifiers(Id root, Document& d, RecordSet& set) {
    Id primary = YamlTree::kNone, first = YamlTree::kNone;
    std::vector<Id> others;
    for (Id id : each(t_.get(root, g_.identifiers))) {
      if (identifier_name(id).empty()) continue;
      std::string_view type = t_.get_text(id, "type");
      if (type == "URN") continue;  // a machine name (urn:iec:std:...): no one types it
      if (first == YamlTree::kNone) first = id;
      bool is_primary = t_.get_text(id, "primary") == "true";
      // ITU's records name two primaries for a common text: the ITU number is the record's.
      if (primary == YamlTree::kNone && is_primary &&
          (type == "ITU" || t_.get_text(first, "type") != "ITU"))
        primary = id;
      else
        others.push_back(id);
    }
    if (primary == YamlTree::kNone) primary = first;
    if (primary == YamlTree::kNone) {
      diags_.error(
          pos(root), "missing-field",
          fmt::format("the Relaton record has no `{}` with a name ({})", g_.identifiers, g_.name),
          fmt::format("each record needs a {} with its number", g_.identifiers));
      return false;
    }
    others.erase(std::remove(others.begin(), others.end(), primary), others.end());
    std::string full = identifier_name(primary);
    itu_r_ = starts_with_ci(full, "ITU-R");
    // "ITU-T X.1051 (06/2023)" is shown as "X.1051 (06/2023)", the form relations use.
    d.id = starts_with_ci(full, "ITU-T ") ? full.substr(6) : full;
    if (d.id != full) d.aliases.push_back(full);
    std::string_view primary_type = t_.get_text(primary, "type");
    for (Id id : others) {
      std::string name = identifier_name(id);
      if (name == full || std::find(d.aliases.begin(), d.aliases.end(), name) != d.aliases.end())
        continue;
      if (t_.get_text(id, "primary") == "true" && t_.get_text(id, "type") != primary_type) {
        // A second primary identifier of another body: published as common text.
        Relation r;
        r.type = RelationType::common_text;
        r.target = name;
        r.source = source_;
        r.original_type = std::string(g_.identifiers);
        r.pos = pos(id);
        d.relations.push_back(std::move(r));
        Document other;
        other.id = name;
        other.kind = DocKind::external;
        other.referenced = true;
        other.implied = true;
        other.source = source_;
        other.pos = pos(id);
        set.documents.push_back(std::move(other));
      } else {
        d.aliases.push_back(name);
      }
    }
    return true;
  }

  void kind(Id root, Document& d) {
    std::string type(text_of(at(root, g_.doctype)));
    std::string abbreviation(text_of(at(root, g_.doctype_abbreviation)));
    if (auto k = relaton_kind(type, abbreviation, d.id))
      d.kind = *k;
    else if (d.body != "ITU-T" && d.body != "ITU-R")
      d.kind = DocKind::standard;  // another body's document of a type not in the table
    if (d.body == "ITU-T" || d.body == "ITU-R") return;  // "recommendation" says nothing new
    d.doctype = abbreviation.empty() || abbreviation == type
                    ? type
                    : fmt::format("{} ({})", type, abbreviation);
  }

  // The `main` title of each language; where a language has none, its intro, main and part
  // joined ("Industrial communication networks - Network and system security - Part 3-3").
  void titles(Id root, Document& d) {
    std::map<std::string, std::vector<std::string>> parts;
    for (Id t : each(t_.get(root, "title"))) {
      std::string lang(language_of(t));
      if (lang.empty()) lang = "en";
      std::string_view type = t_.get_text(t, "type");
      std::string text = clean(text_of(t));
      if (text.empty()) continue;
      if (type == "main" || type.empty()) {
        if (type == "main" || !d.titles.count(lang)) d.titles[lang] = std::move(text);
      } else if (type == "title-intro" || type == "title-main" || type == "title-part") {
        parts[lang].push_back(std::move(text));
      } else if (!d.titles.count(lang)) {
        d.titles[lang] = std::move(text);
      }
    }
    for (auto& [lang, list] : parts) {
      if (d.titles.count(lang)) continue;
      std::string joined;
      for (const auto& p : list) joined += (joined.empty() ? "" : " - ") + p;
      d.titles[lang] = std::move(joined);
    }
  }

  void abstract(Id root, Document& d) {
    for (Id a : each(t_.get(root, "abstract")))
      if (language_of(a) == "en" || d.scope.empty()) d.scope = plain_text(text_of(a));
  }

  void keywords(Id root, Document& d) {
    for (Id k : each(t_.get(root, "keyword"))) {
      std::string word = clean(text_of(k));
      if (!word.empty() &&
          std::find(d.keywords.begin(), d.keywords.end(), word) == d.keywords.end())
        d.keywords.push_back(std::move(word));
    }
  }

  void links(Id root, Document& d) {
    Id list = t_.get(root, g_.links);
    if (list == YamlTree::kNone) list = t_.get(root, g_.links == "link" ? "source" : "link");
    for (Id l : each(list)) {
      std::string url = clean(text_of(l));
      // Only web addresses: a `javascript:` or `file:` link is not followed anywhere.
      if (!is_web_address(url)) continue;
      d.web_links.push_back({std::string(t_.get_text(l, "type")), std::move(url)});
    }
  }

  void ics(Id root, Document& d) {
    for (Id c : each(at(root, g_.ics))) {
      std::string code = clean(t_.get_text(c, "code"));
      if (!code.empty()) d.ics.push_back({std::move(code), clean(t_.get_text(c, "text"))});
    }
  }

  void version(Id root, Document& d) {
    for (Id v : each(t_.get(root, "version"))) {
      std::string_view draft = t_.is_map(v) ? t_.get_text(v, "draft") : text_of(v);
      if (!draft.empty()) {
        d.version = clean(draft);
        return;
      }
    }
    d.version = clean(text_of(t_.get(root, "edition")));
  }

  void status(Id root, Document& d) {
    std::string stage(text_of(at(root, g_.stage)));
    // A stage the dates do not show (withdrawn, replaced, a draft stage) is the state now.
    if (auto s = relaton_stage(stage); s && *s != Status::published) d.stage = *s;
    for (Id date : each(t_.get(root, "date"))) {
      std::string_view type = t_.get_text(date, "type");
      auto status = relaton_date_status(type);
      if (!status) continue;
      std::string_view value = t_.get_text(date, g_.date_text);
      if (value.empty()) value = t_.get_text(date, g_.date_text == "at" ? "value" : "at");
      auto parsed = parse_date(value);
      if (!parsed) {
        diags_.warning(pos(date), "bad-date",
                       fmt::format("{} date `{}` is not a date ({}); left out", type, value,
                                   date_problem(value)),
                       "write YYYY-MM-DD");
        continue;
      }
      StatusEvent e;
      e.date = *parsed;
      e.status = *status;
      e.source = source_;
      e.note = stage.empty() || type != "published" ? std::string(type)
                                                    : fmt::format("{}; stage {}", type, stage);
      e.pos = pos(date);
      d.history.push_back(std::move(e));
    }
  }

  void add_group(Document& d, RecordSet& set, const std::string& id, Group parent, Group group,
                 Id where) {
    if (id.empty() || has_member(d.groups, id)) return;
    d.groups.push_back({id, source_, pos(where)});
    set.groups.push_back(std::move(parent));
    set.groups.push_back(std::move(group));
  }

  // ITU: the study group sits under a contributor's organization.subdivision.
  void contributors(Id root, Document& d, RecordSet& set) {
    for (Id c : each(t_.get(root, "contributor"))) {
      Id org = t_.get(c, "organization");
      for (Id sub : each(t_.get(org, "subdivision"))) {
        for (Id n : each(t_.get(sub, "name"))) {
          std::string name = clean(text_of(n));
          std::string id = group_id(name, itu_r_);
          Group sector{
              itu_r_ ? "ITU-R" : "ITU-T", GroupKind::sector, "", "", {}, source_, true, pos(n), {}};
          Group g{id, GroupKind::study_group, name, sector.id, {}, source_, true, pos(n), {}};
          add_group(d, set, id, std::move(sector), std::move(g), n);
        }
      }
    }
  }

  // The names under an editorial group, in order: `- name: S3`, or IEC's
  // `technical_committee: [{name: TC 65}]`, `subcommittee: ...`.
  void committee_names(Id id, std::vector<Id>& names, int depth = 0) const {
    if (depth > 4) return;
    if (t_.is_seq(id)) {
      for (Id item : t_.items(id)) committee_names(item, names, depth + 1);
    } else if (t_.is_map(id)) {
      if (Id name = t_.get(id, "name"); name != YamlTree::kNone) {
        // 3GPP names the group a specification came from as `type: former`: history.
        if (t_.get_text(id, "type") != "former") names.push_back(name);
        return;
      }
      for (std::string_view key : {"technical_committee", "subcommittee", "workgroup"})
        committee_names(t_.get(id, key), names, depth + 1);
    } else if (t_.is_scalar(id)) {
      names.push_back(id);
    }
  }

  // Other bodies: the committee in the editorial group, under its body.
  void committees(Id root, Document& d, RecordSet& set) {
    std::vector<Id> names;
    committee_names(at(root, g_.committees), names);
    for (Id n : names) {
      std::string name = clean(text_of(n));
      if (name.empty() || name == "-") continue;  // 3GPP writes "-" for none
      CommitteeName c = committee_group(d.body, name);
      Group body{d.body, GroupKind::external_body, d.body, "", {}, source_, true, pos(n), {}};
      Group g{c.id, GroupKind::committee, c.name, d.body, {}, source_, true, pos(n), {}};
      add_group(d, set, c.id, std::move(body), std::move(g), n);
    }
  }

  // An ITU-T record naming no study group gets the group its number's range is allocated to
  // (model/series.h), marked as inferred; "ITU-T Study Group 17" stands for the group.
  void group_from_series(Document& d, RecordSet& set) {
    if (d.body != "ITU-T") return;
    const SeriesRange* range = series_range_of(d.id);
    if (!range) return;
    std::string group(range->group);
    d.groups.push_back({group, source_, d.pos});
    d.group_inferred_from = range->label();
    std::string name = fmt::format("ITU-T Study Group {}", range->group.substr(2));
    set.groups.push_back({"ITU-T", GroupKind::sector, "", "", {}, source_, true, d.pos, {}});
    set.groups.push_back(
        {group, GroupKind::study_group, std::move(name), "ITU-T", {}, source_, true, d.pos, {}});
  }

  // The related document's name: its primary identifier (in either generation's field), else
  // its formatted reference.
  std::string related_name(Id bibitem) const {
    std::string target;
    for (std::string_view list :
         {g_.identifiers, std::string_view("docidentifier"), std::string_view("docid")}) {
      for (Id id : each(t_.get(bibitem, list))) {
        std::string name = identifier_name(id);
        if (name.empty()) continue;
        target = std::move(name);
        if (t_.get_text(id, "primary") == "true") break;
      }
      if (!target.empty()) return target;
    }
    return clean(text_of(t_.get(bibitem, "formattedref")));
  }

  void relations(Id root, Document& d) {
    for (Id r : each(t_.get(root, "relation"))) {
      std::string_view type = t_.get_text(r, "type");
      std::string target = related_name(t_.get(r, "bibitem"));
      if (target.empty()) {
        diags_.warning(pos(r), "missing-field",
                       fmt::format("a `{}` relation names no document; left out", type),
                       fmt::format("give the bibitem a {}", g_.identifiers));
        continue;
      }
      // Within ITU-R data a bare number is an ITU-R number.
      if (itu_r_ && !starts_with_ci(target, "ITU-") && !starts_with_ci(target, "ISO"))
        target = "ITU-R " + target;
      Relation rel;
      rel.type = RelationType::other;
      for (const auto& m : kRelations)
        if (m.relaton == type) {
          rel.type = m.type;
          rel.reversed = m.reversed;
        }
      rel.original_type = type;
      rel.target_key = identifier_key(target);
      rel.target = std::move(target);                  // source left empty: the record's own
      rel.pos = {t_.node(r).line, t_.node(r).column};  // in the record's own file
      d.relations.push_back(std::move(rel));
    }
  }

  // An amendment or corrigendum of another body names its base ("IEC 62443-3-3:2013/COR1:2014"
  // corrects "IEC 62443-3-3:2013"); those catalogues state no relation for it, so the name is
  // read as one. (ITU's records state theirs: complementOf.)
  void tie_to_base(Id root, Document& d) {
    if (d.body == "ITU-T" || d.body == "ITU-R") return;
    std::string base = base_name(d.id);
    if (base.empty()) return;
    std::string key = identifier_key(base);
    for (const Relation& r : d.relations)
      if (r.target_key == key) return;
    Relation rel;
    rel.type = d.kind == DocKind::amendment     ? RelationType::amends
               : d.kind == DocKind::corrigendum ? RelationType::corrects
                                                : RelationType::complements;
    rel.original_type = "named in the identifier";
    rel.target_key = std::move(key);
    rel.target = std::move(base);
    rel.pos = {t_.node(root).line, t_.node(root).column};
    d.relations.push_back(std::move(rel));
  }

  const YamlTree& t_;
  const std::string& file_;
  const GenerationTable& g_;
  Diagnostics& diags_;
  std::string source_;
  bool itu_r_ = false;
};

}  // namespace

bool looks_like_relaton(std::string_view text) {
  return relaton_shape(text).generation != RelatonGeneration::none;
}

namespace {

RecordSet read_relaton(std::string_view text, const RelatonShape& shape, const std::string& file,
                       Diagnostics& diags) {
  RecordSet failed;
  failed.files.push_back(file);
  if (!check_input(text, file, diags)) return failed;
  if (shape.generation == RelatonGeneration::none ||
      shape.generation == RelatonGeneration::unknown) {
    std::string why = shape.marker.empty() ? std::string("it has no identifier list")
                      : shape.marker.rfind("schema", 0) == 0
                          ? fmt::format("it has `{}: {}`", shape.marker, shape.schema_version)
                          : fmt::format("it has `{}:`", shape.marker);
    diags.error({file, 1, 1}, "relaton-shape",
                fmt::format("this looks like Relaton YAML ({}) but has neither `docidentifier:` "
                            "(Relaton v1.5) nor `docid:` (v1.2 and older), the shapes stdgraph "
                            "reads; the file is skipped",
                            why),
                "see \"Relaton generations\" in data/README.md; a new generation needs a row in "
                "the generation table (src/load/relaton_shape.cc)");
    return failed;
  }
  // One tree per thread, parsed into again and again: its buffers keep their capacity, so a
  // catalogue of 90,000 files is not 270,000 allocations and their growth.
  thread_local YamlTree tree;
  YamlTree::Error error;
  if (!tree.parse(text, error, kMaxYamlDepth)) {
    add_syntax_error(diags, file, error.line, error.column, error.message, text);
    return failed;
  }
  return RelatonReader(tree, file, generation_table(shape.generation), diags).read();
}

}  // namespace

RecordSet load_relaton_text(std::string_view text, const std::string& file, Diagnostics& diags) {
  return read_relaton(text, relaton_shape(text), file, diags);
}

RecordSet load_record_text(std::string_view text, const std::string& file, Diagnostics& diags) {
  RelatonShape shape = relaton_shape(text);
  if (shape.generation == RelatonGeneration::none) return load_native_text(text, file, diags);
  return read_relaton(text, shape, file, diags);
}

}  // namespace stdgraph
