// Transparent huge pages for the heap. Loading a whole catalogue touches a quarter of a
// gigabyte of fresh memory in small objects; with 4 KiB pages that is ~80,000 page
// faults, which cost more than the parsing on virtual machines. glibc (2.35+) backs its
// heap with huge pages when GLIBC_TUNABLES has glibc.malloc.hugetlb=1, a setting read
// only at start-up, so the process restarts itself once with it set.
#pragma once

namespace stdgraph::cli {

// Re-executes the program with the tunable set, unless it is set already, the user set
// GLIBC_TUNABLES themselves, or STDGRAPH_NO_HUGE_PAGES is set. Returns when it does not.
void use_huge_pages(char** argv);

}  // namespace stdgraph::cli
