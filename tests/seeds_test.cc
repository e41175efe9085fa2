// Counts the rows of every table in ../shared/seeds straight from the documents, and
// checks that the built-in data set cites each of them: nothing transcribed is lost.
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "support.h"

namespace {

std::string seed_text(const std::string& prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(STDGRAPH_SEEDS_DIR))
    if (entry.path().filename().string().rfind(prefix + "_", 0) == 0)
      return stdgraph::test::read_file(entry.path().string());
  FAIL("no seed " << prefix << " in " << STDGRAPH_SEEDS_DIR);
  return {};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Seed 001: each table row starts with a line "<TAB>SGnn"; tables are "a)" .. "e)" under
// "Annex 1" and "Annex 2"; Annex 1 a) has a TAP and an AAP table.
void count_001(std::map<std::string, std::size_t>& rows) {
  const std::regex annex(R"(^Annex ([12])\s*$)"), table(R"(^([a-e])\)\s*)"),
      row(R"(^\tSG[0-9]+\s*$)");
  std::string current_annex, current_table;
  for (const auto& line : lines_of(seed_text("001"))) {
    std::smatch m;
    if (std::regex_match(line, m, annex)) {
      current_annex = m[1];
      current_table.clear();
    } else if (!current_annex.empty() && std::regex_search(line, m, table)) {
      current_table = "001/annex" + current_annex + "." + m[1].str();
    } else if (current_table == "001/annex1.a" || current_table.rfind("001/annex1.a.", 0) == 0) {
      if (line.rfind("TAP Recommendations", 0) == 0) current_table = "001/annex1.a.tap";
      if (line.rfind("AAP Recommendations", 0) == 0) current_table = "001/annex1.a.aap";
      if (std::regex_match(line, row)) ++rows[current_table];
    } else if (!current_table.empty() && std::regex_match(line, row)) {
      ++rows[current_table];
    }
  }
}

// Seed 000: Table 1's rows each start with "<TAB>ITU-T SGnn".
void count_000(std::map<std::string, std::size_t>& rows) {
  const std::regex row(R"(^\tITU-T SG[0-9]+\s*$)");
  bool in_table = false;
  for (const auto& line : lines_of(seed_text("000"))) {
    if (line.rfind("Table 1", 0) == 0) in_table = true;
    if (in_table && std::regex_match(line, row)) ++rows["000/table1"];
  }
}

// Seed 003: the agenda is three lists, each under a line starting "–<TAB>" (en dash),
// one "•<TAB>" line per item: determination (TAP), approval (AAP), agreement.
void count_003(std::map<std::string, std::size_t>& rows) {
  const std::string dash = "\xE2\x80\x93\t", bullet = "\xE2\x80\xA2\t";
  const char* actions[] = {"determination", "approval", "agreement"};
  int section = -1;
  for (const auto& line : lines_of(seed_text("003"))) {
    if (line.rfind(dash, 0) == 0 && section < 2) {
      ++section;
    } else if (section >= 0 && line.find(bullet) != std::string::npos) {
      ++rows[std::string("003/agenda.") + actions[section]];
    } else if (section == 2 && rows.count("003/agenda.agreement")) {
      break;  // the end of the last list
    }
  }
}

}  // namespace

TEST_CASE("every row of every seed table is in data/", "[seeds]") {
  std::map<std::string, std::size_t> seed_rows;
  count_001(seed_rows);
  count_000(seed_rows);
  count_003(seed_rows);
  // The seeds themselves, so a parser slip here cannot pass unnoticed.
  CHECK(seed_rows["001/annex1.a.tap"] == 5);
  CHECK(seed_rows["001/annex2.b"] == 81);
  std::size_t total_001 = 0;
  for (const auto& [table, n] : seed_rows)
    if (table.rfind("001/", 0) == 0) total_001 += n;
  CHECK(total_001 == 198);
  CHECK(seed_rows["000/table1"] == 3);
  CHECK(seed_rows["003/agenda.determination"] == 5);

  auto run = stdgraph::test::run_stdgraph({"stats", "--format", "json"});
  REQUIRE(run.exit_code == 0);
  auto stats = nlohmann::json::parse(run.out);
  for (const auto& [table, n] : seed_rows) {
    INFO(table);
    CHECK(stats["rows_by_table"].value(table, 0) == n);
  }
  for (const auto& [table, n] : stats["rows_by_table"].items()) {
    INFO("data/ cites rows of " << table << ", a table the seed parser does not know");
    CHECK(seed_rows.count(table) == 1);
  }
}
