// The report page's style sheet and script. They are kept as files beside this header
// (report.css, report.js) and embedded into the library at build time
// (cmake/EmbedFile.cmake), so the page they go into needs no file beside it.
#pragma once

#include <string_view>

namespace stdgraph::render {

// The page's style, screen and print.
std::string_view report_css();

// The page's script, given no data: it reads the table from the DOM. The diagram fits the
// width until "Actual size" is pressed. The table sorts by a column and filters by text,
// status and group. The address can carry a filtered view: "#filter=TEXT&status=approved&
// group=SG17" fills the filters on load and when it changes; a link to a hidden row
// ("#row-...") clears them so the row shows.
std::string_view report_js();

}  // namespace stdgraph::render
