// Must not compile: the text layer may use model and util only (docs/architecture.md).
#include "stdgraph/graph/graph.h"
