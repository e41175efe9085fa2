// Identifier rules: the one place that decides when two spellings name one document.
#pragma once

#include <string>
#include <string_view>

namespace stdgraph {

// The lookup key of a document name. Two names with the same key are the same name.
// The rules, in order (tests/ids_test.cc holds the table):
//  - ASCII case is folded; runs of spaces and dots are one separator;
//  - a leading "ITU-T", "ITU-R" or "Recommendation" is dropped;
//  - Supplement/Supp/Suppl, Amendment/Amd, Corrigendum/Cor, Revision/Rev are one word each;
//    "Rev" sticks to the number before it (X.1051 Rev = X.1051rev);
//  - "Suppl.74 to ITU-T Y.3800-series" is "Y Suppl. 74";
//  - an edition "(06/2023)" is kept as "(2023-06)", "(2016)" as "(2016)".
std::string identifier_key(std::string_view name);

}  // namespace stdgraph
