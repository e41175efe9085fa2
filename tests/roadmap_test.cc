// Roadmaps: which items, where in time and lane, which edges survive collapsing; and the
// drawings, read back through cgraph (DOT) and an XML parser (SVG).
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/render/graphviz.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

struct Data {
  stdgraph::test::Loaded loaded;
  Graph graph;
  explicit Data(const std::vector<std::string>& paths)
      : loaded(stdgraph::test::load_and_validate(paths)), graph(loaded.corpus) {}
};

const Data& builtin() {
  static Data data({stdgraph::test::data_dir()});
  return data;
}

const Data& hostile() {
  static Data data({stdgraph::test::source_path("tests/fixtures/hostile")});
  return data;
}

struct TextData {
  Diagnostics diags;
  Corpus corpus;
  Graph graph;
  explicit TextData(const std::string& yaml)
      : corpus(stdgraph::test::load_text(yaml, diags)), graph(corpus) {}
};

RoadmapModel roadmap(const Data& d, RoadmapSelection sel, LaneBy lanes = LaneBy::automatic) {
  RoadmapOptions o;
  o.selection = std::move(sel);
  o.lanes = lanes;
  return build_roadmap(d.loaded.corpus, d.graph, o);
}

// Writes text to a file in the test's working folder and returns its path.
std::string scratch(const std::string& name, const std::string& text) {
  std::filesystem::create_directories("roadmap-out");
  std::string path = "roadmap-out/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

json parse_markup(const std::string& mode, const std::string& path) {
  std::string cmd = "/usr/bin/python3 " + stdgraph::test::source_path("tests/check_markup.py") +
                    " " + mode + " " + path + " > " + path + ".json";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return json::parse(stdgraph::test::read_file(path + ".json"));
}

std::size_t count_class(const DotSummary& s, const std::string& prefix) {
  std::size_t n = 0;
  for (const auto& node : s.nodes) n += node.klass.rfind(prefix, 0) == 0;
  return n;
}

std::size_t relation_edges(const DotSummary& s) {
  std::size_t n = 0;
  for (const auto& e : s.edges) n += e.klass.rfind("relation ", 0) == 0;
  return n;
}

const char* kChain = R"(
groups:
  - {id: SG1, kind: study-group, name: One, source: t/x}
documents:
  - id: X.100 (01/2019)
    kind: recommendation
    title: First edition
    group: SG1
    history: [{date: 2019-01-10, status: approved, source: t/a/1}]
  - id: X.100 (03/2021)
    kind: recommendation
    title: Second edition
    group: SG1
    history: [{date: 2021-03-02, status: approved, source: t/a/2}]
    relations: [{type: revises, target: X.100 (01/2019)}]
  - id: X.A
    kind: recommendation
    title: A
    group: SG1
    history: [{date: 2022-05-01, status: planned, source: t/a/3, target: "2024-06"}]
    relations:
      - {type: normative-reference, target: X.B}
      - {type: normative-reference, target: X.C}
      - {type: normative-reference, target: X.100 (01/2019)}
  - id: X.B
    kind: recommendation
    title: B
    group: SG1
    history: [{date: 2022-06-01, status: determined, source: t/a/4}]
    relations: [{type: normative-reference, target: X.C}]
  - id: X.C
    kind: supplement
    title: C
    group: SG1
    history: [{date: 2020-02-01, status: agreed, source: t/a/5}]
)";

}  // namespace

TEST_CASE("A group's roadmap holds every item of the group and its Questions, in Question lanes",
          "[roadmap]") {
  const Data& d = builtin();
  RoadmapSelection sel;
  sel.groups = {"SG17"};
  RoadmapModel m = roadmap(d, sel);
  REQUIRE(m.problems.empty());
  std::size_t expected = 0;
  for (const auto& doc : d.loaded.corpus.documents) expected += doc.group() == "SG17";
  CHECK(m.documents == expected);
  CHECK(m.lanes_by == LaneBy::question);
  std::set<std::string> lanes;
  for (const auto& lane : m.lanes) lanes.insert(lane.id);
  CHECK(lanes.count("Q7/17"));
  for (const auto& n : m.nodes) {
    CHECK(n.group == "SG17");
    CHECK(m.lanes[n.lane].id == (n.question.empty() ? n.group : n.question));
    if (!n.date.empty()) CHECK(m.columns[n.column].start <= n.date);
  }
}

