// Dependency chains, impact, chains, centrality and risk: on the seeds' real chains, on
// hand-made fixtures (tests/fixtures/deps/), and through the CLI.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>

#include "stdgraph/analysis/chains.h"
#include "stdgraph/analysis/deps.h"
#include "stdgraph/analysis/risk.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

struct Data {
  Corpus corpus;
  Graph graph;
  explicit Data(Corpus c) : corpus(std::move(c)), graph(corpus) {}
  std::size_t id(const char* name) const {
    std::size_t d = corpus.find_document(name);
    INFO(name);
    REQUIRE(d != npos);
    return d;
  }
  std::string name(std::size_t d) const { return corpus.documents[d].id; }
};

const Data& seeds() {
  static const Data data(test::load_and_validate({test::data_dir() + "/records"}).corpus);
  return data;
}

const Data& fixture(const std::string& file) {
  static std::map<std::string, std::unique_ptr<Data>> loaded;
  auto& slot = loaded[file];
  if (!slot)
    slot = std::make_unique<Data>(
        test::load_and_validate({test::source_path("tests/fixtures/deps/" + file)}).corpus);
  return *slot;
}

Data from_yaml(const std::string& yaml) {
  Diagnostics diags;
  Corpus c = test::load_text(yaml, diags);
  for (const auto& d : diags.items()) INFO(d.message);
  REQUIRE(diags.error_count() == 0);
  return Data(std::move(c));
}

// "item<-relation-parent" for each node but the root, in tree order.
std::vector<std::string> tree_lines(const Data& d, const DependencyTree& tree) {
  std::vector<std::string> lines;
  for (const auto& n : tree.nodes) {
    if (n.parent == npos) continue;
    lines.push_back(std::string(n.depth - 1, ' ') + d.name(n.document) + " " +
                    std::string(step_label(n.step)) + " " + d.name(tree.nodes[n.parent].document));
  }
  return lines;
}

std::set<std::string> items_of(const Data& d, const DependencyTree& tree) {
  std::set<std::string> items;
  for (const auto& n : tree.nodes)
    if (n.parent != npos) items.insert(d.name(n.document));
  return items;
}

}  // namespace

// --- the table -----------------------------------------------------------------------

TEST_CASE("every relation type has one orientation, informative references are not default",
          "[deps]") {
  CHECK(orientation(RelationType::based_on) == Orientation::declared);
  CHECK(orientation(RelationType::revises) == Orientation::declared);
  CHECK(orientation(RelationType::common_text) == Orientation::declared);
  CHECK(orientation(RelationType::complements) == Orientation::by_kind);
  CHECK(orientation(RelationType::edition_of) == Orientation::by_kind);
  CHECK(orientation(RelationType::same_as) == Orientation::none);
  CHECK(orientation(RelationType::moved_to) == Orientation::none);
  auto defaults = DependencyTypes::defaults();
  CHECK_FALSE(defaults.follows(RelationType::informative_reference));
  CHECK(defaults.follows(RelationType::normative_reference));
  CHECK(defaults.editions);
  CHECK(DependencyTypes::all().follows(RelationType::informative_reference));
  CHECK_FALSE(DependencyTypes::all().follows(RelationType::same_as));
}

TEST_CASE("deps: --types names are checked, with the nearest name", "[deps]") {
  std::string error;
  auto t = parse_dependency_types({"based-on", "previous-edition"}, &error);
  REQUIRE(t);
  CHECK(t->names() == std::vector<std::string_view>{"based-on", "previous-edition"});
  CHECK_FALSE(parse_dependency_types({"base-on"}, &error));
  CHECK(error.find("unknown relation type `base-on`; did you mean based-on?") != std::string::npos);
  CHECK_FALSE(parse_dependency_types({"same-as"}, &error));
  CHECK(error.find("`same-as` is not a dependency") != std::string::npos);
  CHECK(parse_dependency_types({"all"}, &error)->follows(RelationType::informative_reference));
}

