// stdgraph export: GraphML read back by networkx, node-link JSON, DOT read by Graphviz,
// selections, -o, and hostile text in every format.
#include <graphviz/cgraph.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "stdgraph/graph/graph.h"
#include "stdgraph/util/escape.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;
namespace fs = std::filesystem;

using test::TempDir;

namespace {

bool have_networkx() {
  static const bool have = std::system("/usr/bin/python3 -c 'import networkx' 2>/dev/null") == 0;
  return have;
}

// Runs python on a file; returns its stdout.
std::string python(const std::string& program, const fs::path& file) {
  TempDir dir;
  fs::path script = dir.path / "check.py", out = dir.path / "out.txt";
  std::ofstream(script) << program;
  std::string command =
      "/usr/bin/python3 " + script.string() + " " + file.string() + " > " + out.string() + " 2>&1";
  int status = std::system(command.c_str());
  std::string text = test::read_file(out);
  INFO(text);
  CHECK(status == 0);
  return text;
}

std::pair<std::size_t, std::size_t> built_in_counts() {
  auto loaded = test::load_and_validate({test::data_dir()});
  Graph graph(loaded.corpus);
  return {graph.node_count(), graph.edge_count()};
}

const std::string kHostile = test::source_path("tests/fixtures/deps/hostile.yaml");

}  // namespace

TEST_CASE("GraphML of the built-in data loads in networkx with every node and edge",
          "[export][networkx]") {
  if (!have_networkx()) {
    WARN(
        "python3-networkx is not installed (scripts/setup installs it): GraphML round trip "
        "skipped");
    return;
  }
  TempDir dir;
  fs::path file = dir.path / "all.graphml";
  auto run = test::run_stdgraph({"export", "--format", "graphml", "-o", file.string()});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  auto [nodes, edges] = built_in_counts();
  std::string out = python(R"(import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())
print(g.nodes["X.1051Rev"]["kind"], g.nodes["X.1051Rev"]["status"], g.nodes["X.1051Rev"]["referenced"])
print(g.nodes["X.1051Rev"]["line"] > 0, g.nodes["group:Q3/17"]["node_type"])
rel = [d for a, b, d in g.edges(data=True) if a == "X.1053rev" and b == "X.1051"][0]
print(rel["relation"], rel["record_source"], rel["declared_by"], rel["reversed"])
)",
                           file);
  CHECK(out == std::to_string(nodes) + " " + std::to_string(edges) +
                   " True\nrecommendation approved False\nTrue group\n"
                   "based-on 001/annex2.b/43 X.1053rev False\n");
}

TEST_CASE("node-link JSON carries the same graph, for networkx and D3", "[export]") {
  auto run = test::run_stdgraph({"export", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto j = json::parse(run.out);
  auto [nodes, edges] = built_in_counts();
  CHECK(j["directed"] == true);
  CHECK(j["nodes"].size() == nodes);
  CHECK(j["links"].size() == edges);
  bool found = false;
  for (const auto& n : j["nodes"])
    if (n["id"] == "X.1817") {
      found = true;
      CHECK(n["aliases"] == json::array({"X.5Gsec-message"}));
      CHECK(n["history"].is_array());
    }
  CHECK(found);
  if (!have_networkx()) return;
  TempDir dir;
  fs::path file = dir.path / "all.json";
  std::ofstream(file) << run.out;
  std::string out = python(R"(import sys, json, networkx as nx
g = nx.node_link_graph(json.load(open(sys.argv[1])))
print(g.number_of_nodes(), g.number_of_edges())
)",
                           file);
  CHECK(out == std::to_string(nodes) + " " + std::to_string(edges) + "\n");
}

TEST_CASE("DOT is read by Graphviz with every node and edge", "[export]") {
  if (std::system("command -v gc >/dev/null 2>&1") != 0) {
    WARN("Graphviz's gc is not installed: DOT check skipped");
    return;
  }
  TempDir dir;
  fs::path file = dir.path / "all.dot";
  REQUIRE(test::run_stdgraph({"export", "--format", "dot", "-o", file.string()}).exit_code == 0);
  auto [nodes, edges] = built_in_counts();
  fs::path counts = dir.path / "counts.txt";
  REQUIRE(std::system(("gc -n -e " + file.string() + " > " + counts.string()).c_str()) == 0);
  std::istringstream in(test::read_file(counts));
  std::size_t n = 0, e = 0;
  in >> n >> e;
  CHECK(n == nodes);
  CHECK(e == edges);
}

TEST_CASE("DOT names each attribute once, an edge's label is its relation", "[export]") {
  auto run = test::run_stdgraph({"export", "--format", "dot", "--select", "X.1053rev"});
  REQUIRE(run.exit_code == 0);
  std::istringstream lines(run.out);
  std::string line;
  std::size_t statements = 0;
  bool based_on = false;
  while (std::getline(lines, line)) {
    std::size_t open = line.find(" [");
    if (open == std::string::npos) continue;
    ++statements;
    // The names before '=' outside quotes, in order.
    std::vector<std::string> names;
    std::string word;
    bool quoted = false;
    for (std::size_t i = open + 2; i < line.size(); ++i) {
      char c = line[i];
      if (quoted) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          quoted = false;
      } else if (c == '"') {
        quoted = true;
      } else if (c == '=') {
        names.push_back(word);
      } else if (c == ',' || c == ' ' || c == '[') {
        word.clear();
      } else {
        word += c;
      }
    }
    INFO(line);
    CHECK(std::set<std::string>(names.begin(), names.end()).size() == names.size());
    CHECK(std::count(names.begin(), names.end(), "label") == 1);
    if (line.find("\"X.1053rev\" -> \"X.1051\" [") != std::string::npos) {
      based_on = true;
      CHECK(line.find("[label=\"based-on\", edge_type=\"relation\", relation=\"based-on\"") !=
            std::string::npos);
    }
  }
  CHECK(statements == 11);  // X.1053rev, X.1051, X.1053, ITU-T, SG17, Q3/17 and 5 edges
  CHECK(based_on);
}

