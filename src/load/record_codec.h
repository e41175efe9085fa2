// Records, groups and diagnostics as cache bytes, and back: what both cache files hold
// (a file's records in the cache of files, the built corpus in the corpus cache). Every
// get_ throws Corrupt on bytes that are not a record (an enum out of range, a bad date).
#pragma once

#include <string>
#include <vector>

#include "binary_io.h"
#include "stdgraph/model/diagnostics.h"
#include "stdgraph/model/model.h"

namespace stdgraph::cache {

void put(Writer& w, const std::vector<std::string>& strings);
std::vector<std::string> get_strings(Reader& r);

// `with_keys`: the relations' target keys, which only Corpus::build reads; a built corpus
// keeps its resolved targets instead. Places are kept as line and column: `file` is
// known from what holds the record.
void put(Writer& w, const Document& d, bool with_keys = true);
Document get_document(Reader& r, const std::string& file);

void put(Writer& w, const Group& g);
Group get_group(Reader& r, const std::string& file);

// `with_file`: the diagnostic's file too; without, it is the file of what holds it, given
// to get_diagnostic (nullptr: read from the bytes).
void put_diagnostic(Writer& w, const Diagnostic& d, bool with_file);
Diagnostic get_diagnostic(Reader& r, const std::string* file);

}  // namespace stdgraph::cache
