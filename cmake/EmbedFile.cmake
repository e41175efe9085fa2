# Writes a C++ source that holds the bytes of one file, so the program carries it without
# reading it at run time (the report's CSS and script). Run as a script by the build:
#   cmake -DINPUT=src/render/report.css -DOUTPUT=report_css.cc -DFUNCTION=report_css
#         -DNAMESPACE=stdgraph::render -P cmake/EmbedFile.cmake
# The source defines `std::string_view NAMESPACE::FUNCTION()`, returning the file's bytes as
# they are (no terminating zero counted); a hand-written header declares it.
foreach(var INPUT OUTPUT FUNCTION NAMESPACE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "EmbedFile.cmake: -D${var}=... is required")
  endif()
endforeach()
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR size "${digits} / 2")
# Sixteen bytes a line: "0x3a,0x72,...". A zero at the end keeps the array non-empty.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REPEAT "0x..," 16 line)  # CMake's regular expressions have no {16}
string(REGEX REPLACE "(${line})" "\\1\n    " bytes "${bytes}")
cmake_path(GET INPUT FILENAME name)
file(WRITE "${OUTPUT}.tmp" "// Generated from ${name} by cmake/EmbedFile.cmake; do not edit.
#include <string_view>

namespace ${NAMESPACE} {

std::string_view ${FUNCTION}() {
  static constexpr unsigned char bytes[] = {
      ${bytes}0x00};
  return {reinterpret_cast<const char*>(bytes), ${size}};
}

}  // namespace ${NAMESPACE}
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
