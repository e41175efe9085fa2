#include "yaml_read.h"

#include <algorithm>

#include <fmt/format.h>

#include "input_check.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {

SourcePos yaml_pos(const std::string& file, const YAML::Node& n) {
  YAML::Mark mark = n.Mark();
  if (mark.line < 0) return {file, 0, 0};
  return {file, mark.line + 1, mark.column + 1};
}

std::optional<std::string> yaml_scalar(const YAML::Node& n) {
  if (!n.IsScalar()) return std::nullopt;
  return n.Scalar();
}

std::optional<YAML::Node> parse_yaml_checked(std::string_view text, const std::string& file,
                                             Diagnostics& diags) {
  if (!check_input(text, file, diags) || !check_yaml_structure(text, file, diags))
    return std::nullopt;
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    add_syntax_error(diags, file, e.mark.line + 1, e.mark.column + 1, e.msg, text);
  } catch (const YAML::Exception& e) {
    diags.error({file, e.mark.line + 1, e.mark.column + 1}, "yaml-syntax", readable_message(e.msg));
  }
  return std::nullopt;
}

void YamlReader::error(const YAML::Node& n, std::string code, std::string message,
                       std::string hint) {
  diags_.error(pos(n), std::move(code), std::move(message), std::move(hint));
  ++errors_;
}

void YamlReader::check_keys(const YAML::Node& map, const YamlKeys& allowed, std::string_view what) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (!it->first.IsScalar()) {
      error(it->first, "bad-key", fmt::format("a key of a {} must be a plain word", what));
      continue;
    }
    const std::string& key = it->first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string guess = nearest_word(key, allowed);
    std::string hint = guess.empty()
                           ? fmt::format("the keys of a {} are: {}", what, fmt::join(allowed, ", "))
                           : fmt::format("did you mean `{}`?", guess);
    error(it->first, "unknown-key", fmt::format("unknown key `{}` in {}", key, what), hint);
  }
}

std::optional<std::string> YamlReader::scalar(const YAML::Node& map, const char* key,
                                              std::string_view what) {
  YAML::Node value = map[key];
  if (!value || value.IsNull()) return std::nullopt;
  if (!value.IsScalar()) {
    error(value, "not-a-scalar", fmt::format("`{}` of a {} must be a single value", key, what),
          "quote the value if it contains `: `, `#` or starts with `[` or `{`");
    return std::nullopt;
  }
  return value.Scalar();
}

std::optional<std::string> YamlReader::required_scalar(const YAML::Node& map, const char* key,
                                                       std::string_view what) {
  auto value = scalar(map, key, what);
  if (!value && !map[key].IsDefined())
    error(map, "missing-field", fmt::format("{} has no `{}`", what, key),
          fmt::format("add `{}:` (see {})", key, readme_));
  else if (value && value->empty())
    error(map[key], "missing-field", fmt::format("`{}` of a {} is empty", key, what));
  return value && !value->empty() ? value : std::nullopt;
}

}  // namespace stdgraph