TEST_CASE(
    "roadmap: --as-of shows each item's status as it stood that day and leaves out later items",
    "[roadmap]") {
  const Data& d = builtin();
  RoadmapSelection sel;
  sel.as_of = Date{2024, 12, 31};
  RoadmapModel m = roadmap(d, sel);
  REQUIRE(!m.nodes.empty());
  RoadmapModel now = roadmap(d, {});
  CHECK(m.documents < now.documents + 1);
  bool changed = false;
  for (const auto& n : m.nodes) {
    const Document& doc = d.loaded.corpus.documents[n.document];
    CHECK(n.date <= Date{2024, 12, 31});
    REQUIRE(n.status);
    CHECK(n.status != Status::on_agenda);  // the only agenda is of September 2025
    changed |= doc.status() != n.status;
  }
  CHECK(changed);  // items on the 2025 agenda had another status at the end of 2024
}

TEST_CASE("roadmap: --status keeps only items with that status", "[roadmap]") {
  RoadmapSelection sel;
  sel.statuses = {Status::approved, Status::agreed};
  RoadmapModel m = roadmap(builtin(), sel);
  REQUIRE(!m.nodes.empty());
  for (const auto& n : m.nodes) CHECK((n.status == Status::approved || n.status == Status::agreed));
}

TEST_CASE("roadmap: --ids with --around takes the items a relation away", "[roadmap]") {
  RoadmapSelection sel;
  sel.ids = {"X.1051Rev"};
  RoadmapModel alone = roadmap(builtin(), sel);
  CHECK(alone.documents == 1);
  sel.around = 1;
  RoadmapModel around = roadmap(builtin(), sel);
  std::set<std::string> ids;
  for (const auto& n : around.nodes) ids.insert(n.id);
  CHECK(ids.count("X.1051Rev"));
  CHECK(ids.count("X.1051"));  // X.1051Rev revises X.1051
  CHECK(!around.edges.empty());
}

TEST_CASE("Names that match nothing are problems, with suggestions", "[roadmap]") {
  RoadmapSelection sel;
  sel.groups = {"SG77"};
  sel.ids = {"X.181"};
  RoadmapModel m = roadmap(builtin(), sel);
  REQUIRE(m.problems.size() == 2);
  CHECK(m.problems[0] == "no group is named `SG77`");
  CHECK(m.problems[1].find("did you mean X.1817") != std::string::npos);
  CHECK(m.nodes.empty());
}

TEST_CASE("Editions collapse into one node and edges implied by a longer path are dropped",
          "[roadmap]") {
  TextData t(kChain);
  REQUIRE(t.diags.error_count() == 0);
  RoadmapOptions o;
  RoadmapModel m = build_roadmap(t.corpus, t.graph, o);
  REQUIRE(m.nodes.size() == 4);  // X.100's two editions are one node
  CHECK(m.documents == 5);
  CHECK(m.relations == 5);
  CHECK(m.edition_edges == 1);     // the second edition revises the first
  CHECK(m.transitive_edges == 1);  // X.A -> X.C, since X.A -> X.B -> X.C
  std::map<std::string, const RoadmapNode*> by_id;
  for (const auto& n : m.nodes) by_id[n.id] = &n;
  REQUIRE(by_id.count("X.100 (03/2021)"));  // the newest edition stands for the work
  CHECK(by_id["X.100 (03/2021)"]->editions ==
        std::vector<std::string>{"X.100 (01/2019)", "X.100 (03/2021)"});
  // Planned 2022-05-01, target 2024-06: the box sits at its status date, the target apart.
  CHECK(by_id["X.A"]->date == Date{2022, 5, 1});
  CHECK(by_id["X.A"]->target == "2024-06");
  CHECK(by_id["X.A"]->target_date == Date{2024, 6, 0});
  CHECK(m.columns[by_id["X.A"]->target_column].label == "2024");
  CHECK(by_id["X.A"]->draft);
  CHECK(!by_id["X.C"]->draft);
  CHECK(m.edges.size() == 3);  // A->B, B->C, A->X.100 (an edge to the old edition moves)
  CHECK(m.columns.front().label == "2020");
  CHECK(m.columns.back().label == "2024");

  o.selection.all_editions = true;
  o.selection.all_edges = true;
  RoadmapModel raw = build_roadmap(t.corpus, t.graph, o);
  CHECK(raw.nodes.size() == 5);
  CHECK(raw.edges.size() == 5);
  CHECK(raw.transitive_edges == 0);
}

