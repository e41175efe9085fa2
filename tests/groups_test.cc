// Which groups lie under which (model/groups.h): parents, working-party members, loops.
#include <catch2/catch.hpp>

#include "stdgraph/model/groups.h"
#include "support.h"

using namespace stdgraph;

namespace {

const char* kGroups = R"(
groups:
  - {id: SG17, kind: study-group, source: t/x}
  - {id: WP4/17, kind: working-party, parent: SG17, members: [Q7/17], source: t/x}
  - {id: Q7/17, kind: question, parent: SG17, source: t/x}
  - {id: Q2/17, kind: question, parent: SG17, source: t/x}
  - {id: SG13, kind: study-group, source: t/x}
  - {id: LoopA, kind: jca, parent: LoopB, source: t/x}
  - {id: LoopB, kind: jca, parent: LoopA, source: t/x}
documents:
  - {id: X.7, kind: recommendation, title: Seven, group: SG17, question: Q7/17, source: t/x}
  - {id: X.2, kind: recommendation, title: Two, group: SG17, question: Q2/17, source: t/x}
  - {id: X.wp, kind: technical-report, title: Party, group: WP4/17, source: t/x}
  - {id: Y.1, kind: recommendation, title: One, group: SG13, source: t/x}
  - {id: Y.loop, kind: recommendation, title: Loop, group: LoopA, source: t/x}
  - {id: Z.1, kind: recommendation, title: Undeclared, group: SG99, source: t/x}
)";

struct Fixture {
  Diagnostics diags;
  Corpus corpus = test::load_text(kGroups, diags);
  std::size_t group(const char* id) const { return corpus.find_group(id); }
  const Document& doc(const char* id) const { return corpus.documents[corpus.find_document(id)]; }
};

}  // namespace

TEST_CASE("A Question a working party lists is under it and under its study group", "[groups]") {
  Fixture f;
  auto up = ancestors(f.corpus, f.group("Q7/17"));
  CHECK(up == std::vector<std::size_t>{f.group("Q7/17"), f.group("SG17"), f.group("WP4/17")});
  CHECK(is_under(f.corpus, f.doc("X.7"), f.group("WP4/17")));
  CHECK(is_under(f.corpus, f.doc("X.7"), f.group("SG17")));
  CHECK_FALSE(is_under(f.corpus, f.doc("X.2"), f.group("WP4/17")));
  CHECK(is_under(f.corpus, f.doc("X.wp"), f.group("SG17")));
  CHECK_FALSE(is_under(f.corpus, f.doc("Y.1"), f.group("SG17")));
  std::vector<bool> sg17 = documents_under(f.corpus, {f.group("SG17")});
  std::vector<bool> wp = documents_under(f.corpus, {f.group("WP4/17")});
  for (std::size_t d = 0; d < f.corpus.documents.size(); ++d) {
    const std::string& id = f.corpus.documents[d].id;
    INFO(id);
    CHECK(sg17[d] == (id == "X.7" || id == "X.2" || id == "X.wp"));
    CHECK(wp[d] == (id == "X.7" || id == "X.wp"));
  }
}

TEST_CASE("A loop of parent links ends: each group once", "[groups]") {
  Fixture f;
  auto up = ancestors(f.corpus, f.group("LoopA"));
  CHECK(up == std::vector<std::size_t>{f.group("LoopA"), f.group("LoopB")});
  CHECK(is_under(f.corpus, f.doc("Y.loop"), f.group("LoopB")));
  std::vector<bool> under = groups_under(f.corpus, {f.group("LoopB")});
  CHECK(under[f.group("LoopA")]);
  CHECK_FALSE(under[f.group("SG17")]);
}

TEST_CASE("A group no record declares holds the items that name it", "[groups]") {
  Fixture f;
  CHECK(is_under(f.corpus, f.doc("Z.1"), "SG99"));
  CHECK(is_under(f.corpus, f.doc("Z.1"), "sg99"));
  CHECK_FALSE(is_under(f.corpus, f.doc("Y.1"), "SG99"));
  CHECK(is_under(f.corpus, f.doc("X.7"), "wp4/17"));
  GroupFilter filter(f.corpus, {"WP4/17", "SG99"});
  CHECK(filter.contains(f.doc("X.7")));
  CHECK(filter.contains(f.doc("Z.1")));
  CHECK_FALSE(filter.contains(f.doc("X.2")));
}
