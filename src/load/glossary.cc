// The acronym glossary (data/glossary.yaml): a small hand-edited file, read with yaml-cpp
// for exact positions in messages.

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "stdgraph/load/glossary.h"
#include "stdgraph/load/load.h"
#include "stdgraph/util/read_input.h"
#include "yaml_read.h"

namespace stdgraph {
Glossary parse_glossary(std::string_view text, const std::string& file, Diagnostics& diags) {
  Glossary glossary;
  // The same bounds as every record file: yaml-cpp has none on aliases and recurses.
  std::optional<YAML::Node> parsed = parse_yaml_checked(text, file, diags);
  if (!parsed) return glossary;
  const YAML::Node& root = *parsed;
  if (!root || root.IsNull()) return glossary;
  if (!root.IsSequence()) {
    diags.error(yaml_pos(file, root), "not-a-list", "a glossary must be a list of entries",
                "write each entry as `- short: DLT` with `long: [distributed ledger technology]`");
    return glossary;
  }
  for (const YAML::Node& n : root) {
    if (!n.IsMap()) {
      diags.error(yaml_pos(file, n), "not-a-mapping", "a glossary entry must be a mapping",
                  "write `- short: DLT` and `long: [...]`");
      continue;
    }
    GlossaryEntry entry;
    entry.pos = yaml_pos(file, n);
    bool ok = true;
    for (const auto& kv : n) {
      std::string key = kv.first.as<std::string>("");
      if (key == "short") {
        if (auto s = yaml_scalar(kv.second); s && !s->empty())
          entry.short_form = *s;
        else {
          diags.error(yaml_pos(file, kv.second), "bad-value", "`short` must be a word",
                      "write the acronym as it appears in titles, e.g. `short: DLT`");
          ok = false;
        }
      } else if (key == "long") {
        if (auto s = yaml_scalar(kv.second)) {
          entry.long_forms.push_back(*s);
        } else if (kv.second.IsSequence()) {
          for (const YAML::Node& f : kv.second) {
            if (auto s = yaml_scalar(f))
              entry.long_forms.push_back(*s);
            else {
              diags.error(yaml_pos(file, f), "bad-value", "each long form must be a phrase",
                          "write `long: [distributed ledger technology]`");
              ok = false;
            }
          }
        } else {
          diags.error(yaml_pos(file, kv.second), "bad-value", "`long` must be a list of phrases",
                      "write `long: [distributed ledger technology]`");
          ok = false;
        }
      } else {
        diags.error(yaml_pos(file, kv.first), "unknown-key",
                    fmt::format("unknown key `{}` in a glossary entry", key),
                    "a glossary entry has only `short` and `long`");
        ok = false;
      }
    }
    if (entry.short_form.empty() && ok) {
      diags.error(entry.pos, "missing-key", "a glossary entry needs `short`",
                  "add `short: ACRONYM`");
      ok = false;
    }
    if (ok) glossary.entries.push_back(std::move(entry));
  }
  return glossary;
}

Glossary load_glossary(const std::filesystem::path& path, Diagnostics& diags) {
  // Bounded, and a regular file only: a glossary.yaml linked to /dev/zero (git can carry
  // the link) is refused, not read until memory runs out. parse_glossary refuses a file
  // over the limit.
  InputText input = read_input_file(path, kMaxRecordFileBytes);
  if (!input.error.empty()) {
    diags.error({path.string(), 0, 0}, "cannot-read",
                fmt::format("cannot read the glossary: {}", input.error),
                "check the path and its permissions; the glossary is a regular file");
    return {};
  }
  return parse_glossary(input.text, path.string(), diags);
}

Glossary builtin_glossary(const std::filesystem::path& data_dir, Diagnostics& diags) {
  std::filesystem::path path = data_dir / "glossary.yaml";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  return load_glossary(path, diags);
}

}  // namespace stdgraph