TEST_CASE("Graphviz text: backslashes doubled, newlines and controls made spaces", "[roadmap]") {
  CHECK(graphviz_text("a\\Nb") == "a\\\\Nb");
  CHECK(graphviz_text("line\nnext\r\n\tend") == "line next end");
  CHECK(graphviz_text("\"q\" <x> & ]]>") == "\"q\" <x> &amp; ]]>");  // Graphviz quotes these
  CHECK(graphviz_tooltip("a\\N &lt;") == "a\\\\\\\\N &amp;lt;");
  CHECK(node_anchor("X.1817") == "item-X.1817");
  CHECK(node_anchor("X.1/1") != node_anchor("X.1_1"));
  CHECK(node_anchor("X.1/1").rfind("item-X.1_1-", 0) == 0);
}

TEST_CASE("Each layout renders to DOT that cgraph reads back with every item and edge",
          "[roadmap][render]") {
  for (const Data* d : {&builtin(), &hostile()}) {
    RoadmapModel m = roadmap(*d, {});
    REQUIRE(!m.nodes.empty());
    for (RoadmapLayout layout : {RoadmapLayout::timeline, RoadmapLayout::relations}) {
      GraphvizOptions o;
      o.layout = layout;
      o.format = "dot";
      o.title = "Title with \"quotes\" and \\N";
      GraphvizResult r = render_roadmap(m, o);
      REQUIRE(r.error.empty());
      DotSummary s = read_dot(r.data);
      REQUIRE(s.ok);
      CHECK(count_class(s, "item ") == m.nodes.size());
      CHECK(relation_edges(s) == m.edges.size());
      std::set<std::string> anchors;
      for (const auto& n : s.nodes)
        if (n.klass.rfind("item ", 0) == 0) anchors.insert(n.id);
      for (const auto& n : m.nodes) CHECK(anchors.count(node_anchor(n.id)));
      if (layout == RoadmapLayout::timeline) CHECK(s.clusters >= m.lanes.size());
    }
  }
}

TEST_CASE("SVG nodes carry their identifier, a stable id and a tooltip with title and status",
          "[roadmap][render]") {
  const Data& d = hostile();
  RoadmapModel m = roadmap(d, {});
  REQUIRE(m.nodes.size() == 5);
  for (RoadmapLayout layout : {RoadmapLayout::timeline, RoadmapLayout::relations}) {
    GraphvizOptions o;
    o.layout = layout;
    o.link_prefix = "#row-";
    GraphvizResult r = render_roadmap(m, o);
    REQUIRE(r.error.empty());
    json svg = parse_markup(
        "svg",
        scratch(layout == RoadmapLayout::timeline ? "hostile-t.svg" : "hostile-r.svg", r.data));
    CHECK(svg["scripts"] == 0);
    CHECK(svg["handlers"].empty());
    std::map<std::string, json> by_id;
    for (const auto& n : svg["nodes"]) by_id[n["id"].get<std::string>()] = n;
    for (const auto& n : m.nodes) {
      INFO(n.id);
      std::string anchor = node_anchor(n.id);
      REQUIRE(by_id.count(anchor));
      const json& node = by_id[anchor];
      // The first line of the label is the identifier, exactly as in the record.
      REQUIRE(!node["texts"].empty());
      CHECK(node["texts"][0].get<std::string>().rfind(n.id, 0) == 0);
      std::string tooltip = node["tooltip"];
      std::string title = n.title;
      for (auto& c : title)
        if (c == '\n') c = ' ';
      CHECK(tooltip.rfind(n.id + " \xE2\x80\x94 " + title + " (", 0) == 0);
      CHECK(tooltip.find(std::string(to_string(*n.status))) != std::string::npos);
      CHECK(node["href"] == "#row-" + anchor);
    }
    // Graphviz's escapes in a title stay text: \N is not replaced by the node's name.
    const json& slash = by_id[node_anchor("X.back\\slash")];
    CHECK(slash["tooltip"].get<std::string>().find("\\N \\G \\L \\E \\T \\H \\n \\l \\r end\\") !=
          std::string::npos);
    CHECK(svg["edges"] >= m.edges.size());
  }
}

