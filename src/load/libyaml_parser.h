// A libyaml parser owned by a unique_ptr, for the two readers that drive libyaml's event
// parser directly (the structure check and the bulk tree).
#pragma once

#include <yaml.h>

#include <memory>

namespace stdgraph {

struct LibyamlParserDeleter {
  void operator()(yaml_parser_t* p) const {
    yaml_parser_delete(p);
    delete p;
  }
};
using LibyamlParser = std::unique_ptr<yaml_parser_t, LibyamlParserDeleter>;

}  // namespace stdgraph
