// The HTML report, written by the CLI and read back with Python's HTML parser.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "stdgraph/render_graphviz.h"
#include "stdgraph/report_html.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

json parse_html(const std::string& path) {
  std::string cmd = "/usr/bin/python3 " + stdgraph::test::source_path("tests/check_markup.py") +
                    " html " + path + " > " + path + ".json";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return json::parse(stdgraph::test::read_file(path + ".json"));
}

}  // namespace

TEST_CASE("html_escape leaves no markup", "[report]") {
  CHECK(html_escape("<script>a & 'b' \"c\"</script>") ==
        "&lt;script&gt;a &amp; &#39;b&#39; &quot;c&quot;&lt;/script&gt;");
  CHECK(html_escape("]]> &amp;") == "]]&gt; &amp;amp;");
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
    CHECK(row["group"] == doc.group);
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
  CHECK(headings.count("Overlaps and duplicates"));
  CHECK(headings.count("All items"));
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
