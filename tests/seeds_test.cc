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

namespace {

std::string iso_date(const std::string& year, const std::string& month, const std::string& day) {
  return year + "-" + (month.size() == 1 ? "0" : "") + month + "-" + (day.size() == 1 ? "0" : "") +
         day;
}

std::string hour(const std::string& h) {
  return (h.size() == 1 ? "0" : "") + h + ":00";
}

}  // namespace

TEST_CASE("seed 003's deadlines and hours are data of its meeting", "[seeds]") {
  // From the letter itself: the dates under "重要截止日期" (important deadlines), each with the
  // line after it saying what is due, and "日内瓦时间YYYY年M月D-D日H至H时" (Geneva time, days,
  // hours).
  std::vector<std::string> lines = lines_of(seed_text("003"));
  std::vector<std::pair<std::string, std::string>> deadlines;  // date, what (Chinese)
  const std::regex date(R"((\d{4})年(\d{1,2})月(\d{1,2})日)");
  bool in_deadlines = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find("重要截止日期") != std::string::npos) in_deadlines = true;
    if (lines[i].find("顺致敬意") != std::string::npos || lines[i].find("祝您") == 0)
      in_deadlines = false;
    std::smatch m;
    if (!in_deadlines || !std::regex_search(lines[i], m, date)) continue;
    std::string what;
    for (std::size_t j = i + 1; j < lines.size() && what.empty(); ++j)
      if (lines[j].find_first_not_of(" \t-") != std::string::npos) what = lines[j];
    deadlines.push_back({iso_date(m[1], m[2], m[3]), what});
  }
  REQUIRE(deadlines.size() == 2);

  std::smatch hours;
  std::string text = seed_text("003");
  REQUIRE(std::regex_search(
      text, hours,
      std::regex(R"(日内瓦时间(\d{4})年(\d{1,2})月(\d{1,2})-(\d{1,2})日(\d{1,2})至(\d{1,2})时)")));

  auto loaded = stdgraph::test::load_and_validate({stdgraph::test::data_dir() + "/records"});
  const stdgraph::Meeting* meeting = nullptr;
  for (const auto& m : loaded.corpus.meetings)
    if (m.source.rfind("003/", 0) == 0) meeting = &m;
  REQUIRE(meeting != nullptr);

  REQUIRE(meeting->deadlines.size() == deadlines.size());
  for (std::size_t i = 0; i < deadlines.size(); ++i) {
    INFO(deadlines[i].second);
    CHECK(meeting->deadlines[i].date.to_string() == deadlines[i].first);
    // 预注册 is pre-registration; 文稿 are contributions.
    bool registration = deadlines[i].second.find("预注册") != std::string::npos;
    bool contributions = deadlines[i].second.find("文稿") != std::string::npos;
    REQUIRE((registration || contributions));
    CHECK(meeting->deadlines[i].what.find(registration ? "registration" : "contributions") !=
          std::string::npos);
  }

  int first = std::stoi(hours[3]), last = std::stoi(hours[4]);
  REQUIRE(meeting->sessions.size() == static_cast<std::size_t>(last - first + 1));
  CHECK(meeting->start.to_string() == iso_date(hours[1], hours[2], hours[3]));
  CHECK(meeting->end.to_string() == iso_date(hours[1], hours[2], hours[4]));
  for (int day = first; day <= last; ++day) {
    const auto& session = meeting->sessions[day - first];
    CHECK(session.date.to_string() == iso_date(hours[1], hours[2], std::to_string(day)));
    CHECK(session.start == hour(hours[5]));
    CHECK(session.end == hour(hours[6]));
  }
  CHECK(meeting->time_zone == "Geneva");  // 日内瓦 (Geneva)

  // "如有需要" (if needed) before the revised X.1631 in the letter: a condition on its entry.
  CHECK(text.find("如有需要，重新确定经修订的X.1631") != std::string::npos);
  bool conditional = false;
  for (const auto& a : meeting->agenda)
    if (a.item == "X.1631rev") conditional = a.condition == "if needed";
  CHECK(conditional);
}
