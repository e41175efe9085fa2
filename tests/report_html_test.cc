// The HTML report, written by the CLI and read back with Python's HTML parser.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include <fmt/format.h>

#include "stdgraph/render/graphviz.h"
#include "stdgraph/render/match.h"
#include "stdgraph/render/report_html.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

json run_json(const std::vector<std::string>& args) {
  auto run = stdgraph::test::run_stdgraph(args);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

// The tables of one section of the report, as check_markup.py reads them.
std::vector<json> tables_of(const json& html, const std::string& section) {
  std::vector<json> out;
  for (const auto& t : html["tables"])
    if (t["section"] == section) out.push_back(t);
  return out;
}

json parse_html(const std::string& path) {
  std::string cmd = "/usr/bin/python3 " + stdgraph::test::source_path("tests/check_markup.py") +
                    " html " + path + " > " + path + ".json";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return json::parse(stdgraph::test::read_file(path + ".json"));
}

}  // namespace

TEST_CASE("html_escape leaves no markup", "[report]") {
  CHECK(html_escape("<script>a & 'b' \"c\"</script>") ==
        "&lt;script&gt;a &amp; &apos;b&apos; &quot;c&quot;&lt;/script&gt;");
  CHECK(html_escape("]]> &amp;") == "]]&gt; &amp;amp;");
  // Control characters and bytes that are not UTF-8 are dropped; a line break stays one.
  CHECK(html_escape(std::string("a\x01\x1b[31mb\xff\xc3(c\nd")) == "a[31mb(c&#10;d");
}

TEST_CASE("A report of hostile records keeps every title as text and runs only its own script",
          "[report]") {
  std::filesystem::create_directories("report-out");
  std::string fixture = stdgraph::test::source_path("tests/fixtures/hostile");
  auto run =
      stdgraph::test::run_stdgraph({"--data", fixture, "report", "-o", "report-out/hostile.html"});
  REQUIRE(run.exit_code == 0);
  json html = parse_html("report-out/hostile.html");
  CHECK(html["scripts"] == 1);  // the page's own filter and sort
  CHECK(html["handlers"].empty());
  CHECK(html["external"].empty());  // nothing fetched: no src, no stylesheet link
  CHECK(html["duplicate_ids"].empty());
  CHECK(html["svgs"] == 1);

  auto loaded = stdgraph::test::load_and_validate({fixture});
  REQUIRE(html["rows"].size() == loaded.corpus.documents.size());
  std::map<std::string, json> rows;
  for (const auto& r : html["rows"]) rows[r["cells"][0].get<std::string>()] = r;
  for (const auto& doc : loaded.corpus.documents) {
    INFO(doc.id);
    REQUIRE(rows.count(doc.id));  // the identifier comes back exactly
    const json& row = rows[doc.id];
    CHECK(row["cells"][1] == doc.title());  // and so does the title, quotes and all
    CHECK(row["id"] == "row-" + node_anchor(doc.id));
    CHECK(row["group"] == doc.group());
  }
}

TEST_CASE("The report of the built-in data has its sections, a roadmap and every item",
          "[report]") {
  std::filesystem::create_directories("report-out");
  auto run = stdgraph::test::run_stdgraph({"report", "-o", "report-out/data.html"});
  REQUIRE(run.exit_code == 0);
  json html = parse_html("report-out/data.html");
  std::set<std::string> headings(html["headings"].begin(), html["headings"].end());
  CHECK(headings.count("Data and sources"));
  CHECK(headings.count("Roadmap"));
  CHECK(headings.count("Gap matrix"));
  CHECK(headings.count("Overlaps and duplicates"));
  CHECK(headings.count("Risks"));
  CHECK(headings.count("All items"));
  // Every shipped taxonomy by default: one matrix each.
  std::size_t shipped = 0;
  for (const auto& f :
       std::filesystem::directory_iterator(stdgraph::test::data_dir() + "/taxonomies"))
    shipped += f.path().extension() == ".yaml" && f.path().stem() != "aspects";
  CHECK(tables_of(html, "gaps").size() == shipped);
  CHECK(html["svgs"] == 1);
  auto loaded = stdgraph::test::load_and_validate({stdgraph::test::data_dir()});
  std::size_t listed = 0;
  for (const auto& d : loaded.corpus.documents) listed += !d.referenced;
  CHECK(html["rows"].size() == listed);
  // Every item drawn links to its row.
  std::set<std::string> ids(html["ids"].begin(), html["ids"].end());
  for (const auto& r : html["rows"]) {
    std::string anchor = r["id"].get<std::string>().substr(4);
    CHECK(ids.count(anchor));
  }
}