TEST_CASE("PNG and PDF come out as images of their kind", "[roadmap][render]") {
  RoadmapModel m = roadmap(hostile(), {});
  GraphvizOptions o;
  o.format = "png";
  GraphvizResult png = render_roadmap(m, o);
  REQUIRE(png.error.empty());
  CHECK(png.data.rfind("\x89PNG\r\n", 0) == 0);
  o.format = "pdf";
  o.layout = RoadmapLayout::relations;
  GraphvizResult pdf = render_roadmap(m, o);
  REQUIRE(pdf.error.empty());
  CHECK(pdf.data.rfind("%PDF-", 0) == 0);
}

TEST_CASE("Large graphs switch engine, and past the caps are refused with what to filter",
          "[roadmap][render]") {
  RoadmapModel m = roadmap(builtin(), {});
  GraphvizOptions o;
  o.layout = RoadmapLayout::relations;
  o.format = "dot";
  CHECK(render_roadmap(m, o).engine == "dot");
  o.limits.dot_nodes = 10;
  GraphvizResult spread = render_roadmap(m, o);
  CHECK(spread.engine == "sfdp");
  DotSummary s = read_dot(spread.data);  // sfdp's drawing, with a legend set below it
  REQUIRE(s.ok);
  CHECK(count_class(s, "item ") == m.nodes.size());
  CHECK(count_class(s, "legend") > 2);
  o.limits.max_nodes = 10;
  GraphvizResult refused = render_roadmap(m, o);
  CHECK(refused.data.empty());
  CHECK(refused.error.find("Narrow the selection: --group") != std::string::npos);
  RoadmapSelection around;
  around.around = 1;  // the built-in items' relations point at referenced documents
  RoadmapModel wider = roadmap(builtin(), around);
  REQUIRE(!wider.edges.empty());
  o.layout = RoadmapLayout::timeline;
  o.limits = {};
  CHECK(render_roadmap(wider, o).engine == "nop2 (edges routed)");
  o.limits.routed_edges = 0;
  CHECK(render_roadmap(wider, o).engine == "nop2 (straight edges)");
}

