// The identifier rules, as a table: each row is two spellings that must (or must not)
// name one document.
#include <catch2/catch.hpp>

#include "stdgraph/ids.h"

using stdgraph::identifier_key;

TEST_CASE("spellings the seeds use interchangeably are one name", "[ids]") {
  struct Row {
    const char* a;
    const char* b;
  };
  const Row same[] = {
      {"X.Suppl.39", "X.Suppl 39"},
      {"X.Suppl.39", "X Suppl. 39"},
      {"X.Suppl.39", "X.Suppl. 39"},
      {"X.Suppl.39", "x.suppl.39"},
      {"X.Suppl.39", "X Supplement 39"},
      {"X.Suppl.39", "ITU-T X.Suppl.39"},
      {"X.1051Rev", "X.1051rev"},
      {"X.1051Rev", "X.1051 Rev"},
      {"X.1051Rev", "X.1051 Revision"},
      {"Suppl.74 to ITU-T Y.3800-series", "Y.Suppl.74"},
      {"Suppl.74 to ITU-T Y.3800-series", "Y Suppl. 74"},
      {"Suppl.75 to ITU-T Y.3000-series", "Y.Supp.75"},
      {"X.1817", "ITU-T X.1817"},
      {"X.1817", "Recommendation ITU-T X.1817"},
      {"X.1817", "x.1817"},
      {"X.5Gsec-message", "x.5gsec-message"},
      {"X.1352 Amd.1", "X.1352 Amd. 1"},
      {"X.1352 Amd.1", "X.1352 Amendment 1"},
      {"X.1333 Cor.1", "X.1333 Corrigendum 1"},
      {"X.1051 (06/2023)", "X.1051 (2023-06)"},
      {"X.1051 (06/2023)", "ITU-T X.1051 (06/2023)"},
      {"Y.QKDNf -fr", "Y.QKDNf  -fr"},
      {"H.222.0 v9 (08/2023)", "ITU-T H.222.0 (V9) (08/2023)"},
      {"H.248.1 v3 (2005) Amd. 2 (12/2009)", "ITU-T H.248.1 (V3) (2005) Amd. 2 (12/2009)"},
      {"X.1\xC2\xA0"
       "817",
       "X.1 817"},  // no-break space
  };
  for (const auto& row : same) {
    INFO(row.a << " vs " << row.b);
    CHECK(identifier_key(row.a) == identifier_key(row.b));
  }
}

TEST_CASE("different documents keep different names", "[ids]") {
  struct Row {
    const char* a;
    const char* b;
  };
  const Row different[] = {
      {"X.1051", "X.1051Rev"},
      {"X.1051Rev", "X.1051rev2"},
      {"X.1051 (06/2023)", "X.1051 (04/2016)"},
      {"X.1051 (06/2023)", "X.1051"},
      {"X.Suppl.39", "Y.Suppl.39"},
      {"X.Suppl.39", "X.Suppl.3"},
      {"X.1352", "X.1352 Amd.1"},
      {"X.1333 Cor.1", "X.1333 Cor.2"},
      {"X.saf-dfs", "X.saf-dsf"},
      {"ISO/IEC 27011", "ISO/IEC 27017"},
      {"ITU-R P.841", "P.841"},
      {"H.222.0 v9 (08/2023)", "H.222.0 v8 (08/2023)"},
      {"ITU-R P.841", "ITU-T P.841"},
  };
  for (const auto& row : different) {
    INFO(row.a << " vs " << row.b);
    CHECK(identifier_key(row.a) != identifier_key(row.b));
  }
}

TEST_CASE("keys are stable: the key of a key is itself", "[ids]") {
  for (const char* name : {"X.Suppl 39", "Suppl.74 to ITU-T Y.3800-series", "X.1051 Rev",
                           "X.1051 (06/2023)", "ITU-T X.1817", "Y.QKDNf -fr"})
    CHECK(identifier_key(identifier_key(name)) == identifier_key(name));
}

TEST_CASE("keys read as the canonical spelling", "[ids]") {
  CHECK(identifier_key("X Suppl. 39") == "X.SUPPL.39");
  CHECK(identifier_key("X.1051 rev") == "X.1051REV");
  CHECK(identifier_key("Suppl.74 to ITU-T Y.3800-series") == "Y.SUPPL.74");
  CHECK(identifier_key("X.1051 (06/2023)") == "X.1051(2023-06)");
}

TEST_CASE("an edition is a date on a work", "[ids]") {
  struct Row {
    const char* name;
    const char* work_as;  // a name with the same work key
    const char* edition;  // "" when none
  };
  const Row rows[] = {
      {"ITU-T X.1051 (06/2023)", "X.1051", "2023-06"},
      {"X.1051 (04/2016)", "x.1051", "2016-04"},
      {"X.1051 (2016) Cor. 1 (09/2017)", "X.1051 (2016) Corrigendum 1", "2017-09"},
      {"X Suppl. 13 (09/2018)", "X.Suppl.13", "2018-09"},
      {"X.1051", "X.1051", ""},
      {"X.1051 (2016)", "X.1051", "2016"},
      {"ITU-R P.841-7", "ITU-R P.841-7", ""},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    auto split = stdgraph::edition_key(row.name);
    CHECK(split.work == identifier_key(row.work_as));
    CHECK(split.edition.to_string() == std::string(row.edition));
  }
}