TEST_CASE("The report's gap matrices are the gaps command's, cell by cell", "[report][gaps]") {
  std::filesystem::create_directories("report-out");
  auto run = stdgraph::test::run_stdgraph(
      {"report", "--taxonomy", "qkdn", "--taxonomy", "dlt", "-o", "report-out/gaps.html"});
  REQUIRE(run.exit_code == 0);
  json html = parse_html("report-out/gaps.html");
  auto matrices = tables_of(html, "gaps");
  REQUIRE(matrices.size() == 2);
  const char* names[] = {"qkdn", "dlt"};
  for (std::size_t m = 0; m < 2; ++m) {
    INFO(names[m]);
    json gaps = run_json({"gaps", "--taxonomy", names[m], "--format", "json"});
    const json& rows = matrices[m]["rows"];
    REQUIRE(rows.size() == gaps["topics"].size() + 1);  // the head row, then one per topic
    std::vector<std::string> aspects = gaps["aspects"];
    REQUIRE(rows[0].size() == aspects.size() + 1);
    for (std::size_t a = 0; a < aspects.size(); ++a)
      CHECK(rows[0][a + 1]["title"] == aspects[a]);  // the full name; the text may be short
    std::size_t gap_cells = 0, filled = 0;
    for (std::size_t t = 0; t < gaps["topics"].size(); ++t) {
      const json& topic = gaps["topics"][t];
      const json& row = rows[t + 1];
      CHECK(row[0]["text"] == topic["name"]);
      CHECK(row[0]["title"] == topic["path"]);
      std::map<std::string, json> cells;
      for (const auto& c : topic["cells"]) cells[c["aspect"]] = c;
      for (std::size_t a = 0; a < aspects.size(); ++a) {
        INFO(topic["path"].get<std::string>() + " x " + aspects[a]);
        const json& cell = row[a + 1];
        bool other = a + 1 == aspects.size();
        json items = cells.count(aspects[a]) ? cells[aspects[a]]["items"] : json::array();
        std::string coverage =
            cells.count(aspects[a]) ? cells[aspects[a]]["coverage"].get<std::string>() : "none";
        // `other` is coloured like any cell but never a gap.
        std::string want = coverage != "none" ? "cov-" + coverage : other ? "other" : "gap";
        CHECK(cell["class"] == want);
        gap_cells += want == "gap";
        filled += !items.empty();
        // The first items are named in the cell; a long list ends in "+N more".
        std::string text = cell["text"];
        for (std::size_t i = 0; i < items.size() && i < 6; ++i)
          CHECK(text.find(items[i].get<std::string>()) != std::string::npos);
        if (items.size() > 6)
          CHECK(text.find(fmt::format("+{}", items.size() - 6)) != std::string::npos);
      }
    }
    CHECK(gap_cells == gaps["gaps"].size());
    CHECK(gap_cells > 0);
    CHECK(filled > 0);
  }

  // A taxonomy that is not there is an error naming the shipped ones, and nothing is written.
  auto bad = stdgraph::test::run_stdgraph(
      {"report", "--taxonomy", "no-such-taxonomy", "-o", "report-out/none.html"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("no taxonomy file `no-such-taxonomy`") != std::string::npos);
  CHECK(!std::filesystem::exists("report-out/none.html"));
  // --no-gaps leaves the section out.
  REQUIRE(stdgraph::test::run_stdgraph({"report", "--no-gaps", "-o", "report-out/nogaps.html"})
              .exit_code == 0);
  json nogaps = parse_html("report-out/nogaps.html");
  std::set<std::string> headings(nogaps["headings"].begin(), nogaps["headings"].end());
  CHECK(!headings.count("Gap matrix"));
  CHECK(tables_of(nogaps, "gaps").empty());
}

TEST_CASE("The report's risk list is the risk command's, narrowed to the selection",
          "[report][risk]") {
  std::filesystem::create_directories("report-out");
  // Draft -> blocker pairs and item -> target pairs, from `risk --format json` and from the
  // report's two tables (a table is left out, "None.", when it would be empty).
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  auto check_risks = [](const std::vector<std::string>& data, const std::string& path,
                        const std::vector<std::string>& selection) {
    std::vector<std::string> args = data;
    args.insert(args.end(), {"risk", "--format", "json"});
    json risk = run_json(args);
    args = data;
    args.insert(args.end(), {"report", "--no-gaps", "--no-overlaps", "-o", path});
    args.insert(args.end(), selection.begin(), selection.end());
    REQUIRE(stdgraph::test::run_stdgraph(args).exit_code == 0);
    json html = parse_html(path);
    std::set<std::string> rows;  // the selection: the item table
    for (const auto& r : html["rows"]) rows.insert(r["cells"][0].get<std::string>());
    Pairs want_blockers, got_blockers, want_stale, got_stale;
    for (const auto& d : risk["at_risk"])
      for (const auto& b : d["blockers"])
        if (rows.count(d["item"])) want_blockers.emplace_back(d["item"], b["item"]);
    for (const auto& s : risk["stale"])
      if (rows.count(s["item"])) want_stale.emplace_back(s["item"], s["target"]);
    auto tables = tables_of(html, "risk");
    std::size_t t = 0;
    if (!want_blockers.empty()) {
      REQUIRE(t < tables.size());
      std::string draft;
      for (std::size_t r = 1; r < tables[t]["rows"].size(); ++r) {
        const json& row = tables[t]["rows"][r];
        if (!row[0]["text"].get<std::string>().empty()) draft = row[0]["text"];
        got_blockers.emplace_back(draft, row[2]["text"]);
      }
      ++t;
    }
    if (!want_stale.empty()) {
      REQUIRE(t < tables.size());
      for (std::size_t r = 1; r < tables[t]["rows"].size(); ++r)
        got_stale.emplace_back(tables[t]["rows"][r][0]["text"], tables[t]["rows"][r][3]["text"]);
      ++t;
    }
    CHECK(t == tables.size());
    CHECK(got_blockers == want_blockers);
    CHECK(got_stale == want_stale);
    return std::make_pair(want_blockers.size(), want_stale.size());
  };
  std::vector<std::string> fixture = {"--data",
                                      stdgraph::test::source_path("tests/fixtures/deps/risk.yaml")};
  CHECK(check_risks(fixture, "report-out/risk-fixture.html", {}) == std::make_pair(3ul, 4ul));
  // A selection's report lists the risks of its own items only.
  CHECK(check_risks(fixture, "report-out/risk-draft2.html", {"--ids", "X.draft2,X.cite"}) ==
        std::make_pair(2ul, 1ul));
  // The built-in data: no draft waits on another, two references to a replaced text.
  auto data = check_risks({}, "report-out/risk-data.html", {});
  CHECK(data.second > 0);
}

TEST_CASE("A hostile taxonomy's names come out of the gap matrix as text", "[report][gaps]") {
  std::filesystem::create_directories("report-out");
  std::string fixture = stdgraph::test::source_path("tests/fixtures/hostile");
  auto run = stdgraph::test::run_stdgraph(
      {"--data", fixture, "report", "-o", "report-out/hostile-gaps.html"});
  REQUIRE(run.exit_code == 0);
  json html = parse_html("report-out/hostile-gaps.html");
  CHECK(html["scripts"] == 1);
  CHECK(html["handlers"].empty());
  CHECK(html["external"].empty());
  CHECK(html["duplicate_ids"].empty());
  // The taxonomy's own file (fixtures/hostile/taxonomies/hostile.yaml) is the only one read.
  auto matrices = tables_of(html, "gaps");
  REQUIRE(matrices.size() == 1);
  std::set<std::string> headings(html["headings"].begin(), html["headings"].end());
  CHECK(headings.count("Evil </h3><script>alert('taxonomy')</script> & \"name\" ]]>"));
  const json& rows = matrices[0]["rows"];
  REQUIRE(rows.size() == 4);  // head + three topics
  CHECK(rows[0][1]["title"] == "<img src=x onerror=alert(1)>/evil");
  CHECK(rows[0][1]["text"] == "<img src=x onerror=alert(1)>");  // the part before '/'
  CHECK(rows[0][2]["title"] == "security & \"quotes\"");
  CHECK(rows[1][0]["text"] == "Quotes \" <i>and</i> 'single' & backslash \\");
  CHECK(rows[2][0]["text"] == "<script>alert('topic')</script>");
  CHECK(rows[3][0]["text"] == "digraph G { a -> b } ]]> <!-- x --> &amp;");
  // The quotes topic has X.evil"quote under "security & quotes"; the script topic a gap.
  CHECK(rows[1][2]["class"] != "gap");
  CHECK(rows[1][2]["text"].get<std::string>().find("X.evil\"quote") != std::string::npos);
  bool any_gap = false;
  for (std::size_t r = 1; r < rows.size(); ++r)
    for (std::size_t c = 1; c + 1 < rows[r].size(); ++c) any_gap |= rows[r][c]["class"] == "gap";
  CHECK(any_gap);

  // The risk table names the hostile items exactly, chains and all (`risk` finds two drafts
  // waiting on others: X.back\slash on X.evil"quote, X.script on both through X.amp&lt;).
  auto risk = tables_of(html, "risk");
  REQUIRE(risk.size() == 1);  // no stale references: "None." instead of a second table
  const json& risk_rows = risk[0]["rows"];
  REQUIRE(risk_rows.size() == 4);
  CHECK(risk_rows[1][0]["text"] == "X.back\\slash");
  CHECK(risk_rows[1][2]["text"] == "X.evil\"quote");
  CHECK(risk_rows[2][0]["text"] == "X.script");
  CHECK(risk_rows[2][4]["text"] ==
        "X.script common-text X.dot--keywords based-on X.amp&lt; supplement-to X.back\\slash");
}

TEST_CASE("report --topic: the table holds the topic's items, --taxonomy names the matrices too",
          "[report][gaps]") {
  std::filesystem::create_directories("report-out");
  const std::string path = "Quantum key distribution network > Interworking and federation";
  const json gaps = run_json({"gaps", "--taxonomy", "qkdn", "--format", "json"});
  std::set<std::string> want;
  for (const auto& item : gaps["items"])
    if (item["topics"].contains(path)) want.insert(item["id"].get<std::string>());
  REQUIRE(want.size() > 2);
  auto run = stdgraph::test::run_stdgraph({"report", "--taxonomy", "qkdn", "--topic", path,
                                           "--no-overlaps", "-o", "report-out/topic.html"});
  REQUIRE(run.exit_code == 0);
  json html = parse_html("report-out/topic.html");
  std::set<std::string> rows;
  for (const auto& r : html["rows"]) rows.insert(r["cells"][0].get<std::string>());
  CHECK(rows == want);
  CHECK(tables_of(html, "gaps").size() == 1);
  CHECK(html["title"].get<std::string>().find("topic " + path) != std::string::npos);
}

TEST_CASE("Hostile titles in the overlap tables and clusters come back as text", "[report]") {
  std::filesystem::create_directories("report-out");
  std::string fixture = stdgraph::test::source_path("tests/fixtures/hostile-pairs");
  auto run = stdgraph::test::run_stdgraph(
      {"--data", fixture, "report", "--no-gaps", "-o", "report-out/hostile-pairs.html"});
  REQUIRE(run.exit_code == 0);
  json html = parse_html("report-out/hostile-pairs.html");
  CHECK(html["scripts"] == 1);
  CHECK(html["handlers"].empty());
  CHECK(html["duplicate_ids"].empty());
  auto loaded = stdgraph::test::load_and_validate({fixture});
  // An item cell holds the item's name, then whose it is and where (body_and_place).
  std::map<std::string, std::string> titles;
  for (const auto& d : loaded.corpus.documents)
    titles[d.id + stdgraph::body_and_place(d)] = d.title();
  // Both pair tables (possible duplicates, and pairs not related) hold the one pair.
  auto tables = tables_of(html, "overlaps");
  REQUIRE(tables.size() == 2);
  for (const auto& t : tables) {
    REQUIRE(t["rows"].size() == 2);
    const json& row = t["rows"][1];
    for (int k : {1, 3}) {
      std::string id = row[k]["text"];
      REQUIRE(titles.count(id));  // X.pair<a> and X.pair&b, exactly, and their place
      CHECK(row[k + 1]["text"] == titles[id]);
    }
    CHECK(row[1]["text"] != row[3]["text"]);
  }
}
