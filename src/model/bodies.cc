#include "stdgraph/model/bodies.h"

#include <cctype>

#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

// `name` starts with the word `prefix` (case folded), followed by its end or a non-letter.
bool starts_with_word(std::string_view name, std::string_view prefix) {
  if (!starts_with_ci(name, prefix)) return false;
  return name.size() == prefix.size() ||
         !std::isalpha(static_cast<unsigned char>(name[prefix.size()]));
}

struct Prefix {
  std::string_view prefix;
  std::string_view body;
};
// Longest first where one prefix starts another.
constexpr Prefix kPrefixes[] = {
    {"ISO/IEC", "ISO/IEC"}, {"ISO", "ISO"},   {"IEC", "IEC"},   {"CISPR", "IEC"},
    {"ETSI", "ETSI"},       {"3GPP", "3GPP"}, {"RFC", "IETF"},  {"BCP", "IETF"},
    {"STD", "IETF"},        {"IETF", "IETF"}, {"IEEE", "IEEE"}, {"ITU-R", "ITU-R"},
    {"ITU-D", "ITU-D"},
};

}  // namespace

std::string body_of_name(std::string_view name) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  for (const auto& p : kPrefixes)
    if (starts_with_word(name, p.prefix)) return std::string(p.body);
  return "ITU-T";
}

std::string body_of(const Document& document) {
  return document.body.empty() ? body_of_name(document.id) : document.body;
}

bool body_matches(std::string_view body, std::string_view wanted) {
  if (wanted.empty() || equals_ci(body, wanted)) return true;
  if (equals_ci(wanted, "ITU")) return starts_with_ci(body, "ITU-");
  // A joint body ("ISO/IEC") is each of its parties.
  while (!body.empty()) {
    std::size_t slash = body.find('/');
    if (equals_ci(body.substr(0, slash), wanted)) return true;
    if (slash == std::string_view::npos) break;
    body.remove_prefix(slash + 1);
  }
  return false;
}

}  // namespace stdgraph
