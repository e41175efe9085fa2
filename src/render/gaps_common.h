// Phrases every format of the gap reports shares, so that text, Markdown, HTML and CSV say
// the same thing in the same words. Returned unescaped: each format escapes them itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/analysis/gaps.h"

namespace stdgraph::render {

// "term `DTN` in title", "cue `security` in keywords", "member of the topic".
std::string evidence_text(const Evidence& e, std::string_view what);
std::string evidence_list(const std::vector<Evidence>& list, std::string_view what);

// "ongoing 2023 (target 2024)", "approved 2023-09-08", "not-approved 2023-09".
std::string status_text(const ItemState& state);
// "SG17 Q7/17", "SG16", "-".
std::string place_text(const Document& d);
// The part of an aspect's name before its first '/': "use cases/guidelines" -> "use cases".
std::string short_aspect(std::string_view name);
// "2025-09-04 (the newest event in the records)" or "2023-09-08".
std::string date_text(const Date& date, bool as_of_given);
// "all groups" or "SG17, SG13".
std::string groups_text(const std::vector<std::string>& groups);
// "; 12 items name no group and are not counted" (empty for none): what a report by group
// left out for lack of a group (GapReport::no_group).
std::string no_group_text(std::size_t no_group);
// A counterpart's reason in one line: the relation, or the shared topic with each side's
// terms, then the text score as `check` explains it.
std::string link_text(const CounterpartReport& report, const CounterpartEntry& entry,
                      const CounterpartLink& link);

// text cut to at most `width` characters, with "…" at the end when cut.
std::string fit(std::string_view text, std::size_t width);

}  // namespace stdgraph::render
