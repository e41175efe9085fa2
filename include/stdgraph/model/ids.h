// Identifier rules: the one place that decides when two spellings name one document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
// The other bodies, told by the first word (their names keep it, so no name of one body is
// a name of another: ETSI TS 133 501 is not 3GPP TS 33.501, IEC 62443 not ISO/IEC 62443):
//  - IETF (RFC, BCP, STD, FYI, a leading "IETF" dropped): the number is a word of its own,
//    without leading zeros: RFC9846 = RFC 9846 = rfc 9846, RFC 0791 = RFC 791;
//  - ISO, IEC, CISPR and their joint prefixes (ISO/IEC, IEC/IEEE, ...): a space beside
//    '/', ':' or '+' and between AMD/COR/ISH and its number goes:
//    "ISO/IEC 27001:2013/Amd 1:2014" = "ISO/IEC 27001:2013/AMD1:2014";
//  - ETSI: a six-digit number is its two halves: ETSI EN 303645 = ETSI EN 303 645;
//  - 3GPP: the release after ':' takes one spelling: R99 = REL-99 = Rel-99, R00 = Release
//    2000 = REL-2000 (the archive holds R99 and REL-99 files of one version).
// Caches keep keys: a change to these rules bumps the version in src/load/cache_header.h.
std::string identifier_key(std::string_view name);

// A name split into the work it is an edition of and what tells the edition apart:
//  - ITU-T: a date: "X.1051 (06/2023)" -> {key of "X.1051", 2023-06}; "X.1051 (2016) Cor. 1
//    (09/2017)" is edition 2017-09 of the work "X.1051 (2016) Cor. 1";
//  - ISO/IEC: the year (or year-month) after the last ':': "IEC 62443-3-3:2013" -> {IEC
//    62443-3-3, 2013}; "IEC 62443-3-3:2013/COR1:2014" -> {IEC 62443-3-3:2013/COR1, 2014};
//    a form after the year ("... RLV", "... CSV") makes its own work, without an edition;
//  - ETSI: a version and the date: "ETSI EN 303 645 V3.1.3 (2024-09)" -> {ETSI EN 303 645,
//    2024-09, version 3.1.3}; "ETSI ETS 300 175-3 ed.2 (1996-09)" has version 2;
//  - 3GPP: a release and a version, no date: "3GPP TS 33.501:REL-19/19.4.0" -> {3GPP TS
//    33.501, release REL-19, version 19.4.0}.
// Without an edition, the work is the name's key and the rest is empty.
struct EditionKey {
  std::string work;
  Date edition;                        // empty when the name gives no date
  std::string release;                 // 3GPP's, as keyed ("REL-19"); empty for other bodies
  std::vector<std::uint64_t> version;  // 3.1.3 -> {3, 1, 3}; empty when none

  // Whether the name names an edition of a work (a date or a version).
  bool names_edition() const { return !edition.empty() || !version.empty(); }
  // "3.1.3"; empty without a version.
  std::string version_text() const;
};
EditionKey edition_key(std::string_view name);

// Whether edition `a` of a work comes before edition `b`: the lower version first,
// compared number by number (18.9.1 < 18.10.0 < 19.4.0), then the earlier date, then the
// release. Editions with no version (ITU-T, ISO/IEC) are ordered by their dates alone.
bool older_edition(const EditionKey& a, const EditionKey& b);

// The work a name is an edition of, as written: "X.2011" for "X.2011 (04/2024)",
// "X.1051 (2016) Cor. 1" for "X.1051 (2016) Cor. 1 (09/2017)", "IEC 62443-3-3" for
// "IEC 62443-3-3:2013", "ETSI EN 303 645" for "ETSI EN 303 645 V3.1.3 (2024-09)",
// "3GPP TS 33.501" for "3GPP TS 33.501:REL-19/19.4.0"; the name itself when it names no
// edition (by the rules of edition_key).
std::string work_name(std::string_view name);

// The document an amendment, corrigendum or interpretation sheet is to, as written: "X.1051
// (2016)" for "X.1051 (2016) Cor. 1 (09/2017)", "X.1352" for "X.1352 Amd. 1",
// "IEC 62443-3-3:2013" for "IEC 62443-3-3:2013/AMD1:2019", "ETSI ETS 300 001" for "ETSI
// ETS 300 001/A1 ed.1 (1994-01)"; empty when the name names none of these. A consolidated
// version ("CISPR 15:2005+AMD1:2006 CSV") is a document of its own, not an amendment.
std::string base_name(std::string_view name);

}  // namespace stdgraph
