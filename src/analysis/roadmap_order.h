// The order of lanes and of nodes in a roadmap (shared by roadmap_lanes.cc and
// roadmap_nodes.cc).
#pragma once

#include <string_view>

namespace stdgraph {

// "Q2/17" before "Q10/17", "SG2" before "SG11": digit runs compare as numbers, letters
// without case.
bool roadmap_less(std::string_view a, std::string_view b);

}  // namespace stdgraph
