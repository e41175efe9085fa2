// Terminal text is inert: escape.h's terminal_safe on its own and on random bytes, validate's
// warning about control characters, and every text command run on hostile records (ids,
// titles, group names and a file name holding ESC, OSC, CSI, BEL, NUL, C1 and U+202E).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include "stdgraph/analysis/validate.h"
#include "stdgraph/graph/graph.h"
#include "stdgraph/render/csv.h"
#include "stdgraph/render/text_table.h"
#include "stdgraph/util/escape.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

using test::TempDir;

namespace {

const std::string kEsc = "\x1b";
const std::string kRlo = "\xe2\x80\xae";  // U+202E RIGHT-TO-LEFT OVERRIDE
const std::string kCsi8 = "\xc2\x9b";     // U+009B, the 8-bit CSI

// Why `text` is not inert on a terminal, or "" when it is: a C0 control other than LF
// (tab too: it is layout, but no text output writes one), DEL, a C1 control, a bidi
// control, or bytes that are not UTF-8.
std::string raw_control(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return fmt::format("byte 0x{:02X} at {}", c, i);
  }
  if (auto c = first_unsafe_character(text))
    return fmt::format("{} at {}", describe_character(*c), c->offset);
  return "";
}

// Random byte strings weighted towards what the escapers must handle: C0, DEL, C1 and bidi
// controls, formula prefixes, digits, signs, quotes and commas, bytes that are not UTF-8,
// and ordinary letters and non-ASCII characters.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {"\x1b",
                                                  "\x07",
                                                  std::string(1, '\0'),
                                                  "\r",
                                                  "\n",
                                                  "\t",
                                                  "\x7f",
                                                  "\x01",
                                                  "\x9b",
                                                  "\xff",
                                                  "\xc2\x9b",
                                                  "\xc2\x85",
                                                  "\xc2\x80",
                                                  "\xc2\x9f",
                                                  "\xc2\xa0",
                                                  "\xe2\x80\xae",
                                                  "\xe2\x80\x8e",
                                                  "\xe2\x81\xa6",
                                                  "\xd8\x9c",
                                                  "\xe2\x80",
                                                  "\xc3",
                                                  "\xed\xa0\x80",
                                                  "\xf4\x90\x80\x80",
                                                  "=",
                                                  "+",
                                                  "-",
                                                  "@",
                                                  "'",
                                                  "\"",
                                                  ",",
                                                  " ",
                                                  ".",
                                                  "e",
                                                  "E",
                                                  "0",
                                                  "1",
                                                  "9",
                                                  "a",
                                                  "Z",
                                                  "\\",
                                                  "[",
                                                  "]0;",
                                                  "\xc3\xa9",
                                                  "\xe4\xb8\xad",
                                                  "\xf0\x9f\x94\x92"};
  std::uniform_int_distribution<std::size_t> length(0, 16), piece(0, pieces.size() - 1),
      byte(0, 255);
  std::string out;
  for (std::size_t n = length(rng); n > 0; --n) {
    if (byte(rng) < 32)
      out += static_cast<char>(byte(rng));
    else
      out += pieces[piece(rng)];
  }
  return out;
}

bool formula_start(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// A CSV field read back as RFC 4180 does; nullopt if it is not one well-formed field.
std::optional<std::string> read_csv_field(const std::string& field) {
  if (field.empty() || field.front() != '"') {
    if (field.find_first_of(",\"\r\n") != std::string::npos) return std::nullopt;
    return field;
  }
  if (field.size() < 2 || field.back() != '"') return std::nullopt;
  std::string out;
  for (std::size_t i = 1; i + 1 < field.size(); ++i) {
    if (field[i] == '"' && (i + 2 >= field.size() || field[++i] != '"')) return std::nullopt;
    out += field[i];
  }
  return out;
}

}  // namespace

