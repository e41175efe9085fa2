// Encodings a hand-edited or exported file may come in: each loads, or fails with one
// error naming the file, the place and what to do.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "stdgraph/load/load.h"
#include "stdgraph/render/json.h"
#include "support.h"

using namespace stdgraph;
namespace fs = std::filesystem;

namespace {

const std::string kRecord =
    "documents:\n"
    "  - id: X.1\n"
    "    kind: recommendation\n"
    "    title: Security of things\n"
    "    source: T/t/1\n";

const std::string kRelaton =
    "docidentifier:\n"
    "- content: ITU-T X.9 (01/2020)\n"
    "  type: ITU\n"
    "  primary: true\n"
    "title:\n"
    "- content: Security of things\n"
    "  language: en\n";

std::string replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

// Each character of ASCII text as UTF-16 (little or big endian), with or without a mark.
std::string utf16(const std::string& ascii, bool little, bool bom) {
  std::string out = bom ? (little ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char c : ascii) {
    out += little ? c : '\0';
    out += little ? '\0' : c;
  }
  return out;
}

struct Result {
  RecordSet records;
  Diagnostics diags;
};

// Through the files path, as the CLI reads them (the format told by content).
Result load_file(const std::string& name, const std::string& bytes) {
  fs::path dir = fs::temp_directory_path() / "stdgraph-encoding-test";
  fs::create_directories(dir);
  fs::path file = dir / name;
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  Result r;
  r.records = load_paths({file}, r.diags);
  fs::remove(file);
  return r;
}

const Diagnostic& only_error(const Result& r) {
  REQUIRE(r.diags.items().size() == 1);
  CHECK(r.diags.items()[0].severity == Severity::error);
  CHECK_FALSE(r.diags.items()[0].hint.empty());
  return r.diags.items()[0];
}

}  // namespace

TEST_CASE("a UTF-8 byte order mark is accepted, in native and Relaton files", "[encoding]") {
  auto native = load_file("bom.yaml", "\xEF\xBB\xBF" + kRecord);
  CHECK(native.diags.items().empty());
  REQUIRE(native.records.documents.size() == 1);
  CHECK(native.records.documents[0].pos.line == 2);
  CHECK(native.records.documents[0].pos.column == 5);
  auto relaton = load_file("bom-relaton.yaml", "\xEF\xBB\xBF" + kRelaton);
  CHECK(relaton.diags.items().empty());
  REQUIRE(relaton.records.documents.size() == 1);
  CHECK(relaton.records.documents[0].id == "X.9 (01/2020)");
}

TEST_CASE("CRLF line ends load, and no carriage return reaches a value", "[encoding]") {
  auto crlf = [](std::string text) {
    for (std::size_t at = 0; (at = text.find('\n', at)) != std::string::npos; at += 2)
      text.insert(at, "\r");
    return text;
  };
  auto native = load_file("crlf.yaml", crlf(kRecord));
  CHECK(native.diags.items().empty());
  REQUIRE(native.records.documents.size() == 1);
  CHECK(native.records.documents[0].title() == "Security of things");
  CHECK(native.records.documents[0].source == "T/t/1");
  auto relaton = load_file("crlf-relaton.yaml", crlf(kRelaton));
  CHECK(relaton.diags.items().empty());
  REQUIRE(relaton.records.documents.size() == 1);
  CHECK(relaton.records.documents[0].title() == "Security of things");
}

TEST_CASE("UTF-16 and UTF-32 are refused with a message saying to save as UTF-8", "[encoding]") {
  for (bool little : {true, false})
    for (bool bom : {true, false})
      for (const std::string* text : {&kRecord, &kRelaton}) {
        INFO("little endian " << little << ", mark " << bom);
        auto r = load_file("wide.yaml", utf16(*text, little, bom));
        const Diagnostic& d = only_error(r);
        CHECK(d.pos.file.find("wide.yaml") != std::string::npos);
        CHECK(d.message == "the file is UTF-16, not UTF-8");
        CHECK(d.hint.find("save it as UTF-8") != std::string::npos);
        CHECK(r.records.documents.empty());
      }
  auto r = load_file("utf32.yaml", std::string("\xFF\xFE\0\0d\0\0\0", 8));
  CHECK(only_error(r).message == "the file is UTF-32, not UTF-8");
}

