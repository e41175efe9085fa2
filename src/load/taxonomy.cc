// Reading taxonomies and aspects files: yaml-cpp, for exact positions in every message (the
// files are small and edited by hand), with the same habits as the record loader: unknown keys
// get "did you mean", values of the wrong shape say what shape to write.
#include <algorithm>
#include <set>
#include <system_error>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "stdgraph/load/load.h"
#include "stdgraph/load/taxonomy.h"
#include "stdgraph/util/read_input.h"
#include "stdgraph/util/text_util.h"
#include "yaml_read.h"

namespace stdgraph {
namespace {

using Keys = YamlKeys;

const Keys kTaxonomyKeys = {"taxonomy", "source", "topics", "aspects"};
const Keys kAspectsFileKeys = {"aspects"};
const Keys kTopicKeys = {"name", "terms", "members", "topics"};
const Keys kAspectKeys = {"name", "cues"};

// Topics nested deeper than this are refused (a report cannot show them; the YAML depth
// itself is bounded by check_yaml_structure).
constexpr int kMaxTopicDepth = 8;

class TaxonomyReader : public YamlReader {
 public:
  TaxonomyReader(const std::string& file, Diagnostics& diags)
      : YamlReader(file, diags, "data/taxonomies/README.md") {}

  Taxonomy read_taxonomy(const YAML::Node& root) {
    Taxonomy t;
    t.file = file_;
    if (!root || root.IsNull()) {
      error(root, "missing-field", "the taxonomy file is empty",
            "write `taxonomy: NAME` and `topics:` (see data/taxonomies/README.md)");
      return t;
    }
    if (!root.IsMap()) {
      error(root, "not-a-mapping", "a taxonomy file must be a mapping with taxonomy: and topics:",
            "start the file with `taxonomy: NAME` (see data/taxonomies/README.md)");
      return t;
    }
    check_keys(root, kTaxonomyKeys, "taxonomy file");
    t.name = required_scalar(root, "taxonomy", "taxonomy file").value_or("");
    t.source = scalar(root, "source", "taxonomy file").value_or("");
    YAML::Node topics = root["topics"];
    if (!topics || topics.IsNull()) {
      error(root, "missing-field", "the taxonomy has no `topics`",
            "add `topics:` with at least one `- name: ...` and its `terms:`");
    } else {
      t.topics = read_topics(topics, 0);
    }
    if (root["aspects"].IsDefined() && !root["aspects"].IsNull()) {
      t.aspects = read_aspects(root["aspects"]);
      t.aspects_file = file_;
    }
    std::set<std::string> seen;
    check_topic_names(t.topics, seen);
    return t;
  }

  std::vector<Aspect> read_aspects_file(const YAML::Node& root) {
    if (!root || root.IsNull() || !root.IsMap()) {
      error(root, "not-a-mapping", "an aspects file must be a mapping with `aspects:`",
            "write `aspects:` and under it `- name: ...` with `cues: [...]`");
      return {};
    }
    check_keys(root, kAspectsFileKeys, "aspects file");
    if (!root["aspects"].IsDefined() || root["aspects"].IsNull()) {
      error(root, "missing-field", "the aspects file has no `aspects`",
            "write `aspects:` and under it `- name: ...` with `cues: [...]`");
      return {};
    }
    return read_aspects(root["aspects"]);
  }

 private:
  // A list of scalars (or one scalar), each with its position.
  std::vector<std::pair<std::string, SourcePos>> scalar_list(const YAML::Node& map, const char* key,
                                                             std::string_view what) {
    std::vector<std::pair<std::string, SourcePos>> out;
    YAML::Node value = map[key];
    if (!value || value.IsNull()) return out;
    if (value.IsScalar()) return {{value.Scalar(), pos(value)}};
    if (!value.IsSequence()) {
      error(value, "not-a-list", fmt::format("`{}` of a {} must be a list", key, what),
            "write it as [a, b] or one `- a` per line");
      return out;
    }
    for (const auto& item : value) {
      if (item.IsScalar() && !item.Scalar().empty())
        out.emplace_back(item.Scalar(), pos(item));
      else
        error(item, "not-a-scalar",
              fmt::format("each entry of `{}` must be a word or a phrase", key),
              "quote a phrase that contains `: `, `#`, `[` or `,`");
    }
    return out;
  }

  // Terms and cues as written (prepare_taxonomy makes their match keys).
  std::vector<TaxonomyPhrase> phrases(const YAML::Node& map, const char* key,
                                      std::string_view what) {
    std::vector<TaxonomyPhrase> out;
    for (auto& [text, where] : scalar_list(map, key, what)) out.push_back({text, {}, where});
    return out;
  }

  std::vector<Topic> read_topics(const YAML::Node& list, int depth) {
    std::vector<Topic> out;
    if (!list.IsSequence()) {
      error(list, "not-a-list", "`topics` must be a list of topics",
            "write each topic as `- name: ...` with its `terms: [...]`");
      return out;
    }
    if (depth >= kMaxTopicDepth) {
      error(list, "too-deep", fmt::format("topics nest more than {} levels", kMaxTopicDepth),
            "a gap report reads best with two or three levels of topics");
      return out;
    }
    for (const auto& n : list) {
      if (!n.IsMap()) {
        error(n, "not-a-mapping", "each topic must be a mapping of keys to values",
              "write `- name: ...` and `terms: [...]` indented under it");
        continue;
      }
      check_keys(n, kTopicKeys, "topic");
      Topic t;
      t.pos = pos(n);
      t.name = required_scalar(n, "name", "topic").value_or("");
      std::string what = t.name.empty() ? "topic" : fmt::format("topic `{}`", t.name);
      t.terms = phrases(n, "terms", what);
      for (auto& [name, where] : scalar_list(n, "members", what)) {
        t.members.push_back(name);
        t.member_pos.push_back(where);
      }
      if (n["topics"].IsDefined() && !n["topics"].IsNull())
        t.topics = read_topics(n["topics"], depth + 1);
      if (!t.name.empty() && !n["terms"].IsDefined() && t.members.empty() && t.topics.empty())
        error(n, "missing-field", fmt::format("{} has no `terms`, `members` or `topics`", what),
              "add `terms: [...]`: the words and acronyms that name the topic in titles");
      out.push_back(std::move(t));
    }
    return out;
  }