// --- the seeds' chains -----------------------------------------------------------------

TEST_CASE("X.1053rev rests on X.1051 (based on) and X.1053 (revises)", "[deps][seeds]") {
  const Data& d = seeds();
  auto tree = dependencies(d.corpus, d.graph, d.id("X.1053rev"), Direction::upstream, {});
  CHECK(tree_lines(d, tree) ==
        std::vector<std::string>{"X.1051 based-on X.1053rev", "X.1053 revises X.1053rev"});
  CHECK(d.corpus.documents[tree.nodes[1].step.owner].id == "X.1053rev");
}

TEST_CASE("the X.1051 revision line: what a revision of X.1051 touches, by Question",
          "[deps][seeds]") {
  const Data& d = seeds();
  ImpactReport report = impact(d.corpus, d.graph, d.id("X.1051"), {});
  CHECK(items_of(d, report.tree) == std::set<std::string>{"X.1051Rev", "X.1051rev2", "X.1053rev"});
  REQUIRE(report.groups.size() == 1);
  CHECK(report.groups[0].id == "SG17");
  CHECK(report.groups[0].name == "Security");
  REQUIRE(report.groups[0].questions.size() == 1);
  CHECK(report.groups[0].questions[0].id == "Q3/17");
  CHECK(report.groups[0].questions[0].nodes.size() == 3);
  for (const auto& n : report.tree.nodes)
    if (n.parent != npos)
      CHECK(step_label(n.step) == (d.name(n.document) == "X.1053rev" ? "based-on" : "revises"));

  // Upstream from the approved revision: what it was built on.
  auto up = dependencies(d.corpus, d.graph, d.id("X.1051Rev"), Direction::upstream, {});
  CHECK(tree_lines(d, up) == std::vector<std::string>{"ISO/IEC 27002 based-on X.1051Rev",
                                                      "ISO/IEC 27011 common-text X.1051Rev",
                                                      "X.1051 revises X.1051Rev"});
}

TEST_CASE("Supplements to X.1148 and X.1352, and the Y.3800-series Supplements", "[deps][seeds]") {
  const Data& d = seeds();
  CHECK(items_of(d, impact(d.corpus, d.graph, d.id("X.1148"), {}).tree) ==
        std::set<std::string>{"X.Suppl. 39"});
  auto x1352 = impact(d.corpus, d.graph, d.id("X.1352"), {});
  CHECK(tree_lines(d, x1352.tree) ==
        std::vector<std::string>{"X.1352 Amd. 1 amends X.1352",
                                 "X.suppl.tig-iotsec supplement-to X.1352"});
  CHECK(
      items_of(d, impact(d.corpus, d.graph, d.id("Y.3800-series"), {}).tree) ==
      std::set<std::string>{"Suppl.74 to ITU-T Y.3800-series", "Suppl.80 to ITU-T Y.3800-series"});
  // Any name of an item starts the same chain.
  auto by_alias = dependencies(d.corpus, d.graph, d.id("X.rdda"), Direction::upstream, {});
  CHECK(d.name(by_alias.root) == "X.Suppl. 39");
  CHECK(tree_lines(d, by_alias) == std::vector<std::string>{"X.1148 supplement-to X.Suppl. 39"});
}

TEST_CASE("risk on the seeds: texts already replaced by X.1051Rev", "[risk][seeds]") {
  const Data& d = seeds();
  RiskReport report = find_risks(d.corpus, d.graph, {});
  CHECK(report.drafts > 100);
  std::set<std::string> stale;
  for (const auto& s : report.stale) {
    CHECK(s.reason == StaleReason::replaced);
    CHECK(d.name(s.replaced_by) == "X.1051Rev");
    stale.insert(d.name(s.step.from) + " " + std::string(step_label(s.step)) + " " +
                 d.name(s.step.to));
  }
  CHECK(stale == std::set<std::string>{"X.1053rev based-on X.1051", "X.1051rev2 revises X.1051"});
}

