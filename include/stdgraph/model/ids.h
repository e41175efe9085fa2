// Identifier rules: the one place that decides when two spellings name one document.
#pragma once

#include <string>
#include <string_view>

#include "stdgraph/model/model.h"

namespace stdgraph {

// The lookup key of a document name. Two names with the same key are the same name, and
// the key of a key is the key itself (src/model/ids.cc says why; fuzz/ids_fuzz.cc checks).
// The rules, in order (tests/ids_test.cc holds the table):
//  - a byte that is not part of valid UTF-8 reads as U+FFFD;
//  - ASCII case is folded (other letters are kept as written); runs of spaces, dots, tabs,
//    line breaks and no-break spaces are one separator;
//  - a leading "ITU-T" or "Recommendation" is dropped (ITU-T is the default sector);
//    "ITU-R" is kept: ITU-R P.841 and ITU-T P.841 are different Recommendations;
//  - Supplement/Supp/Suppl, Amendment/Amd, Corrigendum/Cor, Revision/Rev are one word each;
//    "Rev" sticks to the number before it (X.1051 Rev = X.1051rev);
//  - "Suppl.74 to ITU-T Y.3800-series" is "Y Suppl. 74";
//  - an edition "(06/2023)" is kept as "(2023-06)", "(2016)" as "(2016)";
//  - a version "(V9)" is the word "V9" (H.222.0 (V9) = H.222.0 v9).
// Caches keep keys: a change to these rules bumps the version in src/load/cache_header.h.
std::string identifier_key(std::string_view name);

// A name split into the work it is an edition of and the edition's date:
// "X.1051 (06/2023)" -> {key of "X.1051", 2023-06}. Without an edition, the date is empty.
// "X.1051 (2016) Cor. 1 (09/2017)" is edition 2017-09 of the work "X.1051 (2016) Cor. 1".
struct EditionKey {
  std::string work;
  Date edition;
};
EditionKey edition_key(std::string_view name);

// The work a name is an edition of, as written: "X.2011" for "X.2011 (04/2024)",
// "X.1051 (2016) Cor. 1" for "X.1051 (2016) Cor. 1 (09/2017)"; the name itself when it
// names no edition (by the rules of edition_key).
std::string work_name(std::string_view name);

}  // namespace stdgraph