  std::vector<Aspect> read_aspects(const YAML::Node& list) {
    std::vector<Aspect> out;
    if (!list.IsSequence()) {
      error(list, "not-a-list", "`aspects` must be a list of aspects",
            "write each aspect as `- name: ...` with its `cues: [...]`");
      return out;
    }
    std::set<std::string> seen;
    for (const auto& n : list) {
      if (!n.IsMap()) {
        error(n, "not-a-mapping", "each aspect must be a mapping of keys to values",
              "write `- name: ...` and `cues: [...]` indented under it");
        continue;
      }
      check_keys(n, kAspectKeys, "aspect");
      Aspect a;
      a.pos = pos(n);
      a.name = required_scalar(n, "name", "aspect").value_or("");
      std::string what = a.name.empty() ? "aspect" : fmt::format("aspect `{}`", a.name);
      if (!n["cues"].IsDefined() || n["cues"].IsNull())
        error(n, "missing-field", fmt::format("{} has no `cues`", what),
              "add `cues: [...]`: the words in a title that put an item under this aspect");
      a.cues = phrases(n, "cues", what);
      if (!a.name.empty() && !seen.insert(fold_title(a.name)).second)
        error(n["name"], "duplicate-name", fmt::format("a second aspect is named `{}`", a.name),
              "give each aspect its own name, or merge their cues");
      out.push_back(std::move(a));
    }
    return out;
  }

  void check_topic_names(const std::vector<Topic>& topics, std::set<std::string>& seen) {
    for (const Topic& t : topics) {
      if (!t.name.empty() && !seen.insert(fold_title(t.name)).second) {
        diags_.error(t.pos, "duplicate-name", fmt::format("a second topic is named `{}`", t.name),
                     "give each topic its own name: reports and --topic find topics by name");
        ++errors_;
      }
      check_topic_names(t.topics, seen);
    }
  }
};

std::optional<std::string> read_text(const std::filesystem::path& path, Diagnostics& diags) {
  // Bounded, a regular file only (check_input then refuses one over the limit).
  InputText input = read_input_file(path, kMaxRecordFileBytes);
  if (!input.error.empty()) {
    diags.error({path.string(), 0, 0}, "cannot-read",
                fmt::format("cannot read the file: {}", input.error),
                "check the path and its permissions; a taxonomy is a regular file");
    return std::nullopt;
  }
  return std::move(input.text);
}

}  // namespace

Taxonomy parse_taxonomy(std::string_view text, const std::string& file, Diagnostics& diags) {
  auto root = parse_yaml_checked(text, file, diags);
  if (!root) {
    Taxonomy t;
    t.file = file;
    return t;
  }
  return TaxonomyReader(file, diags).read_taxonomy(*root);
}

std::vector<Aspect> parse_aspects(std::string_view text, const std::string& file,
                                  Diagnostics& diags) {
  auto root = parse_yaml_checked(text, file, diags);
  if (!root) return {};
  return TaxonomyReader(file, diags).read_aspects_file(*root);
}

std::vector<Aspect> load_aspects(const std::filesystem::path& path, Diagnostics& diags) {
  auto text = read_text(path, diags);
  if (!text) return {};
  return parse_aspects(*text, path.string(), diags);
}

Taxonomy load_taxonomy(const std::filesystem::path& path, Diagnostics& diags) {
  auto text = read_text(path, diags);
  if (!text) {
    Taxonomy t;
    t.file = path.string();
    return t;
  }
  Taxonomy t = parse_taxonomy(*text, path.string(), diags);
  if (t.aspects_file.empty()) {
    std::filesystem::path aspects = path.parent_path() / "aspects.yaml";
    std::error_code ec;
    if (std::filesystem::exists(aspects, ec)) {
      t.aspects = load_aspects(aspects, diags);
      t.aspects_file = aspects.string();
    } else {
      diags.error(
          {path.string(), 1, 1}, "missing-field",
          fmt::format("the taxonomy has no `aspects:` and there is no {}", aspects.string()),
          "add `aspects:` to the taxonomy, or put an aspects.yaml beside it "
          "(data/taxonomies/aspects.yaml is the standard one)");
    }
  }
  return t;
}

std::vector<std::filesystem::path> taxonomy_files(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end;
       it.increment(ec)) {
    const auto& p = it->path();
    if (it->is_regular_file() && (p.extension() == ".yaml" || p.extension() == ".yml") &&
        p.stem() != "aspects")
      files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::filesystem::path find_taxonomy(const std::string& name, const std::filesystem::path& folder) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) return name;
  for (const std::string& candidate : {name, name + ".yaml", name + ".yml"}) {
    std::filesystem::path p = folder / candidate;
    if (name.find('/') == std::string::npos && std::filesystem::is_regular_file(p, ec)) return p;
  }
  return {};
}

}  // namespace stdgraph
