// libyaml's public header. A bare `header "yaml.h"` in the module map is resolved relative to this
// folder and not found; including it here lets the compiler search the system include paths.
#include <yaml.h>
