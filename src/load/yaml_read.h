// Reading hand-edited YAML (records, taxonomies, the glossary) with yaml-cpp, the same way
// in every loader: the same checks of the bytes before the parser, a syntax error at its
// place, and a reader base that turns a node into file:line:col, counts its errors, answers
// an unknown key with "did you mean", and says what shape a value should have.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "stdgraph/model/diagnostics.h"

namespace stdgraph {

using YamlKeys = std::vector<std::string_view>;

// Where a node is: 1-based line and column, or 0:0 for a node yaml-cpp has no mark for.
SourcePos yaml_pos(const std::string& file, const YAML::Node& n);

// The text of a scalar node; nullopt for a list, a mapping or nothing.
std::optional<std::string> yaml_scalar(const YAML::Node& n);

// Parses a YAML text after check_input and check_yaml_structure (yaml-cpp itself has no
// bound on aliases or nesting). A syntax error is reported at its place; nullopt then, and
// when the checks fail.
std::optional<YAML::Node> parse_yaml_checked(std::string_view text, const std::string& file,
                                             Diagnostics& diags);

// The base of a loader's reader: what every loader of hand-edited YAML reports the same way.
// `readme` is where the format is described, named in hints ("see data/README.md").
class YamlReader {
 public:
  YamlReader(const std::string& file, Diagnostics& diags, std::string_view readme)
      : file_(file), diags_(diags), readme_(readme) {}

  int errors() const { return errors_; }

 protected:
  SourcePos pos(const YAML::Node& n) const { return yaml_pos(file_, n); }
  void error(const YAML::Node& n, std::string code, std::string message, std::string hint = {});
  // An error for each key of `map` that is not a plain word or not in `allowed` (with the
  // nearest allowed key as a hint).
  void check_keys(const YAML::Node& map, const YamlKeys& allowed, std::string_view what);
  // The value of `key` when it is a single value; nullopt when it is missing or null, and an
  // error too when it is a list or a mapping.
  std::optional<std::string> scalar(const YAML::Node& map, const char* key, std::string_view what);
  // As scalar(), and an error when the key is missing or its value is empty.
  std::optional<std::string> required_scalar(const YAML::Node& map, const char* key,
                                             std::string_view what);

  const std::string& file_;
  Diagnostics& diags_;
  std::string_view readme_;
  int errors_ = 0;
};

}  // namespace stdgraph
