// Must compile: the control for the probes above (analysis may use model, graph, text).
#include "stdgraph/graph/graph.h"
#include "stdgraph/model/corpus.h"
#include "stdgraph/text/text.h"
