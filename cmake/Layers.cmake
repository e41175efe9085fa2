# One library per layer (README "Layout", docs/architecture.md). A layer's public headers
# live in include/stdgraph/<layer>/; a target sees the headers of its own layer and of the
# layers it links, and no others, so an include across a forbidden edge fails to compile.
#
# One include root would show every layer to every file. Instead each layer gets its own
# root in the build tree, layers/<layer>/stdgraph/<layer>, a link to include/stdgraph/<layer>,
# and that root is the layer's PUBLIC include directory: CMake's usage requirements then
# hand it to exactly the targets that link the layer.
#
# stdgraph_layer(NAME [USES layer...] [PUBLIC_LIBS target...] [PRIVATE_LIBS target...])
#   USES          the layers this one may use (linked PUBLIC: their headers appear in ours)
#   PUBLIC_LIBS   third-party libraries our public headers expose
#   PRIVATE_LIBS  third-party libraries only our .cc files use
function(stdgraph_layer name)
  cmake_parse_arguments(PARSE_ARGV 1 L "" "" "USES;PUBLIC_LIBS;PRIVATE_LIBS;PCH")
  set(root "${PROJECT_BINARY_DIR}/layers/${name}")
  file(MAKE_DIRECTORY "${root}/stdgraph")
  file(CREATE_LINK "${PROJECT_SOURCE_DIR}/include/stdgraph/${name}" "${root}/stdgraph/${name}"
       SYMBOLIC)
  file(GLOB sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/${name}/*.cc")
  add_library(stdgraph_${name} STATIC ${sources})
  add_library(stdgraph::${name} ALIAS stdgraph_${name})
  target_include_directories(stdgraph_${name} PUBLIC "$<BUILD_INTERFACE:${root}>")
  target_compile_options(stdgraph_${name} PRIVATE -Wall -Wextra -Wpedantic)
  list(TRANSFORM L_USES PREPEND stdgraph_)
  target_link_libraries(stdgraph_${name} PUBLIC ${L_USES} ${L_PUBLIC_LIBS}
                        PRIVATE ${L_PRIVATE_LIBS})
  if(L_PCH)
    target_precompile_headers(stdgraph_${name} PRIVATE ${L_PCH})
  endif()
  set_property(GLOBAL APPEND PROPERTY STDGRAPH_LAYERS ${name})
endfunction()
