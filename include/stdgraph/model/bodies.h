// Standards bodies: the one place that says whose document an item is.
#pragma once

#include <string>
#include <string_view>

#include "stdgraph/model/model.h"

namespace stdgraph {

// The body a document name belongs to, from how the body spells its names: "ISO/IEC 27011"
// -> "ISO/IEC", "IEC 62443-3-3:2013" and "CISPR 10" -> "IEC", "ETSI EN 303 645" -> "ETSI",
// "3GPP TS 33.501" -> "3GPP", "RFC 9846" (and BCP, STD) -> "IETF", "ITU-R P.841" -> "ITU-R",
// "ISO 9001" -> "ISO", "IEEE 802.1X" -> "IEEE"; anything else -> "ITU-T", the default sector.
std::string body_of_name(std::string_view name);

// The body of a document: what its catalogue record says (Document::body), else what its
// name says (body_of_name). Every command that asks whose document an item is asks this.
std::string body_of(const Document& document);

// True when `body` is, or is a party to, `wanted` (case folded): "ISO/IEC" is both "ISO" and
// "IEC"; "ITU" is "ITU-T" and "ITU-R".
bool body_matches(std::string_view body, std::string_view wanted);

}  // namespace stdgraph
