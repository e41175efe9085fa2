#include "context.h"

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "progress.h"
#include "stdgraph/load/glossary.h"
#include "stdgraph/load/load.h"
#include "stdgraph/util/escape.h"

namespace stdgraph::cli {

void complain(std::string_view message) {
  std::cerr << "stdgraph: " << terminal_safe(message, Breaks::keep) << '\n';
}

Loaded& load(const GlobalOptions& options, bool quiet_diagnostics) {
  std::vector<std::filesystem::path> paths(options.data.begin(), options.data.end());
  if (paths.empty()) {
    // Diagnostics name files as a user would type them: relative when under the cwd.
    std::error_code ec;
    auto relative =
        std::filesystem::relative(STDGRAPH_DATA_DIR, std::filesystem::current_path(ec), ec);
    bool inside = !ec && !relative.empty() && *relative.begin() != "..";
    paths.emplace_back(inside ? relative : std::filesystem::path(STDGRAPH_DATA_DIR));
  }
  Diagnostics diags;
  auto t0 = std::chrono::steady_clock::now();
  LoadReport report;
  LoadOptions load_options;
  load_options.cache = !options.no_cache;
  load_options.link_certain = options.link_certain;
  load_options.progress = terminal_progress();
  Corpus corpus = load_corpus(paths, diags, load_options, &report);
  if (!report.cache_note.empty())
    std::cerr << terminal_safe(report.cache_note, Breaks::keep) << '\n';
  auto t1 = std::chrono::steady_clock::now();
  if (std::getenv("STDGRAPH_TIMING"))
    std::cerr << report.files << " files (" << report.parsed << " read, " << report.from_cache
              << " from cache" << (report.whole_corpus ? ", the built corpus too" : "")
              << "): load and index " << std::chrono::duration<double>(t1 - t0).count() << " s\n";
  if (!quiet_diagnostics && diags.error_count() > 0) {
    diags.sort();
    for (const auto& d : diags.items())
      if (d.severity == Severity::error) std::cerr << format_diagnostic(d) << '\n';
    std::cerr << "stdgraph: " << diags.error_count()
              << " error(s) in the records; those records were left out. Run `stdgraph "
                 "validate` for details.\n";
  }
  // Left allocated on purpose: the process ends right after the command, and freeing
  // half a million small objects one by one costs more than the command itself. Held by
  // a static pointer so that leak checkers see it as reachable, not lost.
  static Loaded* loaded = nullptr;
  loaded = new Loaded;
  loaded->diagnostics = std::move(diags);
  loaded->corpus = std::move(corpus);
  return *loaded;
}

std::filesystem::path glossary_path(const GlobalOptions& options) {
  namespace fs = std::filesystem;
  for (const std::string& d : options.data) {
    std::error_code ec;
    if (fs::is_directory(d, ec) && fs::exists(fs::path(d) / "glossary.yaml", ec))
      return fs::path(d) / "glossary.yaml";
  }
  return fs::path(STDGRAPH_DATA_DIR) / "glossary.yaml";
}

Glossary glossary_for(const GlobalOptions& options) {
  std::filesystem::path path = glossary_path(options);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  Diagnostics diags;
  Glossary glossary = load_glossary(path, diags);
  for (const auto& d : diags.items()) std::cerr << format_diagnostic(d) << '\n';
  return glossary;
}

MatchIndex& Loaded::match_index(const GlobalOptions& options) {
  if (!match_) {
    auto t0 = std::chrono::steady_clock::now();
    match_.emplace(corpus, Analyzer(glossary_for(options)));
    // The build's working space (every document's terms as strings, a block at a time) is
    // freed by now, scattered through the heap: give its pages back before the analysis.
    malloc_trim(0);
    if (std::getenv("STDGRAPH_TIMING"))
      std::cerr << "match index: "
                << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()
                << " s\n";
  }
  return *match_;
}

void add_format_option(CLI::App& command, GlobalOptions& options,
                       const std::vector<std::string>& formats) {
  auto* option = command.add_option("--format", options.format, "Output format")
                     ->check(CLI::IsMember(formats));
  // A command without text (export) takes its first format when none is given: show that.
  if (std::find(formats.begin(), formats.end(), "text") != formats.end())
    option->capture_default_str();
  else
    option->default_str(formats.front());
}

}  // namespace stdgraph::cli
