// Must not compile: the model layer may use util only.
#include "stdgraph/load/load.h"
