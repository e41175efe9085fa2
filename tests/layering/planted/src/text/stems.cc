// A planted violation for scripts/check-layers: text reaching into graph and Boost.
#include <boost/graph/adjacency_list.hpp>

#include "../load/input_check.h"
#include "stdgraph/graph/graph.h"
