// Which Relaton YAML a file is, told from its content, and the table that says where each
// generation keeps each field. A reader for one more generation is one more row of
// kGenerations (relaton_shape.cc), not a fork of the reader.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace stdgraph {

enum class RelatonGeneration : std::uint8_t {
  none,     // not Relaton: a native record file (or something else)
  v1_5,     // `docidentifier:` with `content`, dates `at` (relaton-data-itu, schema v1.5.x)
  v1_2,     // `docid:` with `id`, dates `value`, `ext.editorialgroup` (IEC, ETSI, 3GPP v1.2.x)
  legacy,   // `docid:` and no schema version: `doctype`, `editorialgroup` at the top
  unknown,  // Relaton by its keys, but with no identifier of a shape stdgraph reads
};

// A path of up to three mapping keys from a record's root ("ext", "doctype").
struct FieldPath {
  std::string_view keys[3];
};

// Where one generation keeps each field. Values found at a path may be a scalar or a map
// whose `content` (else `value`, else `type`) is the text, and a list or one item: the reader
// takes either (older files vary within a generation).
struct GenerationTable {
  RelatonGeneration generation;
  std::string_view name;             // for messages and docs: "Relaton v1.2 (docid)"
  std::string_view identifiers;      // the list (or single map) of identifiers
  std::string_view identifier_text;  // the name within one identifier
  std::string_view date_text;        // the date within one `date` entry
  std::string_view links;            // the list of links: {type, content}
  FieldPath stage;                   // the status stage: "Published", "PUBLISHED", "95.99"
  FieldPath doctype;                 // the document type
  FieldPath doctype_abbreviation;    // its abbreviation (ETSI: EN, TS ...)
  FieldPath committees;              // the editorial group(s)
  FieldPath ics;                     // ICS classes: {code, text}
};

struct RelatonShape {
  RelatonGeneration generation = RelatonGeneration::none;
  std::string schema_version;  // as the file states it ("v1.2.9"), or ""
  std::string marker;          // unknown: the key that made it look like Relaton
};

// Reads the keys at the start of lines (the top-level keys of a one-record file) and nothing
// else: a folder of 70,000 files is classified in the time it takes to read them.
RelatonShape relaton_shape(std::string_view text);

// The table of a generation (not none or unknown).
const GenerationTable& generation_table(RelatonGeneration generation);

}  // namespace stdgraph
