// stdgraph link: which catalogue record is the publication of a draft that has no number
// yet? Proposals with their evidence, certain ones first; nothing is joined here.
#include <ctime>
#include <iostream>

#include <fmt/format.h>

#include "command.h"
#include "deps_cli.h"
#include "stdgraph/analysis/link_proposals.h"
#include "stdgraph/model/links.h"
#include "stdgraph/render/link.h"
#include "timing.h"

namespace stdgraph::cli {
namespace {

std::string link_date_today() {
  std::time_t now = std::time(nullptr);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
  return buf;
}

// Why `document` gets no proposals, for --draft naming an item that awaits no number.
std::string why_not_a_draft(const Document& d) {
  if (d.catalogue) return "it is a catalogue record";
  if (!d.number.empty()) return fmt::format("a link already gives it the number {}", d.number);
  if (!d.editions.empty()) return "catalogue editions are already joined to it";
  if (d.referenced || d.implied) return "it is only referenced, with no record of its own";
  return "it has a number already, or is not a draft that gets one (see data/README.md)";
}

class LinkCommand final : public Command {
 public:
  CLI::App* add(CLI::App& app, GlobalOptions& global) override {
    CLI::App* cmd = app.add_subcommand(
        "link", "Drafts without a number: the catalogue records that look like their publication");
    cmd->add_option("--draft", draft_, "Only this draft (any of its names)");
    cmd->add_option("--top", top_, "How many proposals to list (0: all)")->capture_default_str();
    cmd->add_option("--per-draft", options_.per_draft, "Numbers proposed per draft (0: all)")
        ->capture_default_str();
    cmd->add_option("--min-score", options_.min_score,
                    "Leave out proposals scoring below this (0 to 1; certain ones never)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    add_format_option(*cmd, global, {"text", "json", "csv", "links"});
    return cmd;
  }

  int run(const GlobalOptions& global) override {
    Loaded& data = load(global, true);
    if (!draft_.empty()) {
      std::size_t d = find_item(data.corpus, draft_);
      const Document& doc = data.corpus.documents[d];
      if (!awaits_number(doc))
        throw Failure(kUsage, fmt::format("{} awaits no number: {}", doc.id, why_not_a_draft(doc)));
      options_.draft = doc.id;
    }
    options_.top = top_;
    MatchIndex& index = data.match_index(global);
    Timing timing;
    LinkReport report{propose_links(data.corpus, index, options_), options_, link_date_today()};
    timing.lap("link");
    write_as(std::cout, global.format,
             {{"json",
               [&](std::ostream& out) { out << json_text(to_json(data.corpus, report)) << '\n'; }},
              {"csv", [&](std::ostream& out) { write_csv(out, data.corpus, report); }},
              {"links", [&](std::ostream& out) { write_links(out, data.corpus, report); }},
              {"text", [&](std::ostream& out) { write_text(out, data.corpus, report); }}});
    return kOk;
  }

 private:
  std::string draft_;
  std::size_t top_ = 20;
  LinkOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_link() {
  return std::make_unique<LinkCommand>();
}

}  // namespace stdgraph::cli
