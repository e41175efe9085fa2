// The allocation of Recommendation numbers to study groups, and the reading of a number.
#include "stdgraph/model/series.h"

#include <array>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

// What every range rests on; scripts/series-groups checks it against a catalogue.
constexpr std::string_view kSeriesKnowledge =
    "general knowledge: ITU-T's list of the series and the study groups' mandates "
    "(2025-2028); the catalogue's records that name a group name only this one";

// By series letter, then number; ranges do not overlap (tests/series_test.cc checks).
constexpr std::array kSeriesRanges = {
    SeriesRange{'D', 100, 1999, "SG3", "Tariff and accounting principles", kSeriesKnowledge},
    SeriesRange{'F', 400, 499, "SG17", "Message handling services", kSeriesKnowledge},
    SeriesRange{'F', 700, 799, "SG21", "Audiovisual and multimedia services", kSeriesKnowledge},
    SeriesRange{'G', 1000, 1099, "SG12", "Quality of service and performance", kSeriesKnowledge},
    SeriesRange{'G', 7000, 9999, "SG15",
                "Data over transport, packet over transport, access networks", kSeriesKnowledge},
    SeriesRange{'H', 100, 899, "SG21", "Audiovisual and multimedia systems", kSeriesKnowledge},
    SeriesRange{'K', 1, 199, "SG5", "Protection against interference", kSeriesKnowledge},
    SeriesRange{'L', 100, 499, "SG15", "Construction, installation and protection of cables",
                kSeriesKnowledge},
    SeriesRange{'L', 1000, 1999, "SG5", "Environment, climate change and circular economy",
                kSeriesKnowledge},
    SeriesRange{'M', 1, 4999, "SG2", "Telecommunication management", kSeriesKnowledge},
    SeriesRange{'N', 1, 199, "SG21", "Maintenance: sound programme and television circuits",
                kSeriesKnowledge},
    SeriesRange{'P', 1, 1999, "SG12", "Telephone transmission quality and assessment",
                kSeriesKnowledge},
    SeriesRange{'T', 1, 899, "SG21", "Terminals for telematic services", kSeriesKnowledge},
    SeriesRange{'U', 1, 299, "SG11", "Telegraph switching", kSeriesKnowledge},
    SeriesRange{'X', 400, 499, "SG17", "Message handling systems", kSeriesKnowledge},
    SeriesRange{'X', 500, 599, "SG17", "Directory", kSeriesKnowledge},
    SeriesRange{'X', 800, 999, "SG17", "Security, OSI applications and open distributed processing",
                kSeriesKnowledge},
    SeriesRange{'X', 1000, 1999, "SG17", "Information and network security", kSeriesKnowledge},
    SeriesRange{'Y', 3000, 3999, "SG13", "Future networks", kSeriesKnowledge},
    SeriesRange{'Y', 4000, 4999, "SG20", "Internet of things, smart cities and communities",
                kSeriesKnowledge},
    SeriesRange{'Z', 100, 199, "SG17", "Formal description techniques", kSeriesKnowledge},
};

struct SeriesNumber {
  char series = 0;
  int number = 0;
};

// "X.1710" at the start of `s`: a capital letter, a dot, digits, then the end, a space, a
// dot and digits (X.1080.0), "(" or "/"; `s` is advanced past the digits.
std::optional<SeriesNumber> read_number(std::string_view& s) {
  if (s.size() < 3 || s[0] < 'A' || s[0] > 'Z' || s[1] != '.') return std::nullopt;
  std::size_t at = 2;
  int number = 0;
  while (at < s.size() && std::isdigit(static_cast<unsigned char>(s[at])) && at < 8)
    number = number * 10 + (s[at++] - '0');
  if (at == 2) return std::nullopt;
  if (at < s.size()) {
    char next = s[at];
    bool subdivision =
        next == '.' && at + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[at + 1]));
    if (next != ' ' && next != '(' && next != '/' && !subdivision) return std::nullopt;
  }
  SeriesNumber found{s[0], number};
  s.remove_prefix(at);
  return found;
}

const SeriesRange* range_of(const SeriesNumber& n) {
  for (const auto& range : kSeriesRanges)
    if (range.series == n.series && n.number >= range.first && n.number <= range.last)
      return &range;
  return nullptr;
}

}  // namespace

std::string SeriesRange::label() const {
  return fmt::format("{}.{}-{}.{}", series, first, series, last);
}

std::span<const SeriesRange> series_ranges() {
  return kSeriesRanges;
}

const SeriesRange* series_range_of(std::string_view name) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  if (starts_with_ci(name, "ITU-T ")) name.remove_prefix(6);
  auto first = read_number(name);
  if (!first) return nullptr;
  const SeriesRange* range = range_of(*first);
  if (!range) return nullptr;
  // A double number, "D.42/F.42": the second must lie in a range of the same group.
  while (name.size() > 1 && name[0] == '.' && std::isdigit(static_cast<unsigned char>(name[1]))) {
    name.remove_prefix(1);
    while (!name.empty() && std::isdigit(static_cast<unsigned char>(name[0])))
      name.remove_prefix(1);
  }
  if (!name.empty() && name[0] == '/') {
    name.remove_prefix(1);
    auto second = read_number(name);
    const SeriesRange* other = second ? range_of(*second) : nullptr;
    if (!other || other->group != range->group) return nullptr;
  }
  return range;
}

}  // namespace stdgraph