TEST_CASE("terminal_safe shows every control and bidi character as an escape", "[escape]") {
  CHECK(terminal_safe("X.1\x1b[2J") == "X.1\\x1b[2J");
  CHECK(terminal_safe("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07");
  CHECK(terminal_safe(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(terminal_safe("a\x7f") == "a\\x7f");
  CHECK(terminal_safe("evil" + kRlo + "txt.exe") == "evil\\u202etxt.exe");
  CHECK(terminal_safe(kCsi8 + "31m") == "\\u009b31m");
  CHECK(terminal_safe("\xe2\x81\xa6\xd8\x9c\xe2\x80\x8f") == "\\u2066\\u061c\\u200f");
  CHECK(terminal_safe("\xff and cut \xe2\x80") == "\\xff and cut \\xe2\\x80");
  CHECK(terminal_safe("\xc0\xaf") == "\\xc0\\xaf");  // an overlong '/'
  // Line breaks and tabs, as each mode says.
  CHECK(terminal_safe("a\nb\rc\td") == "a\\nb\\rc\\td");
  CHECK(terminal_safe("a\nb\rc\td", Breaks::space) == "a b c d");
  CHECK(terminal_safe("a\nb\rc\td", Breaks::keep) == "a\nb c d");
  CHECK(terminal_safe("a\x1b\n", Breaks::keep) == "a\\x1b\n");
  // Plain text, backslashes and non-ASCII letters included, comes back as it was.
  const std::string plain =
      "S\xc3\xa9"
      "curit\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 \xe2\x80\x94 a\\x1b \xf0\x9f\x94\x92";
  CHECK(terminal_safe(plain) == plain);
  CHECK(terminal_safe("") == "");
  // Widths measured on the result are what the terminal shows: one column a character.
  CHECK(render::display_width(terminal_safe("\xc3\xa9" + kRlo)) == 7);
}

TEST_CASE("the first unsafe character is named for messages", "[escape]") {
  auto c = first_unsafe_character("ok\x1b[2J");
  REQUIRE(c);
  CHECK(c->offset == 2);
  CHECK(describe_character(*c) == "U+001B (ESC)");
  CHECK(describe_character(*first_unsafe_character("a" + kRlo)) ==
        "U+202E (RIGHT-TO-LEFT OVERRIDE)");
  CHECK(describe_character(*first_unsafe_character(kCsi8)) ==
        "U+009B (CONTROL SEQUENCE INTRODUCER)");
  CHECK(describe_character(*first_unsafe_character("\xfe")) == "byte 0xFE (not UTF-8)");
  CHECK(describe_character(*first_unsafe_character(std::string(1, '\0'))) == "U+0000 (NUL)");
  CHECK_FALSE(first_unsafe_character("line\nbreak\tand tab"));
  CHECK_FALSE(
      first_unsafe_character("S\xc3\xa9"
                             "curit\xc3\xa9"));
}

TEST_CASE("aligned text tables measure cells after escaping them", "[escape]") {
  render::TextTable table("");
  table.add({"X.1\x1b[2J", "one"});
  table.add({"X.22", "two"});
  table.add_line("group \x1b]0;pwned\x07 name");
  std::ostringstream out;
  table.write(out);
  CHECK(out.str() == "X.1\\x1b[2J  one\nX.22        two\ngroup \\x1b]0;pwned\\x07 name\n");
}

TEST_CASE("random bytes: terminal text and CSV fields are always inert", "[escape]") {
  std::mt19937 rng(20261203);
  for (int i = 0; i < 5000; ++i) {
    std::string text = random_text(rng);
    INFO(i << ": " << terminal_safe(text));
    for (Breaks breaks : {Breaks::escape, Breaks::space, Breaks::keep}) {
      std::string out = terminal_safe(text, breaks);
      std::string rest = out;
      if (breaks == Breaks::keep)
        rest.erase(std::remove(rest.begin(), rest.end(), '\n'), rest.end());
      REQUIRE(raw_control(rest) == "");
      if (breaks != Breaks::keep) REQUIRE(out.find('\n') == std::string::npos);
      REQUIRE(terminal_safe(out, breaks) == out);
      bool layout = text.find_first_of(breaks == Breaks::keep ? "\r\t" : "\n\r\t") != text.npos;
      REQUIRE((out == text) == (!first_unsafe_character(text) && !layout));
    }
    std::string field = csv_field(text);
    auto read = read_csv_field(field);
    REQUIRE(read);
    bool neutralised = !text.empty() && formula_start(text[0]) && !csv_number(text);
    REQUIRE(*read == (neutralised ? "'" + text : text));
    REQUIRE((read->empty() || !formula_start((*read)[0]) || csv_number(text)));
  }
}

TEST_CASE("validate warns about control and bidi characters in ids, names and titles",
          "[escape][validate]") {
  Diagnostics diags;
  Corpus c = test::load_text(
      "groups:\n"
      "  - id: SG17\n"
      "    kind: study-group\n"
      "    name: \"Security \\e]0;pwned\\a\"\n"
      "documents:\n"
      "  - id: \"X.evil\\e[2J\"\n"
      "    kind: recommendation\n"
      "    title: \"Two\\nlines\\tand a tab are layout\"\n"
      "    source: T/t/1\n"
      "  - id: X.rlo\n"
      "    aliases: [\"X.\\u202eolr\"]\n"
      "    kind: recommendation\n"
      "    title: \"A NUL \\0 and an 8-bit CSI \\x9b\"\n"
      "    source: T/t/2\n"
      "  - id: X.plain\n"
      "    kind: recommendation\n"
      "    title: \"S\\u00e9curit\\u00e9 of plain text\"\n"
      "    source: T/t/3\n",
      diags);
  REQUIRE(diags.items().empty());
  std::vector<std::string> found;
  for (const Diagnostic& d : validate(c, Graph(c)))
    if (d.code == "control-character") {
      CHECK(d.severity == Severity::warning);
      CHECK(d.pos.file == "test.yaml");
      CHECK(d.pos.line > 0);
      CHECK_FALSE(d.hint.empty());
      found.push_back(fmt::format("{}: {}", d.pos.line, d.message));
    }
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{
                     "10: the name `X.\xe2\x80\xaeolr` of X.rlo holds a control character, U+202E "
                     "(RIGHT-TO-LEFT OVERRIDE), at byte 2: \"X.\xe2\x80\xaeolr\"",
                     "10: the title of X.rlo holds a control character, U+0000 (NUL), at byte 6: "
                     "\"A NUL " +
                         std::string(1, '\0') + " and an 8-bit CSI \xc2\x9b\"",
                     "2: the name of group SG17 holds a control character, U+001B (ESC), at "
                     "byte 9: \"Security \x1b]0;pwned\x07\"",
                     "6: the id of this document holds a control character, U+001B (ESC), at "
                     "byte 6: \"X.evil\x1b[2J\""});
  // The message quotes the text raw (JSON escapes it); the terminal line shows escapes.
  for (const Diagnostic& d : validate(c, Graph(c))) CHECK(raw_control(format_diagnostic(d)) == "");
}

TEST_CASE("an id of only white space is an error, not an item named nothing", "[validate]") {
  Diagnostics diags;
  Corpus c = test::load_text(
      "documents:\n"
      "  - id: \"   \"\n"
      "    kind: recommendation\n"
      "    title: Blank\n"
      "    source: T/t/1\n"
      "groups:\n"
      "  - id: \"\\t\"\n"
      "    kind: study-group\n",
      diags);
  CHECK(c.documents.empty());
  CHECK(c.groups.empty());
  REQUIRE(diags.items().size() == 2);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "test.yaml:2:9: error: `id` of a document is blank: only white space\n"
        "  hint: write the name it is known by, e.g. `id: X.1817` (or `SG17` for a group)");
  CHECK(diags.items()[1].message == "`id` of a group is blank: only white space");
  CHECK(diags.items()[1].code == "missing-field");
}

TEST_CASE("diagnostics keep a hostile file name and message on one line", "[escape]") {
  Diagnostic d{Severity::error,
               {"dir/a\nb\x1b]0;x\x07.yaml", 3, 5},
               "bad-value",
               "`evil\x1b[2J` is not a valid kind",
               "did you mean\n`x`?"};
  CHECK(format_diagnostic(d) ==
        "dir/a\\nb\\x1b]0;x\\x07.yaml:3:5: error: `evil\\x1b[2J` is not a valid kind\n"
        "  hint: did you mean\\n`x`?");
}

TEST_CASE("every text command keeps hostile records inert on the terminal", "[escape][cli]") {
  TempDir dir;
  // A file name with a line break, an OSC that sets the window title, and BEL.
  const std::string file_name = "hostile\n\x1b]0;pwned\x07.yaml";
  const std::string records = R"(groups:
  - id: ITU-T
    kind: sector
    name: "ITU \e]0;pwned\a sector"
    source: T/g/1
  - id: SG17
    kind: study-group
    name: "Security \e[2J\u202e group \x9b31m"
    parent: ITU-T
    source: T/g/2
  - id: "SG\e[2J99"
    kind: study-group
    name: "Evil \0 group \e]0;pwned\a"
    parent: ITU-T
    source: T/g/3
  - id: "Q1/\u202e17"
    kind: question
    name: "Question \e[31m one"
    parent: SG17
    source: T/g/4
documents:
  - id: "X.evil\e[2J"
    aliases: ["X.\e]0;pwned\a", "X.\u202eevil"]
    kind: recommendation
    title: "Distributed ledger \e]0;pwned\a gateway \0 for \u202e blockchain \x9b2J interoperability"
    group: "SG\e[2J99"
    scope: "Line one \e[2J\nline two \u202e"
    keywords: ["\e[5m blink"]
    history:
      - {date: 2023-01-10, status: ongoing, source: "T/\e[2J/1", note: "note \e]0;x\a", target: "2024 \u202e"}
    relations:
      - {type: normative-reference, target: "X.sec\u202eledger", source: T/r/1}
  - id: "X.sec\u202eledger"
    kind: recommendation
    title: "Security of distributed ledger \e[2J gateway for blockchain interoperability"
    group: SG17
    question: "Q1/\u202e17"
    history:
      - {date: 2022-05-01, status: ongoing, source: T/h/2}
    relations:
      - {type: based-on, target: X.base, source: T/r/2}
  - id: X.base
    kind: recommendation
    title: "Distributed ledger \a base"
    group: SG17
    history:
      - {date: 2021-01-01, status: withdrawn, source: T/h/3}
  - id: X.bad
    kind: "evil\e[2J"
    title: "An error \e]0;pwned\a the loader reports"
    source: T/h/4
meetings:
  - id: "M\e[2J1"
    group: SG17
    start: 2023-09-01
    source: T/m/1
    agenda:
      - {item: "X.evil\e[2J", action: determination, source: T/m/2}
liaisons:
  - id: "LS\u202e1"
    title: "Liaison \e]0;pwned\a"
    from: SG17
    to: ["SG\e[2J99"]
    about: ["X.evil\e[2J"]
    source: T/l/1
)";
  std::ofstream(dir.path / file_name) << records;
  std::size_t bad_line =
      1 + std::count(records.begin(), records.begin() + records.find("  - id: X.bad"), '\n');
  const std::string data = dir.path.string();
  const std::string shown_file = data + "/hostile\\n\\x1b]0;pwned\\x07.yaml";
  const std::string evil = "X.evil\x1b[2J";

  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::vector<std::string> shows;  // escapes stdout or stderr must hold: the text was shown
  };
  const std::vector<Case> cases = {
      {{"show", evil},
       0,
       {"X.evil\\x1b[2J", "\\x1b]0;pwned\\x07", "\\x00", "\\u202e", "\\u009b", "SG\\x1b[2J99",
        shown_file, "Line one \\x1b[2J\n  line two"}},
      {{"show", "X.evil\x1b[2"}, 2, {"did you mean X.evil\\x1b[2J?"}},
      {{"check", "--title", "Distributed ledger \x1b[2J gateway blockchain"},
       0,
       {"Distributed ledger \\x1b[2J gateway", "X.evil\\x1b[2J", "SG\\x1b[2J99"}},
      {{"ask", "distributed ledger"}, 0, {"X.evil\\x1b[2J", "\\x1b]0;pwned\\x07", shown_file}},
      {{"overlaps", "--min-score", "0.05", "--show-tied"},
       0,
       {"X.evil\\x1b[2J", "X.sec\\u202eledger"}},
      {{"gaps", "--taxonomy", "dlt"}, 0, {"X.evil\\x1b[2J", shown_file}},
      {{"counterparts", "--taxonomy", "dlt"}, 0, {}},
      {{"validate"}, 1, {shown_file + ":", "holds a control character, U+202E"}},
      {{"stats"}, 0, {"SG\\x1b[2J99"}},
      {{"deps", evil}, 0, {"X.evil\\x1b[2J", "X.sec\\u202eledger"}},
      {{"impact", "X.base"}, 0, {"SG\\x1b[2J99", "Security \\x1b[2J\\u202e group"}},
      {{"chains"}, 0, {"X.evil\\x1b[2J"}},
      {{"risk"}, 0, {"X.evil\\x1b[2J"}},
  };
  // A diagnostic line names the file in full, as escaped; the part after a raw line break
  // would start a line of its own.
  const std::regex diagnostic(R"(\.yaml:\d+:\d+: (error|warning): )");
  std::smatch at;
  for (const Case& c : cases) {
    std::vector<std::string> args = {"--data", data};
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto run = test::run_stdgraph(args);
    INFO(terminal_safe(fmt::format("{}", fmt::join(c.args, " "))));
    INFO("stdout: " << terminal_safe(run.out, Breaks::keep));
    INFO("stderr: " << terminal_safe(run.err, Breaks::keep));
    CHECK(run.exit_code == c.exit_code);
    CHECK(raw_control(run.out) == "");
    CHECK(raw_control(run.err) == "");
    for (const std::string& shown : c.shows)
      CHECK((run.out + run.err).find(shown) != std::string::npos);
    for (const std::string* stream : {&run.out, &run.err}) {
      std::istringstream lines(*stream);
      for (std::string line; std::getline(lines, line);)
        if (std::regex_search(line, at, diagnostic) &&
            line.substr(0, at.position()).find("pwned") != std::string::npos)
          CHECK(line.rfind(shown_file + ":", 0) == 0);
    }
  }
  // Commands other than validate report the record they left out, on one line.
  auto stats = test::run_stdgraph({"--data", data, "stats"});
  CHECK(stats.err.find(fmt::format("{}:{}:11: error: `evil\\x1b[2J` is not a valid kind",
                                   shown_file, bad_line + 1)) != std::string::npos);
}