// --- editions and by-kind relations ----------------------------------------------------

TEST_CASE("editions: each rests on the one before, a supplement on its Recommendation", "[deps]") {
  Data d = from_yaml(R"yaml(documents:
  - {id: "X.9 (2010)", kind: recommendation, title: Nine, source: T/e/1}
  - {id: "X.9 (06/2015)", kind: recommendation, title: Nine, source: T/e/2,
     relations: [{type: edition-of, target: "X.9 (2010)"}]}
  - {id: "X.9 (2020)", kind: recommendation, title: Nine, source: T/e/3,
     relations: [{type: edition-of, target: "X.9 (2010)"}, {type: edition-of, target: "X.9 (06/2015)"},
                 {type: complements, target: "X Suppl. 9"}, {type: complements, target: "X.10"}]}
  - {id: "X Suppl. 9", kind: supplement, title: On nine, source: T/e/4}
  - {id: "X.10", kind: recommendation, title: Ten, source: T/e/5}
)yaml");
  // The bare name is the newest edition.
  CHECK(d.name(d.id("X.9")) == "X.9 (2020)");
  auto up = dependencies(d.corpus, d.graph, d.id("X.9"), Direction::upstream, {});
  CHECK(tree_lines(d, up) ==
        std::vector<std::string>{"X.9 (06/2015) previous-edition X.9 (2020)",
                                 " X.9 (2010) previous-edition X.9 (06/2015)"});
  // A named edition starts there.
  auto mid = dependencies(d.corpus, d.graph, d.id("X.9 (06/2015)"), Direction::upstream, {});
  CHECK(items_of(d, mid) == std::set<std::string>{"X.9 (2010)"});
  // complements: the Supplement rests on the Recommendation, declared on either side;
  // between two Recommendations it is no dependency.
  auto supp = dependencies(d.corpus, d.graph, d.id("X Suppl. 9"), Direction::upstream, {});
  CHECK(tree_lines(d, supp) ==
        std::vector<std::string>{"X.9 (2020) complements X Suppl. 9",
                                 " X.9 (06/2015) previous-edition X.9 (2020)",
                                 "  X.9 (2010) previous-edition X.9 (06/2015)"});
  CHECK(upstream_steps(d.corpus, d.graph, d.id("X.10"), DependencyTypes::defaults()).empty());
  auto down = dependencies(d.corpus, d.graph, d.id("X.9 (2010)"), Direction::downstream, {});
  CHECK(items_of(d, down) == std::set<std::string>{"X.9 (06/2015)", "X.9 (2020)", "X Suppl. 9"});
  // Without previous-edition, editions are not chained.
  DependencyOptions no_editions{0, *parse_dependency_types({"complements"}, nullptr)};
  CHECK(items_of(d, dependencies(d.corpus, d.graph, d.id("X Suppl. 9"), Direction::upstream,
                                 no_editions)) == std::set<std::string>{"X.9 (2020)"});
}

TEST_CASE("chains: --depth cuts chains and marks where it cut", "[deps]") {
  const Data& d = fixture("cycles.yaml");
  auto full = dependencies(d.corpus, d.graph, d.id("X.H"), Direction::upstream, {});
  CHECK(items_of(d, full) == std::set<std::string>{"X.G", "X.B", "X.C", "X.A", "X.Z"});
  auto cut = dependencies(d.corpus, d.graph, d.id("X.H"), Direction::upstream,
                          {1, DependencyTypes::defaults()});
  REQUIRE(cut.nodes.size() == 2);
  CHECK(d.name(cut.nodes[1].document) == "X.G");
  CHECK(cut.nodes[1].more);
  CHECK_FALSE(cut.nodes[0].more);
  // Each item once, at its least depth, even inside a loop.
  std::set<std::size_t> once;
  for (const auto& n : full.nodes) CHECK(once.insert(n.document).second);
}

// --- chains, loops, centrality ---------------------------------------------------------