TEST_CASE("hostile titles and names stay inside their quotes in every format", "[export]") {
  TempDir dir;
  // GraphML: well-formed, and the text comes back as written (control characters dropped).
  fs::path graphml = dir.path / "hostile.graphml";
  REQUIRE(test::run_stdgraph({"--data", kHostile, "export", "-o", graphml.string()}).exit_code ==
          0);
  std::string xml = test::read_file(graphml);
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("]]>") == std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  if (have_networkx()) {
    std::string out = python(R"(import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
evil = 'X.evil"]; x -> y [label="pwned'
print(sorted(g.nodes) == sorted([evil, 'X.plain']))
print(repr(g.nodes[evil]['title']))
print(repr(g.nodes['X.plain']['title']))
print(g.has_edge(evil, 'X.plain'))
)",
                             graphml);
    CHECK(out ==
          "True\n'<script>alert(\\'x\\')</script> & \"quoted\" ]]> \\\\ back\\nline two,comma'\n"
          "'=HYPERLINK(\"http://evil\") control tab\\there'\nTrue\n");
  }
  // DOT: Graphviz sees two nodes and one edge, not an injected x -> y.
  if (std::system("command -v gc >/dev/null 2>&1") == 0) {
    fs::path dot = dir.path / "hostile.dot";
    REQUIRE(
        test::run_stdgraph({"--data", kHostile, "export", "--format", "dot", "-o", dot.string()})
            .exit_code == 0);
    fs::path counts = dir.path / "counts.txt";
    REQUIRE(std::system(("gc -n -e " + dot.string() + " > " + counts.string()).c_str()) == 0);
    std::istringstream in(test::read_file(counts));
    std::size_t n = 0, e = 0;
    in >> n >> e;
    CHECK(n == 2);
    CHECK(e == 1);
  }
  // JSON parses and keeps the text.
  auto j = json::parse(test::run_stdgraph({"--data", kHostile, "export", "--format", "json"}).out);
  REQUIRE(j["nodes"].size() == 2);
  CHECK(j["nodes"][0]["title"].get<std::string>().find("<script>") != std::string::npos);
  // CSV of deps: one record per item, the title quoted whole.
  auto csv = test::run_stdgraph(
      {"--data", kHostile, "deps", "X.evil\"]; x -> y [label=\"pwned", "--format", "csv"});
  REQUIRE(csv.exit_code == 0);
  if (have_networkx()) {
    fs::path file = dir.path / "deps.csv";
    std::ofstream(file) << csv.out;
    std::string out = python(R"(import sys, csv
rows = list(csv.reader(open(sys.argv[1], newline='')))
print(len(rows), len(set(map(len, rows))), repr(rows[1][8]))
)",
                             file);
    CHECK(out ==
          "3 1 '<script>alert(\\'x\\')</script> & \"quoted\" ]]> \\\\ back\\nline two,comma'\n");
  }
  // Text: one line per item, no control characters.
  auto text = test::run_stdgraph({"--data", kHostile, "deps", "X.plain", "--format", "text"});
  CHECK(text.out.find('\x01') == std::string::npos);
}

TEST_CASE("escapers for DOT and XML", "[export]") {
  CHECK(dot_quoted("a\"b\\c\nd\x01\te") == "\"a\\\"b\\c\\nd e\"");
  CHECK(xml_escaped("<a href='x'>&\"</a>") == "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;");
  CHECK(xml_escaped("ok\x01\x1f\xef\xbf\xbe\xc3") == "ok");  // controls, U+FFFE, cut UTF-8
  CHECK(xml_escaped("caf\xc3\xa9 \xe2\x80\x94") == "caf\xc3\xa9 \xe2\x80\x94");
  CHECK(one_line("a\nb\tc\x1b[31m") == "a b c[31m");
}

