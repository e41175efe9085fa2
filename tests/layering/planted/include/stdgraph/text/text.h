// A planted violation: a public header exposing a library its layer keeps private.
#include <libstemmer.h>
