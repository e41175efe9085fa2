// The Relaton YAML reader (relaton-data-itu and kin): one bibliographic record per file,
// mapped onto the stdgraph model. libyaml through YamlTree, for speed on whole catalogues.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "input_check.h"
#include "stdgraph/load/load.h"
#include "stdgraph/model/ids.h"
#include "stdgraph/model/series.h"
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
};

struct KindMapping {
  std::string_view doctype;
  DocKind kind;
};
constexpr KindMapping kKinds[] = {
    {"recommendation", DocKind::recommendation},
    {"recommendation-supplement", DocKind::supplement},
    {"recommendation-amendment", DocKind::amendment},
    {"recommendation-corrigendum", DocKind::corrigendum},
    {"recommendation-errata", DocKind::corrigendum},
    {"recommendation-annex", DocKind::appendix},
    {"recommendation-appendix", DocKind::appendix},
    {"technical-report", DocKind::technical_report},
    {"technical-paper", DocKind::technical_paper},
    {"resolution", DocKind::resolution},
    {"handbook", DocKind::handbook},
    {"question", DocKind::question_text},
};

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

std::string clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != '\r') out += c;
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
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
  RelatonReader(const YamlTree& tree, const std::string& file, Diagnostics& diags)
      : t_(tree), file_(file), diags_(diags) {
    source_ = "relaton/" + std::filesystem::path(file).stem().string();
  }

  RecordSet read() {
    RecordSet set;
    set.files.push_back(file_);
    YamlTree::Id root = t_.root();
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
    kind(root, d);
    titles(root, d);
    for (YamlTree::Id a : t_.items(t_.get(root, "abstract")))
      if (t_.get_text(a, "language") == "en" || d.scope.empty())
        d.scope = clean(t_.get_text(a, "content"));
    status(root, d);
    contributors(root, d, set);
    if (d.groups.empty()) group_from_series(d, set);
    relations(root, d);
    set.documents.push_back(std::move(d));
    return set;
  }

 private:
  SourcePos pos(YamlTree::Id id) const { return {file_, t_.node(id).line, t_.node(id).column}; }

  bool identifiers(YamlTree::Id root, Document& d, RecordSet& set) {
    YamlTree::Id primary = YamlTree::kNone, first = YamlTree::kNone;
    std::vector<YamlTree::Id> others;
    for (YamlTree::Id id : t_.items(t_.get(root, "docidentifier"))) {
      if (t_.get_text(id, "content").empty()) continue;
      if (first == YamlTree::kNone) first = id;
      bool is_primary = t_.get_text(id, "primary") == "true";
      if (primary == YamlTree::kNone && is_primary && t_.get_text(id, "type") == "ITU")
        primary = id;
      else
        others.push_back(id);
    }
    if (primary == YamlTree::kNone) primary = first;
    if (primary == YamlTree::kNone) {
      diags_.error(pos(root), "missing-field", "the Relaton record has no `docidentifier`",
                   "each record needs a docidentifier with its number");
      return false;
    }
    std::string full = clean(t_.get_text(primary, "content"));
    itu_r_ = starts_with_ci(full, "ITU-R");
    // "ITU-T X.1051 (06/2023)" is shown as "X.1051 (06/2023)", the form relations use.
    d.id = starts_with_ci(full, "ITU-T ") ? full.substr(6) : full;
    if (d.id != full) d.aliases.push_back(full);
    for (YamlTree::Id id : others) {
      std::string name = clean(t_.get_text(id, "content"));
      if (name == full || std::find(d.aliases.begin(), d.aliases.end(), name) != d.aliases.end())
        continue;
      if (t_.get_text(id, "primary") == "true" && t_.get_text(id, "type") != "ITU") {
        // A second primary identifier of another body: published as common text.
        Relation r;
        r.type = RelationType::common_text;
        r.target = name;
        r.source = source_;
        r.original_type = "docidentifier";
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

  void kind(YamlTree::Id root, Document& d) {
    std::string_view doctype = t_.get_text(t_.get(t_.get(root, "ext"), "doctype"), "content");
    for (const auto& k : kKinds)
      if (k.doctype == doctype) {
        d.kind = k.kind;
        return;
      }
    std::string key = identifier_key(d.id);
    if (key.find(".SUPPL.") != std::string::npos)
      d.kind = DocKind::supplement;
    else if (key.find(".AMD.") != std::string::npos)
      d.kind = DocKind::amendment;
    else if (key.find(".COR.") != std::string::npos || key.find(".ERR.") != std::string::npos)
      d.kind = DocKind::corrigendum;
  }

  void titles(YamlTree::Id root, Document& d) {
    for (YamlTree::Id t : t_.items(t_.get(root, "title"))) {
      std::string lang(t_.get_text(t, "language"));
      if (lang.empty()) lang = "en";
      std::string_view type = t_.get_text(t, "type");
      if (type == "main" || !d.titles.count(lang))
        d.titles[lang] = clean(t_.get_text(t, "content"));
    }
  }

  void status(YamlTree::Id root, Document& d) {
    std::string_view stage = t_.get_text(t_.get(t_.get(root, "status"), "stage"), "content");
    if (stage == "Withdrawal" || stage == "Withdrawn") d.stage = Status::withdrawn;
    for (YamlTree::Id date : t_.items(t_.get(root, "date"))) {
      if (t_.get_text(date, "type") != "published") continue;
      std::string_view at = t_.get_text(date, "at");
      auto parsed = parse_date(at);
      if (!parsed) {
        diags_.warning(
            pos(date), "bad-date",
            fmt::format("published date `{}` is not a date ({}); left out", at, date_problem(at)),
            "write YYYY-MM-DD");
        continue;
      }
      StatusEvent e;
      e.date = *parsed;
      e.status = Status::published;
      e.source = source_;
      e.note = stage.empty() ? "published" : fmt::format("published; stage {}", stage);
      e.pos = pos(date);
      d.history.push_back(std::move(e));
    }
  }

  void contributors(YamlTree::Id root, Document& d, RecordSet& set) {
    for (YamlTree::Id c : t_.items(t_.get(root, "contributor"))) {
      YamlTree::Id org = t_.get(c, "organization");
      for (YamlTree::Id sub : t_.items(t_.get(org, "subdivision"))) {
        for (YamlTree::Id n : t_.items(t_.get(sub, "name"))) {
          std::string name = clean(t_.get_text(n, "content"));
          std::string id = group_id(name, itu_r_);
          // Every group the record names (a joint text names two), each once.
          if (id.empty() || std::any_of(d.groups.begin(), d.groups.end(),
                                        [&](const Membership& m) { return m.id == id; }))
            continue;
          d.groups.push_back({id, source_, pos(n)});
          Group sector{
              itu_r_ ? "ITU-R" : "ITU-T", GroupKind::sector, "", "", {}, source_, true, pos(n)};
          Group g{id, GroupKind::study_group, name, sector.id, {}, source_, true, pos(n)};
          set.groups.push_back(std::move(sector));
          set.groups.push_back(std::move(g));
        }
      }
    }
  }

  // An ITU-T record naming no study group gets the group its number's range is allocated to
  // (model/series.h), marked as inferred; "ITU-T Study Group 17" stands for the group.
  void group_from_series(Document& d, RecordSet& set) {
    if (itu_r_) return;
    const SeriesRange* range = series_range_of(d.id);
    if (!range) return;
    std::string group(range->group);
    d.groups.push_back({group, source_, d.pos});
    d.group_inferred_from = range->label();
    std::string name = fmt::format("ITU-T Study Group {}", range->group.substr(2));
    set.groups.push_back({"ITU-T", GroupKind::sector, "", "", {}, source_, true, d.pos});
    set.groups.push_back(
        {group, GroupKind::study_group, std::move(name), "ITU-T", {}, source_, true, d.pos});
  }

  void relations(YamlTree::Id root, Document& d) {
    for (YamlTree::Id r : t_.items(t_.get(root, "relation"))) {
      std::string_view type = t_.get_text(r, "type");
      YamlTree::Id bibitem = t_.get(r, "bibitem");
      std::string target;
      for (YamlTree::Id id : t_.items(t_.get(bibitem, "docidentifier"))) {
        target = clean(t_.get_text(id, "content"));
        if (t_.get_text(id, "primary") == "true") break;
      }
      if (target.empty()) target = clean(t_.get_text(t_.get(bibitem, "formattedref"), "content"));
      if (target.empty()) {
        diags_.warning(pos(r), "missing-field",
                       fmt::format("a `{}` relation names no document; left out", type),
                       "give the bibitem a docidentifier");
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

  const YamlTree& t_;
  const std::string& file_;
  Diagnostics& diags_;
  std::string source_;
  bool itu_r_ = false;
};

}  // namespace

bool looks_like_relaton(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte order mark
  return text.rfind("docidentifier:", 0) == 0 ||
         text.find("\ndocidentifier:") != std::string_view::npos;
}

RecordSet load_relaton_text(std::string_view text, const std::string& file, Diagnostics& diags) {
  RecordSet failed;
  failed.files.push_back(file);
  if (!check_input(text, file, diags)) return failed;
  YamlTree tree;
  YamlTree::Error error;
  if (!tree.parse(text, error, kMaxYamlDepth)) {
    add_syntax_error(diags, file, error.line, error.column, error.message, text);
    return failed;
  }
  return RelatonReader(tree, file, diags).read();
}

}  // namespace stdgraph
