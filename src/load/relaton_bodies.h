// What each body's catalogue words mean in stdgraph's model: document types, stages, dated
// events and committees. Tables, each documented in data/README.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stdgraph/model/model.h"

namespace stdgraph {

// The kind of a document from its type as the catalogue writes it (ITU "recommendation",
// IEC "international-standard", ETSI abbreviation "EN", 3GPP "TS") and from its name (an
// "/AMD1:2019" or "Amd. 1" is an amendment whatever the type says). nullopt: not known.
std::optional<DocKind> relaton_kind(std::string_view doctype, std::string_view abbreviation,
                                    std::string_view name);

// The status a stage states without a date: "Withdrawal", "WITHDRAWN", ISO/IEC harmonized
// stage "95.99" -> withdrawn; "REPLACED", "REVISED" -> superseded; "60.00" -> approved;
// "PUBLISHED", "60.60", "90.93" -> published; "40.20" -> ongoing ... nullopt: no status.
std::optional<Status> relaton_stage(std::string_view stage);

// The status a dated event of a given Relaton date type marks: published -> published,
// issued -> approved, obsoleted -> superseded, circulated / vote-started -> on-agenda, ...
// nullopt for dates that mark no step of a document's life (accessed, fetched, updated,
// stable-until ...).
std::optional<Status> relaton_date_status(std::string_view type);

// A committee of a body as a group: "TC 65" of IEC -> "IEC TC 65"; 3GPP "S3" -> "3GPP SA3"
// ("TSG SA WG3"); ETSI "Cyber Security" -> "ETSI Cyber Security"; a name that already names
// its body ("ISO/IEC JTC 1/SC 27") is kept.
struct CommitteeName {
  std::string id;
  std::string name;
};
CommitteeName committee_group(std::string_view body, std::string_view name);

}  // namespace stdgraph