TEST_CASE("chains: loops shown as loops, the longest chain goes through the ring", "[chains]") {
  const Data& d = fixture("cycles.yaml");
  ChainsReport report = analyse_chains(d.corpus, d.graph, {});
  REQUIRE(report.cycles.size() == 2);
  std::vector<std::string> ring;
  for (const auto& e : report.cycles[0].edges) {
    ring.push_back(d.name(e.from));
    CHECK(e.type == RelationType::based_on);
  }
  CHECK(ring == std::vector<std::string>{"X.A", "X.B", "X.C"});
  REQUIRE(report.cycles[1].edges.size() == 1);
  CHECK(d.name(report.cycles[1].edges[0].from) == "X.D");
  CHECK(report.tangles == 2);  // the ring, and E and F citing each other

  REQUIRE_FALSE(report.longest.empty());
  const auto& steps = report.longest[0].steps;
  std::vector<std::string> chain = {d.name(steps.front().from)};
  for (const auto& s : steps) chain.push_back(d.name(s.to));
  // The ring is one place in the count (4 steps between places); the chain shows the
  // way through it, from where it enters (B) to where it leaves (A).
  CHECK(chain == std::vector<std::string>{"X.H", "X.G", "X.B", "X.C", "X.A", "X.Z"});
  for (std::size_t i = 1; i < steps.size(); ++i) CHECK(steps[i].from == steps[i - 1].to);

  // Most depended on: each ring member has the other two and G and H resting on it.
  REQUIRE(report.most_depended_on.size() >= 4);
  std::map<std::string, std::size_t> all;
  for (const auto& r : report.most_depended_on) all[d.name(r.document)] = r.all;
  CHECK(all["X.Z"] == 5);
  CHECK(all["X.B"] == 4);
  CHECK(all["X.A"] == 4);
  CHECK(all["X.G"] == 1);
  CHECK(all["X.E"] == 1);
  CHECK(d.name(report.most_depended_on[0].document) == "X.Z");
  // The ring members tie on dependents; PageRank orders them.
  for (std::size_t i = 1; i < 3; ++i) {
    CHECK(report.most_depended_on[i].all == 4);
    CHECK(report.most_depended_on[i].pagerank >= report.most_depended_on[i + 1].pagerank);
  }
}

TEST_CASE("dependents counted breadth first and with bit sets agree", "[chains]") {
  // A random graph with loops and long chains, 3000 items.
  std::mt19937 rng(17);
  std::string yaml = "documents:\n";
  const int n = 3000;
  for (int i = 0; i < n; ++i) {
    yaml += "  - {id: X." + std::to_string(i) + ", kind: recommendation, title: t, source: T/r/1";
    std::string rels;
    for (int k = 0; k < 3; ++k) {
      int to = rng() % 10 == 0 ? static_cast<int>(rng() % n)
                               : std::min(n - 1, i + 1 + static_cast<int>(rng() % 20));
      if (to == i) continue;
      rels += std::string(rels.empty() ? "" : ", ") + "{type: normative-reference, target: X." +
              std::to_string(to) + "}";
    }
    yaml += rels.empty() ? "}\n" : ", relations: [" + rels + "]}\n";
  }
  Data d = from_yaml(yaml);
  DependencyIndex index = index_dependencies(d.corpus, d.graph, DependencyTypes::defaults());
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  for (const auto& s : index.steps) edges.emplace_back(s.from, s.to);
  Condensation cond = condense(index.documents(), edges);
  auto bfs = count_dependents(index, cond, CountMethod::breadth_first);
  auto bits = count_dependents(index, cond, CountMethod::bit_sets);
  CHECK(bfs == bits);
  // And against a plain search for a few items.
  for (std::size_t item : {0ul, 1500ul, 2999ul}) {
    auto tree = dependencies(d.corpus, d.graph, item, Direction::downstream, {});
    CHECK(bfs[item] == tree.nodes.size() - 1);
  }
  // Every edge of the condensation goes forward in its order.
  std::vector<std::size_t> place(cond.count);
  for (std::size_t i = 0; i < cond.order.size(); ++i) place[cond.order[i]] = i;
  for (const auto& [from, to] : edges)
    if (cond.component[from] != cond.component[to])
      CHECK(place[cond.component[from]] < place[cond.component[to]]);
}

