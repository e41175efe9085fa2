// Text for Graphviz labels: cut and wrapped to fit a node, each line made inert with
// graphviz_text (stdgraph/render/graphviz.h, defined in graphviz_labels.cc with the
// anchors and tooltips). Plain text, no Graphviz calls.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph::render {

// text cut at a space near `max` bytes (or at `max`, never inside a UTF-8 character), with
// "…" when cut.
std::string truncate_words(std::string_view text, std::size_t max);

// Whitespace-collapsed text split into lines of about `width` bytes, at most `lines`.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t lines);

// Lines joined with Graphviz's centred line break, each line made inert first.
std::string label_lines(const std::vector<std::string>& lines);

}  // namespace stdgraph::render
