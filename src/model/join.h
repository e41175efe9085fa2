// Before a corpus indexes its records: one order whatever order the files loaded in, and
// one work per number, whichever sources speak of it (see corpus.h).
#pragma once

#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

// Puts every list of `records` in one order, that of the place each record is written
// (file, line, column), so that loading the same files in any order builds the same corpus.
void canonical_order(RecordSet& records);

// Joins catalogue records into the work-programme records of the same work: a catalogue
// record whose name is an edition of a work-programme record's name ("X.1817 (09/2023)" of
// "X.1817"), or of the number a link gives a draft, is absorbed into that record and leaves
// the list. Links naming no draft, a number of no catalogue record, or a number that another
// record already has are errors, and those links are not applied.
void join_works(RecordSet& records, Diagnostics& diags);

}  // namespace stdgraph
