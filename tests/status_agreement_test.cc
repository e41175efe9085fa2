// One status per item: the rule of model/status.h, unit by unit, and every command that
// prints a status (show, check, roadmap, ask, gaps, counterparts, export, report, deps,
// impact, chains, risk, stats) agreeing with it, and so with each other, on the built-in data.
#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <regex>
#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "stdgraph/model/status.h"
#include "stdgraph/render/graphviz.h"
#include "support.h"

using namespace stdgraph;
using nlohmann::json;

namespace {

Date day(const char* text) {
  auto d = parse_date(text);
  REQUIRE(d);
  return *d;
}

Document with_history(const std::string& yaml) {
  Diagnostics diags;
  Corpus c = test::load_text(
      "documents:\n  - id: X.1\n    kind: recommendation\n    title: T\n"
      "    history:\n" +
          yaml,
      diags);
  INFO(yaml);
  REQUIRE(diags.items().empty());
  REQUIRE(c.documents.size() == 1);
  return c.documents[0];
}

// What every command must say of one item: its status word, the date of the event giving
// it ("" for a catalogue's undated stage) and its target ("" for none).
struct Expected {
  std::string status;  // "" when it has none
  std::string date;
  std::string target;
};

const test::Loaded& builtin() {
  static const test::Loaded loaded = test::load_and_validate({test::data_dir()});
  return loaded;
}

const std::map<std::string, Expected>& expected() {
  static const std::map<std::string, Expected> table = [] {
    std::map<std::string, Expected> t;
    for (const Document& d : builtin().corpus.documents) {
      StatusAsOf s = status_as_of(d, std::nullopt);
      t[d.id] = {s.status ? std::string(to_string(*s.status)) : "", s.date().to_string(),
                 s.target_text()};
    }
    return t;
  }();
  return table;
}

std::string text_of(const json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

// Every item a command's JSON describes, wherever it sits: an object with an id ("id", or
// "item" in deps/impact/chains/risk) and a "status" key; the date is "status_date" or
// "date", the target "target" (a step's "target"/"target_status" name another item).
struct Seen {
  std::string id, status, date, target;
  bool has_date = false, has_target = false;
};

void collect(const json& j, std::vector<Seen>& out) {
  if (j.is_array()) {
    for (const auto& v : j) collect(v, out);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("target_status") && j.contains("target") && j["target"].is_string())
    out.push_back({j["target"], text_of(j["target_status"]), "", "", false, false});
  const char* id_key = j.contains("id") ? "id" : "item";
  if (j.contains("status") && j.contains(id_key) && j[id_key].is_string()) {
    Seen s{j[id_key], text_of(j["status"]), "", "", false, false};
    for (const char* key : {"status_date", "date"})
      if (j.contains(key)) {
        s.date = text_of(j[key]);
        s.has_date = true;
        break;
      }
    if (!j.contains("target_status") && j.contains("target")) {
      s.target = text_of(j["target"]);
      s.has_target = true;
    }
    out.push_back(s);
  }
  for (const auto& [key, value] : j.items()) collect(value, out);
}

// Checks every item `command` printed against status_as_of; returns how many it printed.
std::size_t check_agrees(const std::string& command, const json& j,
                         std::map<std::string, std::map<std::string, std::string>>& said,
                         bool targets_listed = true) {
  std::vector<Seen> seen;
  collect(j, seen);
  for (const Seen& s : seen) {
    INFO(command << ": " << s.id);
    auto it = expected().find(s.id);
    REQUIRE(it != expected().end());
    CHECK(s.status == it->second.status);
    if (s.has_date) CHECK(s.date == it->second.date);
    if (s.has_target || (targets_listed && !it->second.target.empty()))
      CHECK(s.target == it->second.target);
    said[s.id][command] = s.status;
  }
  return seen.size();
}

json run_json(const std::vector<std::string>& args) {
  auto run = test::run_stdgraph(args);
  INFO(fmt::format("{}", fmt::join(args, " ")) << "\n" << run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

}  // namespace

TEST_CASE("status rule: the latest dated event wins, even when it is a lower one", "[status]") {
  Document d = with_history(R"(      - {date: 2022-05-01, status: determined, source: T/a/1}
      - {date: 2023-02-01, status: on-agenda, source: T/b/1}
)");
  StatusAsOf s = status_as_of(d, std::nullopt);
  REQUIRE(s.status);
  CHECK(*s.status == Status::on_agenda);
  CHECK(s.date() == day("2023-02-01"));
  CHECK(status_text(s) == "on-agenda 2023-02-01");
  CHECK(d.status() == Status::on_agenda);  // Document::status() is the same answer
  // As of a day between the two, the first.
  CHECK(status_as_of(d, day("2022-12-31")).status == Status::determined);
  CHECK_FALSE(status_as_of(d, day("2022-04-30")).status);
}

TEST_CASE("status rule: a year-only event sorts before the days of its year", "[status]") {
  // X.sg-dtn in the built-in data: "Ongoing (2024)" in a liaison of 2023 (seed 000),
  // planned for AAP consent in the report of 2023-09-08 (seed 001).
  Document d = with_history(R"(      - {date: 2023, status: ongoing, target: 2024, source: T/a/1}
      - {date: 2023-09-08, status: planned, source: T/b/1}
)");
  StatusAsOf s = status_as_of(d, std::nullopt);
  CHECK(s.status == Status::planned);
  CHECK(s.date() == day("2023-09-08"));
  // The target comes from the older event: no later event names another.
  CHECK(s.target_text() == "2024");
  CHECK(s.target_date() == Date{2024, 0, 0});
  // Before 2023-09-08, only the year-only event may have happened.
  CHECK(status_as_of(d, day("2023-06-30")).status == Status::ongoing);
}

TEST_CASE("status rule: of the events of one day the most advanced wins, in any order",
          "[status]") {
  std::vector<StatusEvent> events(4);
  events[0] = {day("2023-09-08"), Status::planned, "001/annex2.b/46"};
  events[1] = {day("2023-09-08"), Status::approved, "001/annex1.a/3"};
  events[2] = {day("2023-09-08"), Status::published, "relaton/T-REC-X.1817"};
  events[3] = {day("2023-09-08"), Status::planned, "001/annex2.c/9"};
  Document d;
  d.id = "X.1817";
  std::mt19937 random(17);
  for (int round = 0; round < 8; ++round) {
    d.history = events;
    std::shuffle(d.history.begin(), d.history.end(), random);
    StatusAsOf s = status_as_of(d, std::nullopt);
    // The catalogue's publication on the day of approval: published.
    CHECK(s.status == Status::published);
    REQUIRE(s.event);
    CHECK(s.event->source == "relaton/T-REC-X.1817");
  }
  // Two sources giving one status on one day: the same event whatever the order.
  d.history = {events[3], events[0]};
  const std::string first = status_as_of(d, std::nullopt).event->source;
  d.history = {events[0], events[3]};
  CHECK(status_as_of(d, std::nullopt).event->source == first);
  // determined and not-approved on one meeting day: not-approved.
  d.history = {{day("2024-01-10"), Status::not_approved, "T/n/1"},
               {day("2024-01-10"), Status::determined, "T/d/1"}};
  CHECK(status_as_of(d, std::nullopt).status == Status::not_approved);
}

TEST_CASE("status rule: a negative newest event is the status, and a later one replaces it",
          "[status]") {
  Document d = with_history(R"(      - {date: 2022-01-10, status: determined, source: T/a/1}
      - {date: 2022-06-10, status: not-approved, source: T/b/1}
)");
  CHECK(status_as_of(d, std::nullopt).status == Status::not_approved);
  Document again = with_history(R"(      - {date: 2022-01-10, status: determined, source: T/a/1}
      - {date: 2022-06-10, status: not-approved, source: T/b/1}
      - {date: 2023-01-20, status: determined, source: T/c/1}
)");
  CHECK(status_as_of(again, std::nullopt).status == Status::determined);
  Document gone = with_history(R"(      - {date: 2016-04-29, status: published, source: T/a/1}
      - {date: 2020-01-01, status: superseded, source: T/b/1}
)");
  CHECK(status_as_of(gone, std::nullopt).status == Status::superseded);
}

TEST_CASE("status rule: a target is never a status, and goes once the work is done", "[status]") {
  Document d =
      with_history(R"(      - {date: 2023-03-01, status: planned, target: 2024, source: T/a/1}
)");
  StatusAsOf s = status_as_of(d, std::nullopt);
  CHECK(s.status == Status::planned);
  CHECK(s.date() == day("2023-03-01"));  // the event's date, not the target's
  CHECK(s.target_text() == "2024");
  CHECK(status_text(s) == "planned 2023-03-01");  // the target is not part of the status
  // A later target replaces an earlier one.
  Document moved =
      with_history(R"(      - {date: 2023-03-01, status: planned, target: 2024, source: T/a/1}
      - {date: 2024-05-01, status: ongoing, target: 2025-06, source: T/b/1}
)");
  CHECK(status_as_of(moved, std::nullopt).target_text() == "2025-06");
  CHECK(status_as_of(moved, day("2023-12-31")).target_text() == "2024");
  // Approved: no target any more.
  Document done =
      with_history(R"(      - {date: 2023-03-01, status: planned, target: 2024, source: T/a/1}
      - {date: 2024-04-29, status: approved, source: T/b/1}
)");
  StatusAsOf finished = status_as_of(done, std::nullopt);
  CHECK(finished.status == Status::approved);
  CHECK(finished.target == nullptr);
  CHECK(finished.target_text().empty());
  // A target that is not a date is kept as written, with no date.
  Document vague = with_history(
      R"(      - {date: 2023-03-01, status: planned, target: "end of study period", source: T/a/1}
)");
  CHECK(status_as_of(vague, std::nullopt).target_text() == "end of study period");
  CHECK_FALSE(status_as_of(vague, std::nullopt).target_date());
}

TEST_CASE("status rule: a catalogue's undated stage is the status now, not as of a date",
          "[status]") {
  Document d = with_history(R"(      - {date: 2016-04-29, status: published, source: T/a/1}
)");
  d.stage = Status::withdrawn;
  StatusAsOf now = status_as_of(d, std::nullopt);
  CHECK(now.status == Status::withdrawn);
  CHECK(now.event == nullptr);
  CHECK(now.date().empty());
  REQUIRE(now.newest);  // what places it in time: its publication
  CHECK(now.newest->date == day("2016-04-29"));
  CHECK(status_text(now) == "withdrawn");
  CHECK(status_as_of(d, day("2020-01-01")).status == Status::published);
}

TEST_CASE("every command that prints a status agrees with status_as_of on the built-in data",
          "[status][cli]") {
  const Corpus& corpus = builtin().corpus;
  REQUIRE(corpus.documents.size() > 200);
  // said[id][command] = the status word the command printed for the item.
  std::map<std::string, std::map<std::string, std::string>> said;
  test::TempDir dir;

  // show: every item, JSON; X.sg-dtn in text too.
  for (const Document& d : corpus.documents) {
    json j = run_json({"show", d.id, "--format", "json"});
    const Expected& e = expected().at(d.id);
    INFO("show " << d.id);
    CHECK(text_of(j["id"]) == d.id);
    CHECK(text_of(j.value("status", json())) == e.status);
    if (!e.status.empty()) CHECK(text_of(j["status_date"]) == e.date);
    CHECK(text_of(j.value("target", json())) == e.target);
    said[d.id]["show"] = text_of(j.value("status", json()));
  }
  auto show = test::run_stdgraph({"show", "X.sg-dtn"});
  REQUIRE(show.exit_code == 0);
  CHECK(show.out.find("status     " + expected().at("X.sg-dtn").status + " " +
                      expected().at("X.sg-dtn").date + "\n") != std::string::npos);
  CHECK(show.out.find("target     2024 (000/table1/1)") != std::string::npos);

  // export: every document at once.
  json exported = run_json({"export", "--format", "json"});
  std::size_t exported_items = 0;
  for (const auto& node : exported["nodes"]) {
    if (node.value("node_type", "") != "document") continue;
    std::string id = node["id"];
    INFO("export " << id);
    const Expected& e = expected().at(id);
    CHECK(text_of(node.value("status", json())) == e.status);
    CHECK(text_of(node.value("status_date", json())) == e.date);
    CHECK(text_of(node.value("target", json())) == e.target);
    said[id]["export"] = text_of(node.value("status", json()));
    ++exported_items;
  }
  CHECK(exported_items == corpus.documents.size());

  // The gap reports, over every shipped taxonomy; counterparts and ask.
  for (const char* taxonomy : {"dlt", "qkdn", "trust", "digital-twin-metaverse"})
    CHECK(check_agrees("gaps", run_json({"gaps", "--taxonomy", taxonomy, "--format", "json"}),
                       said) > 0);
  CHECK(check_agrees(
            "counterparts",
            run_json({"counterparts", "--taxonomy", "digital-twin-metaverse", "--format", "json"}),
            said) > 0);
  CHECK(check_agrees("ask",
                     run_json({"ask", "digital twin", "--aspect", "security", "--format", "json"}),
                     said) > 0);
  CHECK(check_agrees("ask", run_json({"ask", "security", "--format", "json"}), said) > 0);

  // check: the nearest items to a few titles and to an item.
  CHECK(check_agrees("check",
                     run_json({"check", "--title", "Security guidelines for digital twin network",
                               "--top", "50", "--format", "json"}),
                     said) > 0);
  CHECK(check_agrees("check",
                     run_json({"check", "--like", "X.1236", "--top", "50", "--format", "json"}),
                     said) > 0);

  // deps, impact, chains, risk.
  CHECK(check_agrees("deps", run_json({"deps", "X.1053rev", "--format", "json"}), said, false) > 0);
  CHECK(check_agrees("impact", run_json({"impact", "X.1051", "--format", "json"}), said, false) >
        0);
  CHECK(check_agrees("chains", run_json({"chains", "--format", "json"}), said, false) > 0);
  CHECK(check_agrees("risk", run_json({"risk", "--format", "json"}), said, false) > 0);

  // roadmap: the summary's nodes, and the drawing's classes for each.
  std::string svg_path = (dir.path / "roadmap.svg").string();
  json roadmap = run_json({"roadmap", "-o", svg_path, "--format", "json"});
  REQUIRE(roadmap["nodes"].size() > 100);
  CHECK(check_agrees("roadmap", roadmap["nodes"], said) == roadmap["nodes"].size());
  std::string svg = test::read_file(svg_path);
  // Graphviz writes '-' in ids and classes as "&#45;".
  for (std::size_t at = svg.find("&#45;"); at != std::string::npos; at = svg.find("&#45;", at))
    svg.replace(at, 5, "-");
  std::size_t marks = 0;
  for (const auto& node : roadmap["nodes"]) {
    std::string id = node["id"];
    INFO("roadmap svg " << id);
    std::string status = expected().at(id).status;
    CHECK(svg.find(fmt::format("id=\"{}\" class=\"node item kind-", node_anchor(id))) !=
          std::string::npos);
    std::regex drawn(fmt::format("id=\"{}\" class=\"node item kind-[a-z-]+ status-([a-z-]+)\"",
                                 node_anchor(id)));
    std::smatch m;
    REQUIRE(std::regex_search(svg, m, drawn));
    CHECK(m[1].str() == (status.empty() ? "none" : status));
    marks += !node["target_column"].is_null();
  }
  // Each dated target is drawn as a mark of its own, not as a status.
  std::size_t drawn_marks = 0;
  for (std::size_t at = svg.find("class=\"node target "); at != std::string::npos;
       at = svg.find("class=\"node target ", at + 1))
    ++drawn_marks;
  CHECK(marks > 0);
  CHECK(drawn_marks == marks);

  // report: the table of every item.
  std::string html_path = (dir.path / "report.html").string();
  auto report =
      test::run_stdgraph({"report", "--taxonomy", "digital-twin-metaverse", "-o", html_path});
  INFO(report.err);
  REQUIRE(report.exit_code == 0);
  std::string html = test::read_file(html_path);
  std::regex row(
      "<tr id=\"row-[^\"]*\" data-status=\"([^\"]*)\"[^>]*><td class=\"id\">([^<]*)</td>"
      ".*?<td class=\"date\">([^<]*)</td></tr>");
  std::size_t rows = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row); it != std::sregex_iterator();
       ++it) {
    std::string id = (*it)[2].str();
    auto e = expected().find(id);
    if (e == expected().end()) continue;  // an id with markup escaped; none in the data
    INFO("report " << id);
    CHECK((*it)[1].str() == e->second.status);
    if (!e->second.date.empty()) CHECK((*it)[3].str() == e->second.date);
    said[id]["report"] = (*it)[1].str();
    ++rows;
  }
  CHECK(rows > 100);

  // stats: the counts by status are those of status_as_of.
  json stats = run_json({"stats", "--format", "json"});
  std::map<std::string, std::size_t> by_status;
  for (const Document& d : corpus.documents)
    if (!d.referenced) {
      const std::string& s = expected().at(d.id).status;
      ++by_status[s.empty() ? "none" : s];
    }
  for (const auto& [status, n] : by_status) {
    INFO("stats " << status);
    CHECK(stats["by_status"].value(status, 0) == n);
  }

  // And so with each other: one word per item, whichever command printed it.
  std::set<std::string> commands;
  for (const auto& [id, by_command] : said) {
    std::set<std::string> words;
    for (const auto& [command, word] : by_command) {
      words.insert(word);
      commands.insert(command);
    }
    INFO(id);
    CHECK(words.size() == 1);
  }
  for (const char* c : {"show", "export", "gaps", "counterparts", "ask", "check", "deps", "impact",
                        "chains", "risk", "roadmap", "report"})
    CHECK(commands.count(c) == 1);
  // X.sg-dtn, the item of issue 17, reads the same in all of them.
  CHECK(said.at("X.sg-dtn").size() >= 6);
}
