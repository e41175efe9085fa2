// Must not compile: the load layer reads records and taxonomies; it does not analyse text.
#include "stdgraph/text/text.h"