TEST_CASE("PageRank: scores sum to 1, the most cited text scores highest", "[chains]") {
  const Data& d = fixture("cycles.yaml");
  DependencyIndex index = index_dependencies(d.corpus, d.graph, DependencyTypes::defaults());
  PageRank rank = pagerank(index);
  double sum = 0;
  for (double s : rank.score) sum += s;
  CHECK(sum == Approx(1.0).epsilon(1e-9));
  CHECK(rank.iterations < 200);
  CHECK(rank.score[d.id("X.Z")] > rank.score[d.id("X.G")]);
  CHECK(rank.score[d.id("X.B")] > rank.score[d.id("X.G")]);
  CHECK(rank.score[d.id("X.G")] > rank.score[d.id("X.H")]);
}

TEST_CASE("PageRank agrees with networkx.pagerank on the same steps", "[chains][networkx]") {
  if (std::system("/usr/bin/python3 -c 'import networkx, scipy' 2>/dev/null") != 0) {
    WARN("python3-networkx or python3-scipy is not installed: PageRank cross-check skipped");
    return;
  }
  const Data& d = fixture("cycles.yaml");
  DependencyIndex index = index_dependencies(d.corpus, d.graph, DependencyTypes::defaults());
  PageRank rank = pagerank(index);
  auto dir = std::filesystem::temp_directory_path() / "stdgraph-pagerank-test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream edges(dir / "edges.txt");
    for (const auto& s : index.steps) edges << s.from << ' ' << s.to << '\n';
  }
  std::string command =
      "/usr/bin/python3 -c \"import networkx as nx, sys\n"
      "g = nx.DiGraph(); g.add_nodes_from(range(" +
      std::to_string(index.documents()) +
      "))\n"
      "g.add_edges_from(tuple(map(int, l.split())) for l in open(sys.argv[1]))\n"
      "r = nx.pagerank(g, alpha=0.85, tol=1e-12, max_iter=10000)\n"
      "print(' '.join(repr(r[i]) for i in range(len(r))))\" " +
      (dir / "edges.txt").string() + " > " + (dir / "out.txt").string();
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream in(dir / "out.txt");
  for (std::size_t i = 0; i < index.documents(); ++i) {
    double theirs = 0;
    in >> theirs;
    CHECK(rank.score[i] == Approx(theirs).epsilon(1e-6));
  }
  std::filesystem::remove_all(dir);
}

// --- risk ------------------------------------------------------------------------------

TEST_CASE("risk: drafts hanging on unapproved work, with the chain", "[risk]") {
  const Data& d = fixture("risk.yaml");
  RiskReport report = find_risks(d.corpus, d.graph, {});
  std::map<std::string, std::vector<std::string>> blocked;
  for (const auto& draft : report.at_risk)
    for (const auto& b : draft.blockers) {
      REQUIRE_FALSE(b.chain.empty());
      CHECK(b.chain.front().from == draft.draft);
      CHECK(b.chain.back().to == b.document);
      blocked[d.name(draft.draft)].push_back(d.name(b.document) + " in " +
                                             std::to_string(b.chain.size()));
    }
  CHECK(blocked ==
        std::map<std::string, std::vector<std::string>>{
            {"X.draft1", {"X.mid in 1"}}, {"X.draft2", {"X.draft1 in 1", "X.mid in 2"}}});
  // A bibliography entry holds nothing up, unless asked for.
  RiskReport all = find_risks(d.corpus, d.graph, {DependencyTypes::all()});
  bool draft3 = false;
  for (const auto& draft : all.at_risk) draft3 |= d.name(draft.draft) == "X.draft3";
  CHECK(draft3);
}

