#include <cctype>

#include "stdgraph/util/text_util.h"

namespace stdgraph {

std::string fold_title(std::string_view title) {
  std::string folded;
  folded.reserve(title.size());
  bool pending_space = false;
  for (char ch : title) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      if (pending_space && !folded.empty()) folded += ' ';
      pending_space = false;
      folded += static_cast<char>(std::tolower(c));
    } else {
      pending_space = true;
    }
  }
  return folded;
}

namespace {
char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
}  // namespace

bool equals_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_ci(s.substr(0, prefix.size()), prefix);
}

bool contains_ci(std::string_view s, std::string_view part) {
  for (std::size_t i = 0; i + part.size() <= s.size(); ++i)
    if (equals_ci(s.substr(i, part.size()), part)) return true;
  return false;
}

bool is_web_address(std::string_view url) {
  return starts_with_ci(url, "https://") || starts_with_ci(url, "http://");
}

}  // namespace stdgraph
