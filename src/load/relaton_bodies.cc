#include "relaton_bodies.h"

#include <cctype>

#include <fmt/format.h>

#include "stdgraph/model/bodies.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

struct KindRow {
  std::string_view type;  // a doctype or its abbreviation, case folded
  DocKind kind;
};
constexpr KindRow kKinds[] = {
    // ITU (relaton-data-itu ext.doctype)
    {"recommendation", DocKind::recommendation},
    {"recommendation-supplement", DocKind::supplement},
    {"recommendation-amendment", DocKind::amendment},
    {"recommendation-corrigendum", DocKind::corrigendum},
    {"recommendation-errata", DocKind::corrigendum},
    {"recommendation-annex", DocKind::appendix},
    {"recommendation-appendix", DocKind::appendix},
    {"technical-paper", DocKind::technical_paper},
    {"resolution", DocKind::resolution},
    {"handbook", DocKind::handbook},
    {"question", DocKind::question_text},
    // ISO and IEC
    {"international-standard", DocKind::standard},
    {"technical-specification", DocKind::specification},
    {"technical-report", DocKind::technical_report},
    {"publicly-available-specification", DocKind::specification},
    {"system-reference-deliverable", DocKind::technical_report},
    {"guide", DocKind::guide},
    {"amendment", DocKind::amendment},
    {"corrigendum", DocKind::corrigendum},
    // ETSI (abbreviations), 3GPP (TS, TR), IETF
    {"EN", DocKind::standard},
    {"ES", DocKind::standard},
    {"ETS", DocKind::standard},
    {"I-ETS", DocKind::standard},
    {"TBR", DocKind::standard},
    {"NET", DocKind::standard},
    {"TS", DocKind::specification},
    {"GS", DocKind::specification},
    {"GTS", DocKind::specification},
    {"TR", DocKind::technical_report},
    {"GR", DocKind::technical_report},
    {"SR", DocKind::technical_report},
    {"ETR", DocKind::technical_report},
    {"TCRTR", DocKind::technical_report},
    {"EG", DocKind::guide},
    {"RFC", DocKind::standard},
    {"internet-draft", DocKind::specification},
};

// "/AMD1:2019", " Amd. 1", "/COR1", " Cor. 2": what the name says it is.
std::optional<DocKind> kind_from_name(std::string_view name) {
  for (std::string_view amd : {"/AMD", " AMD", " AMENDMENT"})
    if (contains_ci(name, amd)) return DocKind::amendment;
  for (std::string_view cor : {"/COR", " COR.", " COR ", " CORRIGENDUM", " ERR."})
    if (contains_ci(name, cor)) return DocKind::corrigendum;
  for (std::string_view sup : {" SUPPL", " SUPP.", " SUPPLEMENT"})
    if (contains_ci(name, sup)) return DocKind::supplement;
  return std::nullopt;
}

}  // namespace

std::optional<DocKind> relaton_kind(std::string_view doctype, std::string_view abbreviation,
                                    std::string_view name) {
  if (auto k = kind_from_name(name)) return k;
  for (std::string_view type : {abbreviation, doctype})
    for (const auto& row : kKinds)
      if (!type.empty() && equals_ci(row.type, type)) return row.kind;
  return std::nullopt;
}

std::optional<Status> relaton_stage(std::string_view stage) {
  while (!stage.empty() && stage.front() == ' ') stage.remove_prefix(1);
  if (stage.empty()) return std::nullopt;
  for (std::string_view w : {"withdrawal", "withdrawn", "deleted", "cancelled", "abandoned"})
    if (equals_ci(stage, w)) return Status::withdrawn;
  for (std::string_view s : {"replaced", "revised", "superseded", "obsolete", "historic"})
    if (equals_ci(stage, s)) return Status::superseded;
  for (std::string_view p : {"published", "in-force", "confirmed", "valid"})
    if (equals_ci(stage, p)) return Status::published;
  // The harmonized stage codes of ISO and IEC: "SS.ss".
  if (stage.size() >= 5 && std::isdigit(static_cast<unsigned char>(stage[0])) &&
      std::isdigit(static_cast<unsigned char>(stage[1])) && stage[2] == '.') {
    int major = (stage[0] - '0') * 10 + (stage[1] - '0');
    std::string_view minor = stage.substr(3, 2);
    if (major == 95) return minor == "99" ? Status::withdrawn : Status::published;
    if (major == 90 || (major == 60 && minor == "60")) return Status::published;
    if (major == 60) return Status::approved;
    if (major == 50) return Status::consented;
    if (major >= 20) return Status::ongoing;
    return Status::planned;
  }
  return std::nullopt;
}

std::optional<Status> relaton_date_status(std::string_view type) {
  struct Row {
    std::string_view type;
    Status status;
  };
  static constexpr Row kDates[] = {
      {"published", Status::published},    {"issued", Status::approved},
      {"obsoleted", Status::superseded},   {"confirmed", Status::published},
      {"corrected", Status::published},    {"circulated", Status::on_agenda},
      {"vote-started", Status::on_agenda}, {"vote-ended", Status::on_agenda},
      {"created", Status::ongoing},        {"announced", Status::approved},
  };
  for (const auto& row : kDates)
    if (equals_ci(row.type, type)) return row.status;
  return std::nullopt;
}

CommitteeName committee_group(std::string_view body, std::string_view name) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  if (body == "3GPP" && name.size() >= 2) {
    // Working groups: S3 -> SA3, plenaries: SP -> TSG SA.
    struct Tsg {
      char letter;
      std::string_view tsg;
    };
    static constexpr Tsg kTsgs[] = {{'S', "SA"},    {'C', "CT"}, {'R', "RAN"},
                                    {'G', "GERAN"}, {'N', "CN"}, {'T', "T"}};
    for (const auto& t : kTsgs) {
      if (name[0] != t.letter) continue;
      std::string_view rest = name.substr(1);
      if (rest == "P")
        return {fmt::format("3GPP TSG {}", t.tsg), fmt::format("TSG {} plenary ({})", t.tsg, name)};
      if (std::isdigit(static_cast<unsigned char>(rest[0])))
        return {fmt::format("3GPP {}{}", t.tsg, rest),
                fmt::format("TSG {} WG{} ({})", t.tsg, rest, name)};
    }
  }
  if (body_of_name(name) != "ITU-T") return {std::string(name), std::string(name)};
  return {fmt::format("{} {}", body, name), std::string(name)};
}

}  // namespace stdgraph