TEST_CASE("risk: references to withdrawn, superseded and replaced texts", "[risk]") {
  const Data& d = fixture("risk.yaml");
  RiskReport report = find_risks(d.corpus, d.graph, {});
  std::set<std::string> stale;
  for (const auto& s : report.stale) {
    std::string why = s.reason == StaleReason::withdrawn ? "withdrawn"
                      : s.reason == StaleReason::superseded
                          ? "superseded"
                          : "replaced by " + d.name(s.replaced_by);
    stale.insert(d.name(s.step.from) + " -> " + d.name(s.step.to) + ": " + why);
  }
  CHECK(stale == std::set<std::string>{
                     "X.user -> X.old: withdrawn",
                     "X.user2 -> X.gone: superseded",
                     "X.cite -> X.orig: replaced by X.origrev",
                     "X.origrev2 -> X.orig: replaced by X.origrev",
                 });
}

// --- the CLI ---------------------------------------------------------------------------

TEST_CASE("deps, impact, chains and risk in text, JSON and CSV", "[deps][cli]") {
  auto deps = test::run_stdgraph({"deps", "X.1053rev", "--format", "json"});
  REQUIRE(deps.exit_code == 0);
  auto j = json::parse(deps.out);
  CHECK(j["item"] == "X.1053rev");
  CHECK(j["direction"] == "upstream");
  CHECK(j["count"] == 2);
  CHECK(j["items"][1]["item"] == "X.1051");
  CHECK(j["items"][1]["step"]["relation"] == "based-on");
  CHECK(j["items"][1]["step"]["source"] == "001/annex2.b/43");

  auto text = test::run_stdgraph({"deps", "X.1053rev"});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("|-- X.1051  based-on") != std::string::npos);
  CHECK(text.out.find("`-- X.1053  revises") != std::string::npos);

  auto csv = test::run_stdgraph({"impact", "X.1051", "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  CHECK(csv.out.rfind("depth,item,relation,via,status,status_date,group,question,title,", 0) == 0);
  CHECK(csv.out.find("\r\n1,X.1053rev,based-on,X.1051,planned,") != std::string::npos);

  auto impact_text = test::run_stdgraph({"impact", "X.1051"});
  CHECK(impact_text.out.find("3 items rest on X.1051, in 1 group") == 0);
  CHECK(impact_text.out.find("\nSG17  Security\n  Q3/17") != std::string::npos);

  auto chains = json::parse(test::run_stdgraph({"chains", "--format", "json"}).out);
  CHECK(chains["cycles"].empty());
  CHECK(chains["longest"].size() >= 1);

  auto risk = json::parse(test::run_stdgraph({"risk", "--format", "json"}).out);
  CHECK(risk["stale"].size() == 2);
  CHECK(risk["stale"][0]["replaced_by"] == "X.1051Rev");
}

namespace {

// RFC 4180 records (CRLF between them, quotes doubled inside quoted fields).
std::vector<std::vector<std::string>> csv_records(const std::string& text) {
  std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        records.back().back() += text[++i];
      else if (c == '"')
        quoted = false;
      else
        records.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      records.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      records.emplace_back(1);
    } else {
      records.back().back() += c;
    }
  }
  if (records.back() == std::vector<std::string>(1)) records.pop_back();
  return records;
}

}  // namespace

