// What a `source:` says a fact rests on: a row of a seed document, or a fact no seed
// states, named by its kind. The vocabulary (data/README.md, "Sources"):
//   SEED/TABLE[/ROW]            a seed says so: 001/annex1.a.tap/2, 003/text
//   general-knowledge: TEXT     known about the body in general, stated by no seed
//   inferred: TEXT              worked out from what seeds state; TEXT names those sources
//   assigned: TEXT              made up by the keeper of the records (an id, a title)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stdgraph {

enum class SourceKind : unsigned char { seed, general_knowledge, inferred, assigned };

// A source read apart. For a seed reference, `text` is the whole source; for the other
// kinds, the explanation after "KIND:".
struct SourceRef {
  SourceKind kind = SourceKind::seed;
  std::string_view text;
};

// The written names of the non-seed kinds ("general-knowledge", "inferred", "assigned").
const std::vector<std::string_view>& non_seed_source_kinds();
std::string_view to_string(SourceKind kind);  // "seed", "general-knowledge", ...

// True for SEED/TABLE or SEED/TABLE/ROW with a numeric ROW.
bool is_seed_reference(std::string_view source);

// The source read apart; nullopt when it is neither form (source_problem says why).
std::optional<SourceRef> parse_source(std::string_view source);
// Why parse_source refuses `source`, for a message ("" when it is a source): an unknown
// kind (with the nearest known one), a kind with nothing after it, an inference that names
// no source it is drawn from, or a seed reference not written SEED/TABLE[/ROW].
std::string source_problem(std::string_view source);

}  // namespace stdgraph
