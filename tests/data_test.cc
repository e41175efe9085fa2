// The built-in data set: it loads without errors, the seeds' real inconsistencies come
// out as warnings, and every item of the seeds is found by each of its names.
#include <catch2/catch.hpp>
#include <set>

#include "stdgraph/analysis/describe.h"
#include "support.h"

using namespace stdgraph;

namespace {

const test::Loaded& data() {
  static const test::Loaded loaded = test::load_and_validate({test::data_dir()});
  return loaded;
}

bool has_warning(const std::string& code, const std::string& message_start) {
  for (const auto& d : data().diagnostics.items())
    if (d.code == code && d.message.rfind(message_start, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("data/ validates with no errors", "[data]") {
  for (const auto& d : data().diagnostics.items())
    if (d.severity == Severity::error) FAIL(format_diagnostic(d));
  CHECK(data().diagnostics.error_count() == 0);
}

TEST_CASE("data/ reports the seeds' real inconsistencies as warnings", "[data]") {
  CHECK(has_warning("same-title", "X.saf-dsf has the same title as X.1150"));
  CHECK(has_warning("question-outside-group", "H.FMLS-QMEM is in SG13 but its Question Q5/16"));
  CHECK(has_warning("status-conflict", "X.1236 is planned"));
  CHECK(has_warning("status-conflict", "TR.sgfdm is planned"));
  CHECK(data().diagnostics.warning_count() >= 4);
}

TEST_CASE("every relation in data/ reaches a record", "[data]") {
  const Corpus& c = data().corpus;
  std::size_t relations = 0;
  for (std::size_t d = 0; d < c.documents.size(); ++d)
    for (std::size_t r = 0; r < c.documents[d].relations.size(); ++r, ++relations) {
      INFO(c.documents[d].id << " -> " << c.documents[d].relations[r].target);
      CHECK(c.relation_targets[d][r] != npos);
    }
  CHECK(relations >= 20);
}

TEST_CASE("the seed relations the issue names are edges", "[data]") {
  const Corpus& c = data().corpus;
  auto related = [&](const char* from, RelationType type, const char* to) {
    std::size_t a = c.find_document(from), b = c.find_document(to);
    if (a == npos || b == npos) return false;
    for (std::size_t r = 0; r < c.documents[a].relations.size(); ++r)
      if (c.documents[a].relations[r].type == type && c.relation_targets[a][r] == b) return true;
    return false;
  };
  CHECK(related("X.1051Rev", RelationType::revises, "X.1051"));
  CHECK(related("X.1051Rev", RelationType::common_text, "ISO/IEC 27011"));
  CHECK(related("X.1053rev", RelationType::based_on, "X.1051"));
  CHECK(related("Suppl.74 to ITU-T Y.3800-series", RelationType::supplement_to, "Y.3800-series"));
  CHECK(related("X.1352 Amd.1", RelationType::amends, "X.1352"));
  CHECK(related("X.1333 Cor.1", RelationType::corrects, "X.1333"));
  CHECK(related("X.1631rev", RelationType::revises, "X.1631"));
}

TEST_CASE("one item, many names: X.rdda, X.1771 and X.Suppl.39 are one record", "[data]") {
  const Corpus& c = data().corpus;
  std::size_t d = c.find_document("X.rdda");
  REQUIRE(d != npos);
  for (const char* name : {"X.1771", "X.Suppl.39", "X Suppl. 39", "X.Suppl 39", "x.RDDA"})
    CHECK(c.find_document(name) == d);
  std::set<std::string> tables;
  for (const auto& e : c.documents[d].history) tables.insert(e.source.substr(0, 12));
  CHECK(tables.size() >= 2);  // listed in annex1.b and annex1.d: one item, two events
}

TEST_CASE("every item on the agenda of seed 003 is found with its history", "[data]") {
  const Corpus& c = data().corpus;
  REQUIRE(c.meetings.size() == 1);
  const Meeting& m = c.meetings[0];
  CHECK(m.agenda.size() == 12);
  for (const auto& a : m.agenda) {
    INFO(a.item);
    std::size_t d = c.find_document(a.item);
    REQUIRE(d != npos);
    bool on_agenda = false;
    for (const auto& e : c.documents[d].history)
      on_agenda |= e.status == Status::on_agenda && e.source == a.source;
    CHECK(on_agenda);
  }
}

TEST_CASE("an item listed in 2023 and again in 2025 is one item with two events", "[data]") {
  const Corpus& c = data().corpus;
  std::size_t d = c.find_document("X.soar-cc");
  REQUIRE(d != npos);
  const auto& h = c.documents[d].history;
  REQUIRE(h.size() >= 2);
  CHECK(h.front().date.year == 2023);
  CHECK(h.front().source.rfind("001/annex2", 0) == 0);
  CHECK(h.back().date.to_string() == "2025-09-04");
  CHECK(h.back().status == Status::on_agenda);
}
