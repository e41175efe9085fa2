// The reports of `gaps`, `counterparts` and `ask` in every format they are written in:
// text for the terminal; Markdown and HTML for pasting into a liaison statement or a focus
// group's report (a title, the date of the data, the matrix, the gap list, the source of every
// item); CSV for spreadsheets; JSON for scripts (shapes in docs/json.md).
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "stdgraph/analysis/gaps.h"

namespace stdgraph {

void write_text(std::ostream& out, const GapReport& report);
void write_text(std::ostream& out, const CounterpartReport& report);
void write_text(std::ostream& out, const AskAnswer& answer);

void write_markdown(std::ostream& out, const GapReport& report);
void write_markdown(std::ostream& out, const CounterpartReport& report);
void write_markdown(std::ostream& out, const AskAnswer& answer);

// One row per item of a cell (and one per empty cell): topic, aspect, the cell's status, the
// item and its status, group, Question, title, sources.
void write_csv(std::ostream& out, const GapReport& report);
// One row per counterpart (and one per item with none).
void write_csv(std::ostream& out, const CounterpartReport& report);
void write_csv(std::ostream& out, const AskAnswer& answer);

// A whole HTML page, every text escaped.
void write_html(std::ostream& out, const GapReport& report);
void write_html(std::ostream& out, const CounterpartReport& report);
void write_html(std::ostream& out, const AskAnswer& answer);

nlohmann::ordered_json to_json(const GapReport& report);
nlohmann::ordered_json to_json(const CounterpartReport& report);
nlohmann::ordered_json to_json(const AskAnswer& answer);

}  // namespace stdgraph
