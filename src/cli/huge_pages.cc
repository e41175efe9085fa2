#include "huge_pages.h"

#include <unistd.h>

#include <cstdlib>

namespace stdgraph::cli {

void use_huge_pages(char** argv) {
  if (std::getenv("GLIBC_TUNABLES") || std::getenv("STDGRAPH_NO_HUGE_PAGES")) return;
  if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) != 0) return;
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // exec failed (no /proc): go on as we are
}

}  // namespace stdgraph::cli
