// Which ITU-T study group a Recommendation's number belongs to: ITU-T allocates ranges of
// each series to study groups (X.1000-X.1999, information and network security: SG17). A
// catalogue record that names no study group gets the group of its range, marked inferred.
//
// The table holds only ranges whose allocation to one study group is unambiguous, as the
// study groups of the 2025-2028 study period hold them (WTSA-24: SG9 and SG16 became SG21;
// the relaton-data-itu catalogue names these groups too, also for old editions). Each range
// is general knowledge of ITU-T's series structure, checked against the catalogue:
// `scripts/series-groups CATALOGUE` prints, per range, the groups the records that name one
// name; every range here is named by one group only. Ranges shared between groups (X.600-
// X.699: SG17 and SG11; G.700-G.799: SG15 and SG21; Y.1000-Y.1999: SG13, SG12, SG15; most
// of E, F, I, J, Q, V) are left out.
//
// What lies in a range: a Recommendation's number ("X.1710", "ITU-T X.1710", "X.1080.0"),
// with any edition, amendment or corrigendum after it ("X.1081 (2004) Amd. 1 (10/2009)").
// A double number ("D.42/F.42") lies in a range only when both numbers lie in ranges of one
// group. A supplement to a series ("X Suppl. 5") has no number in a range and lies in none:
// the supplements of a series come from its several groups. A draft's provisional name
// ("X.sg-dtn", "X.1051rev") lies in none either.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace stdgraph {

// Recommendations letter.first to letter.last belong to `group`.
struct SeriesRange {
  char series = 'X';
  int first = 0;
  int last = 0;
  std::string_view group;   // "SG17"
  std::string_view title;   // the range's heading in ITU-T's list of the series
  std::string_view source;  // why the table says so

  // "X.1000-X.1999"
  std::string label() const;
};

// Every range, by series letter and number.
std::span<const SeriesRange> series_ranges();

// The range `name` lies in (see above), or nullptr.
const SeriesRange* series_range_of(std::string_view name);

}  // namespace stdgraph