TEST_CASE("chains and risk in CSV: one header, a row per chain, item, loop or reference",
          "[deps][cli]") {
  auto chains = test::run_stdgraph({"--data", test::source_path("tests/fixtures/deps/cycles.yaml"),
                                    "chains", "--format", "csv", "--top", "2"});
  REQUIRE(chains.exit_code == 0);
  auto rows = csv_records(chains.out);
  REQUIRE(rows.size() == 6);  // header, 1 chain, 2 depended on, 2 loops
  CHECK(rows[0] == std::vector<std::string>{"section", "rank", "item", "to", "length", "dependents",
                                            "direct", "pagerank", "status", "chain"});
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  CHECK(rows[1][0] == "chain");
  CHECK(rows[1][2] == "X.H");
  CHECK(rows[1][3] == "X.Z");
  CHECK(rows[1][4] == "5");
  CHECK(rows[1][9] ==
        "X.H -amends-> X.G -normative-reference-> X.B -based-on-> X.C -based-on-> X.A "
        "-normative-reference-> X.Z");
  CHECK(rows[2][0] == "depended-on");
  CHECK(rows[2][2] == "X.Z");
  CHECK(rows[2][5] == "5");
  CHECK(rows[3][0] == "depended-on");
  CHECK(rows[4][0] == "cycle");
  CHECK(rows[4][9] == "X.A -based-on-> X.B -based-on-> X.C -based-on-> X.A");
  CHECK(rows[5][9] == "X.D -supersedes-> X.D");

  auto risk = test::run_stdgraph(
      {"--data", test::source_path("tests/fixtures/deps/risk.yaml"), "risk", "--format", "csv"});
  REQUIRE(risk.exit_code == 0);
  rows = csv_records(risk.out);
  REQUIRE(rows.size() == 8);  // header, 3 blockers of 2 drafts, 4 stale references
  CHECK(rows[0] == std::vector<std::string>{"section", "item", "status", "relation", "target",
                                            "target_status", "reason", "replaced_by", "chain"});
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  CHECK(rows[3] ==
        std::vector<std::string>{"blocked", "X.draft2", "planned", "supplement-to", "X.mid",
                                 "determined", "not approved yet", "",
                                 "X.draft2 -supplement-to-> X.draft1 -based-on-> X.mid"});
  CHECK(rows[6] == std::vector<std::string>{"stale", "X.cite", "planned", "normative-reference",
                                            "X.orig", "approved", "replaced", "X.origrev",
                                            "X.cite -normative-reference-> X.orig"});

  // In JSON, a step whose relation and record name no source says null, not "".
  auto risk_json = test::run_stdgraph(
      {"--data", test::source_path("tests/fixtures/deps/risk.yaml"), "risk", "--format", "json"});
  REQUIRE(risk_json.exit_code == 0);
  auto step = json::parse(risk_json.out)["at_risk"][0]["blockers"][0]["chain"][0];
  CHECK(step["declared_by"] == "X.draft1");
  CHECK(step["source"].is_null());
}

TEST_CASE("text columns line up", "[deps][cli]") {
  auto run =
      test::run_stdgraph({"--data", test::source_path("tests/fixtures/deps/risk.yaml"), "risk"});
  REQUIRE(run.exit_code == 0);
  // In the drafts table, "rests on" starts at one column in every row.
  std::istringstream lines(run.out);
  std::string line;
  std::size_t column = std::string::npos;
  int rows = 0;
  while (std::getline(lines, line)) {
    if (line.find("X.mid ") == std::string::npos || line.find("-> X.mid") == std::string::npos)
      continue;
    std::size_t at = line.find("X.mid ");
    if (column == std::string::npos) column = at;
    CHECK(at == column);
    ++rows;
  }
  CHECK(rows == 2);
}

TEST_CASE("an unknown item or type exits 2 with what to do", "[deps][cli]") {
  auto unknown = test::run_stdgraph({"deps", "X.105"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err.find("no item is named `X.105`; did you mean") != std::string::npos);
  auto impact = test::run_stdgraph({"impact", "X.1051", "--types", "revises,base-on"});
  CHECK(impact.exit_code == 2);
  CHECK(impact.err.find("did you mean based-on?") != std::string::npos);
  auto only = test::run_stdgraph({"impact", "X.1051", "--types", "based-on", "--format", "json"});
  REQUIRE(only.exit_code == 0);
  CHECK(json::parse(only.out)["count"] == 1);
}