TEST_CASE("roadmap writes the file its extension names and says what it drew", "[roadmap][cli]") {
  std::filesystem::create_directories("roadmap-out");
  auto run = stdgraph::test::run_stdgraph(
      {"roadmap", "--group", "SG17", "-o", "roadmap-out/sg17.svg", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto j = json::parse(run.out);
  CHECK(j["format"] == "svg");
  CHECK(j["items"].get<int>() > 50);
  json svg = parse_markup("svg", "roadmap-out/sg17.svg");
  CHECK(svg["nodes"].size() >= j["items"].get<std::size_t>());

  auto dot = stdgraph::test::run_stdgraph({"roadmap", "--ids", "X.1051Rev", "--around", "1",
                                           "--layout", "relations", "-o", "roadmap-out/x.dot"});
  REQUIRE(dot.exit_code == 0);
  DotSummary s = read_dot(stdgraph::test::read_file("roadmap-out/x.dot"));
  REQUIRE(s.ok);
  CHECK(count_class(s, "item ") >= 2);

  auto bad = stdgraph::test::run_stdgraph({"roadmap", "-o", "roadmap-out/x.txt"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("name it .svg, .png, .pdf or .dot") != std::string::npos);
  auto status = stdgraph::test::run_stdgraph({"roadmap", "--status", "aproved", "-o", "x.svg"});
  CHECK(status.exit_code == 2);
  CHECK(status.err.find("did you mean approved?") != std::string::npos);
  CHECK(!std::filesystem::exists("x.svg"));
}

TEST_CASE("roadmap --topic draws the items the gap analysis puts under that topic",
          "[roadmap][cli]") {
  std::filesystem::create_directories("roadmap-out");
  // The items under the topic, as `gaps` lists them (with the topic among their topics).
  auto gaps = stdgraph::test::run_stdgraph({"gaps", "--taxonomy", "qkdn", "--format", "json"});
  REQUIRE(gaps.exit_code == 0);
  const json report = json::parse(gaps.out);
  auto topic_items = [&](const std::string& group) {
    std::set<std::string> anchors;
    for (const auto& item : report["items"])
      if (item["topics"].contains(
              "Quantum key distribution network > Interworking and federation") &&
          (group.empty() || item["group"] == group))
        anchors.insert(node_anchor(item["id"].get<std::string>()));
    return anchors;
  };
  auto drawn = [](const std::vector<std::string>& args) {
    auto run = stdgraph::test::run_stdgraph(args);
    REQUIRE(run.exit_code == 0);
    DotSummary s = read_dot(stdgraph::test::read_file("roadmap-out/topic.dot"));
    REQUIRE(s.ok);
    std::set<std::string> anchors;
    for (const auto& n : s.nodes)
      if (n.klass.rfind("item ", 0) == 0) anchors.insert(n.id);
    return anchors;
  };
  std::set<std::string> all = topic_items(""), sg17 = topic_items("SG17");
  REQUIRE(all.size() > sg17.size());
  REQUIRE(!sg17.empty());
  // By path or by name, in every shipped taxonomy or in the one named.
  CHECK(
      drawn({"roadmap", "--topic", "Quantum key distribution network > Interworking and federation",
             "-o", "roadmap-out/topic.dot"}) == all);
  CHECK(drawn({"roadmap", "--taxonomy", "qkdn", "--topic", "interworking and federation", "-o",
               "roadmap-out/topic.dot"}) == all);
  // --group narrows the topic to that group's items (and its Questions').
  CHECK(drawn({"roadmap", "--taxonomy", "qkdn", "--topic", "Interworking and federation", "--group",
               "SG17", "-o", "roadmap-out/topic.dot"}) == sg17);

  auto unknown = stdgraph::test::run_stdgraph(
      {"roadmap", "--topic", "Quantum key distribution netwrk", "-o", "roadmap-out/none.svg"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no topic is named `Quantum key distribution netwrk`; did you mean") !=
        std::string::npos);
  auto empty =
      stdgraph::test::run_stdgraph({"roadmap", "--taxonomy", "qkdn", "--topic", "Resilience",
                                    "--group", "SG2", "-o", "roadmap-out/none.svg"});
  CHECK(empty.exit_code == 2);
  CHECK(empty.err.find("no item is under the topic `Resilience` in SG2") != std::string::npos);
  CHECK(!std::filesystem::exists("roadmap-out/none.svg"));
}

TEST_CASE("sfdp's drawing with its legend keeps hostile names: DOT through cgraph, SVG as XML",
          "[roadmap][render]") {
  RoadmapModel m = roadmap(hostile(), {});
  GraphvizOptions o;
  o.layout = RoadmapLayout::relations;
  o.limits.dot_nodes = 0;  // sfdp, and the legend set below its drawing
  o.format = "dot";
  o.link_prefix = "#row-";
  GraphvizResult dot = render_roadmap(m, o);
  REQUIRE(dot.error.empty());
  CHECK(dot.engine == "sfdp");
  DotSummary s = read_dot(dot.data);
  REQUIRE(s.ok);
  CHECK(count_class(s, "item ") == m.nodes.size());
  CHECK(relation_edges(s) == m.edges.size());
  o.format = "svg";
  GraphvizResult r = render_roadmap(m, o);
  REQUIRE(r.error.empty());
  json svg = parse_markup("svg", scratch("hostile-sfdp.svg", r.data));
  CHECK(svg["scripts"] == 0);
  CHECK(svg["handlers"].empty());
  std::map<std::string, json> by_id;
  for (const auto& n : svg["nodes"])
    if (n["id"].is_string()) by_id[n["id"].get<std::string>()] = n;
  for (const auto& n : m.nodes) {
    INFO(n.id);
    std::string anchor = node_anchor(n.id);
    REQUIRE(by_id.count(anchor));
    std::string title = n.title;
    for (auto& c : title)
      if (c == '\n') c = ' ';
    std::string tooltip = by_id[anchor]["tooltip"];
    CHECK(tooltip.rfind(n.id + " \xE2\x80\x94 " + title + " (", 0) == 0);
    CHECK(by_id[anchor]["href"] == "#row-" + anchor);
  }
}
