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

}  // namespace stdgraph
