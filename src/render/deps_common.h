// What the deps, impact, chains and risk renderers share: how an item, a status and a
// step read.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stdgraph/analysis/deps.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph::render {

// "approved 2023-06-13", "withdrawn" (a catalogue's undated stage), "-" if none: the status
// now by model/status.h, as every command writes it.
std::string status_text(const Document& doc);
// The status name alone, or "" when there is none.
std::string status_name(const Document& doc);
// The date of the event giving the status now, else "".
std::string status_date(const Document& doc);
// "A -based-on-> B -revises-> C"
std::string chain_text(const Corpus& corpus, const std::vector<DependencyStep>& steps);
// {"from", "relation", "to", and "declared_by", "source" for a relation}
nlohmann::ordered_json step_json(const Corpus& corpus, const DependencyStep& step);
nlohmann::ordered_json chain_json(const Corpus& corpus, const std::vector<DependencyStep>& steps);
// The record source a relation step cites ("" for an edition step).
std::string step_source(const Corpus& corpus, const DependencyStep& step);
// A JSON value: the string, or null when it is empty.
nlohmann::ordered_json or_null(const std::string& text);

}  // namespace stdgraph::render
