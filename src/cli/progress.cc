#include "progress.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace stdgraph::cli {
namespace {

constexpr std::size_t kSmallLoad = 500;
constexpr int kWidth = 30;

}  // namespace

std::function<void(std::size_t, std::size_t)> terminal_progress() {
  if (!isatty(2)) return {};
  auto drawn = std::make_shared<bool>(false);
  return [drawn](std::size_t done, std::size_t total) {
    if (total < kSmallLoad) return;
    if (done >= total) {
      if (*drawn) std::fprintf(stderr, "\r\033[K");
      *drawn = false;
      return;
    }
    int filled = static_cast<int>(kWidth * done / std::max<std::size_t>(total, 1));
    std::fprintf(stderr, "\rloading [%s%s] %zu/%zu files", std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, ' ').c_str(), done, total);
    std::fflush(stderr);
    *drawn = true;
  };
}

}  // namespace stdgraph::cli
