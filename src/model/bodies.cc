#include "stdgraph/model/bodies.h"

#include <cctype>

namespace stdgraph {
namespace {

// `name` starts with the word `prefix` (case folded), followed by its end or a non-letter.
bool starts_with_word(std::string_view name, std::string_view prefix) {
  if (name.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(name[i])) != prefix[i]) return false;
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

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

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
  std::string b = upper(body), w = upper(wanted);
  if (w.empty() || b == w) return true;
  if (w == "ITU") return b.rfind("ITU-", 0) == 0;
  // A joint body ("ISO/IEC") is each of its parties.
  std::size_t start = 0;
  while (start <= b.size()) {
    std::size_t slash = b.find('/', start);
    if (slash == std::string::npos) slash = b.size();
    if (b.compare(start, slash - start, w) == 0 && slash - start == w.size()) return true;
    start = slash + 1;
  }
  return false;
}

}  // namespace stdgraph
