// Must not compile: analyses make result structs; renderers take them, not the reverse.
#include "stdgraph/render/json.h"
