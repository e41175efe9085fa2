#include "gaps_common.h"

#include <fmt/format.h>

#include "stdgraph/render/match.h"
#include "stdgraph/render/text_table.h"

namespace stdgraph::render {

std::string evidence_text(const Evidence& e, std::string_view what) {
  if (e.member) return "member of the topic";
  if (!e.group.empty()) return fmt::format("an item of {}, the security group", e.group);
  return fmt::format("{} `{}` in {}", what, e.phrase, to_string(e.field));
}

std::string evidence_list(const std::vector<Evidence>& list, std::string_view what) {
  std::vector<std::string> parts;
  for (const Evidence& e : list) parts.push_back(evidence_text(e, what));
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string status_text(const ItemState& state) {
  if (!state.status) return "none";
  std::string s(to_string(*state.status));
  if (!state.date.empty()) s += " " + state.date.to_string();
  if (!state.target.empty()) s += fmt::format(" (target {})", state.target);
  return s;
}

std::string place_text(const Document& d) {
  std::string place = stdgraph::place_text(d);
  return place.empty() ? "-" : place;
}

std::string short_aspect(std::string_view name) {
  return std::string(name.substr(0, name.find('/')));
}

std::string date_text(const Date& date, bool as_of_given) {
  if (date.empty()) return "no dated event";
  return as_of_given ? date.to_string()
                     : fmt::format("{} (the newest event in the records)", date.to_string());
}

std::string groups_text(const std::vector<std::string>& groups) {
  return groups.empty() ? "all groups" : fmt::format("{}", fmt::join(groups, ", "));
}

std::string no_group_text(std::size_t no_group) {
  if (no_group == 0) return {};
  return fmt::format("; {} item{} no group and {} not counted", no_group,
                     no_group == 1 ? " names" : "s name", no_group == 1 ? "is" : "are");
}

std::string link_text(const CounterpartReport& report, const CounterpartEntry& entry,
                      const CounterpartLink& link) {
  const Document& subject = *report.items[entry.item].doc;
  const Document& other = *report.items[link.item].doc;
  std::string first;
  if (link.by_relation) {
    first = link.relation_from_subject
                ? fmt::format("{} {} {}", subject.id, to_string(link.relation), other.id)
                : fmt::format("{} {} {}", other.id, to_string(link.relation), subject.id);
    if (!link.relation_source.empty()) first += fmt::format(" [{}]", link.relation_source);
  } else {
    first = fmt::format("shared topic {} ({}: {}; {}: {})", fmt::join(link.shared_topics, ", "),
                        subject.id, evidence_list(link.subject_evidence, "term"), other.id,
                        evidence_list(link.item_evidence, "term"));
  }
  std::string text = report.corpus ? explain(*report.corpus, link.why) : std::string();
  return text.empty() ? first : fmt::format("{}; {}", first, text);
}

std::string fit(std::string_view text, std::size_t width) {
  if (display_width(text) <= width || width == 0) return std::string(text);
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(text[i]);
    if ((u & 0xC0) != 0x80 && ++n > width - 1) break;
    out += text[i];
  }
  return out + "…";
}

}  // namespace stdgraph::render