TEST_CASE("invalid UTF-8 is an error at its line and column", "[encoding]") {
  // A Latin-1 é, a lone continuation byte, an overlong '/', a surrogate, a cut-off sequence.
  for (const char* bad : {"\xE9", "\x80", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82"}) {
    INFO("bytes " << bad);
    auto r = load_file("latin1.yaml", replace(kRecord, "of things", std::string("of ") + bad));
    const Diagnostic& d = only_error(r);
    CHECK(d.code == "bad-encoding");
    CHECK(d.pos.line == 4);
    CHECK(d.pos.column == 24);
    CHECK(d.message.rfind("invalid UTF-8 (byte 0x", 0) == 0);
    CHECK(r.records.documents.empty());
  }
  // Columns count characters: "é" before the bad byte is one column.
  Diagnostics diags;
  load_native_text(replace(kRecord, "of things", "é \xFF"), "x.yaml", diags);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].pos.column == 23);
  // Valid multi-byte text is left alone.
  Diagnostics ok;
  auto set = load_native_text(replace(kRecord, "of things", "des choses — 物 😀"), "x.yaml", ok);
  CHECK(ok.items().empty());
  REQUIRE(set.documents.size() == 1);
  CHECK(set.documents[0].title() == "Security des choses — 物 😀");
}

TEST_CASE("a NUL byte or a control character is an error at its place", "[encoding]") {
  auto nul = load_file("nul.yaml", replace(kRecord, "things", std::string("thi\0ngs", 7)));
  const Diagnostic& d = only_error(nul);
  CHECK(d.code == "bad-encoding");
  CHECK(d.pos.line == 4);
  CHECK(d.pos.column == 27);
  CHECK(d.message.find("NUL byte") == 0);

  for (const char* control : {"\x01", "\x1B", "\x7F", "\xC2\x9B"}) {
    INFO("control " << control);
    for (bool relaton : {false, true}) {
      const std::string& text = relaton ? kRelaton : kRecord;
      auto r = load_file("control.yaml", replace(text, "things", std::string("thi") + control));
      const Diagnostic& c = only_error(r);
      CHECK(c.code == "bad-character");
      CHECK(c.message.find("control character U+") == 0);
      CHECK(c.pos.line == (relaton ? 6 : 4));
    }
  }
  // Tabs inside values, and NEL (U+0085), are characters YAML allows.
  Diagnostics ok;
  auto set = load_native_text(replace(kRecord, "of things", "of\tthings"), "x.yaml", ok);
  CHECK(ok.items().empty());
  CHECK(set.documents.size() == 1);
}

TEST_CASE("indenting with tabs is a syntax error that says to use spaces", "[encoding]") {
  auto native = load_file("tabs.yaml", replace(kRecord, "    kind", "\t  kind"));
  const Diagnostic& d = only_error(native);
  CHECK(d.code == "yaml-syntax");
  CHECK(d.pos.line == 3);
  CHECK(d.hint.find("spaces only") != std::string::npos);
  auto relaton = load_file("tabs-relaton.yaml", replace(kRelaton, "  type: ITU", "\ttype: ITU"));
  const Diagnostic& r = only_error(relaton);
  CHECK(r.code == "yaml-syntax");
  CHECK(r.pos.line == 3);
  CHECK(r.hint.find("spaces only") != std::string::npos);
  // Any other syntax error keeps the general hint.
  Diagnostics other;
  load_native_text("documents: [a\n", "x.yaml", other);
  REQUIRE(other.items().size() == 1);
  CHECK(other.items()[0].hint.find("indentation and quoting") != std::string::npos);
}

TEST_CASE("a parser's message quoting part of a character shows the byte, not broken UTF-8",
          "[encoding]") {
  // yaml-cpp says "unknown escape character: " and the first byte of the character after
  // the backslash (native_fuzz: invalid UTF-8 in a diagnostic).
  auto native = load_file("escape.yaml",
                          "documents:\n"
                          "  - id: X.1\n"
                          "    kind: recommendation\n"
                          "    title: \"\\\xE8\xAE\xBE\xE5\xA4\x87\"\n"
                          "    source: T/t/1\n");
  const Diagnostic& d = only_error(native);
  CHECK(d.code == "yaml-syntax");
  CHECK(d.pos.line == 4);
  CHECK(d.message == "YAML syntax error: unknown escape character: \\xE8");
  CHECK(to_json(native.diags.items()).dump().find("\\\\xE8") != std::string::npos);
}

TEST_CASE("every error names the file it is in, as given", "[encoding]") {
  auto r = load_file("named.yaml", "\xFF\xFE");
  CHECK(only_error(r).pos.file.find("stdgraph-encoding-test/named.yaml") != std::string::npos);
  // A binary given as records: an error naming it, not a crash.
  auto cli = test::run_stdgraph({"--no-cache", "--data", STDGRAPH_BIN, "validate"});
  CHECK(cli.exit_code == 1);
  CHECK(cli.out.find(std::string(STDGRAPH_BIN) + ":1:") == 0);
}