TEST_CASE("export: --select keeps an item's chains and the groups responsible", "[export]") {
  auto run = test::run_stdgraph({"export", "--format", "json", "--select", "X.1053rev"});
  REQUIRE(run.exit_code == 0);
  std::set<std::string> ids;
  json exported = json::parse(run.out);
  for (const auto& n : exported["nodes"]) ids.insert(n["id"].get<std::string>());
  CHECK(ids.count("X.1053rev"));
  CHECK(ids.count("X.1051"));
  CHECK(ids.count("X.1053"));
  CHECK(ids.count("group:SG17"));
  CHECK(ids.count("group:ITU-T"));
  CHECK_FALSE(ids.count("X.1817"));
  CHECK_FALSE(ids.count("X.1051Rev"));  // rests on X.1051, but not on X.1053rev's chains

  auto by_group = json::parse(test::run_stdgraph({"export", "--format", "json", "--select",
                                                  "group:Q16/13", "--select", "kind:series"})
                                  .out);
  bool suppl74 = false, series = false, sg17 = false;
  for (const auto& n : by_group["nodes"]) {
    suppl74 |= n["id"] == "Suppl.74 to ITU-T Y.3800-series";
    series |= n["id"] == "Y.3000-series";
    sg17 |= n["id"] == "X.1817";
  }
  CHECK(suppl74);
  CHECK(series);
  CHECK_FALSE(sg17);

  auto bad = test::run_stdgraph({"export", "--select", "kind:standards"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("unknown kind `standards`") != std::string::npos);
  auto unknown = test::run_stdgraph({"export", "--select", "X.105"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("did you mean") != std::string::npos);
}

TEST_CASE("export -o writes the file whole, and leaves nothing on failure", "[export]") {
  TempDir dir;
  fs::path file = dir.path / "out.dot";
  REQUIRE(test::run_stdgraph({"export", "--format", "dot", "-o", file.string()}).exit_code == 0);
  CHECK(test::read_file(file) == test::run_stdgraph({"export", "--format", "dot"}).out);
  // A missing folder is made (as by every command with -o); one that cannot be made, under
  // a regular file, fails with exit 3 and leaves nothing.
  fs::path missing = dir.path / "no-such-folder" / "out.dot";
  CHECK(test::run_stdgraph({"export", "-o", missing.string()}).exit_code == 0);
  CHECK(fs::is_regular_file(missing));
  fs::path impossible = file / "out.dot";
  auto failed = test::run_stdgraph({"export", "-o", impossible.string()});
  CHECK(failed.exit_code == 3);  // as gaps, report and roadmap
  CHECK_FALSE(failed.err.empty());
  CHECK(test::read_file(file) == test::run_stdgraph({"export", "--format", "dot"}).out);
}

TEST_CASE("export's help names GraphML as what it writes without --format", "[export]") {
  auto help = test::run_stdgraph({"export", "--help"});
  REQUIRE(help.exit_code == 0);
  CHECK(help.out.find("{graphml,json,dot}=graphml") != std::string::npos);
  CHECK(help.out.find("=text") == std::string::npos);
  // and it does write GraphML then
  auto graph = test::run_stdgraph({"export"});
  REQUIRE(graph.exit_code == 0);
  CHECK(graph.out.find("<graphml") != std::string::npos);
}

TEST_CASE("DOT strings read back by Graphviz as they were written", "[export]") {
  // Through cgraph's own reader: the text of every attribute comes back, backslashes and
  // quotes included; only an odd run of backslashes before a quote or at the end gains one.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"a\\b", "a\\b"},
      {"two \\\\ backslashes", "two \\\\ backslashes"},
      {"quote \" inside", "quote \" inside"},
      {"even \\\\\" then quote", "even \\\\\" then quote"},
      {"odd \\\" then quote", "odd \\\\\" then quote"},
      {"ends in \\", "ends in \\\\"},
      {"ends in \\\\", "ends in \\\\"},
      {"C:\\path\\file", "C:\\path\\file"},
      {"a -> b; }", "a -> b; }"}};
  std::string dot = "digraph g {\n";
  for (std::size_t i = 0; i < cases.size(); ++i)
    dot += "  n" + std::to_string(i) + " [t=" + dot_quoted(cases[i].first) + "];\n";
  dot += "}\n";
  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE(g != nullptr);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    std::string name = "n" + std::to_string(i);
    Agnode_t* n = agnode(g, name.data(), 0);
    REQUIRE(n != nullptr);
    INFO(cases[i].first);
    CHECK(std::string(agget(n, const_cast<char*>("t"))) == cases[i].second);
  }
  agclose(g);
}
