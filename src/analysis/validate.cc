#include "stdgraph/analysis/validate.h"

#include <algorithm>
#include <numeric>
#include <set>

#include <fmt/format.h>

#include "stdgraph/model/ids.h"
#include "stdgraph/util/escape.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

std::vector<std::string_view> words(std::string_view folded) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// "security measures for gateways" -> "security measure for gateway".
std::string fold_plurals(std::string_view folded) {
  std::string out;
  for (std::string_view word : words(folded)) {
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's')
      word.remove_suffix(1);
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// True when the titles differ in one word of five letters or more, by one edit.
bool one_long_word_slip(std::string_view a, std::string_view b) {
  auto wa = words(a), wb = words(b);
  if (wa.size() != wb.size()) return false;
  int differing = 0;
  for (std::size_t i = 0; i < wa.size(); ++i) {
    if (wa[i] == wb[i]) continue;
    if (++differing > 1 || wa[i].size() < 5 || wb[i].size() < 5 ||
        edit_distance(wa[i], wb[i], 1) > 1)
      return false;
  }
  return differing == 1;
}

class Checker {
 public:
  Checker(const Corpus& corpus, const Graph& graph) : c_(corpus), g_(graph) {}

  std::vector<Diagnostic> run() {
    relation_targets();
    group_references();
    liaison_and_meeting_references();
    meeting_and_liaison_dates();
    cycles();
    for (const auto& d : c_.documents) {
      status_order(d);
      approval_tracks(d);
    }
    titles();
    control_characters();
    return std::move(out_);
  }

 private:
  void report(Severity s, const SourcePos& pos, std::string code, std::string message,
              std::string hint = {}) {
    out_.push_back({s, pos, std::move(code), std::move(message), std::move(hint)});
  }

  std::string did_you_mean(std::string_view name) const {
    std::string guess = nearest_word(name, c_.all_names());
    return guess.empty() ? "" : fmt::format("did you mean `{}`? ", guess);
  }

  std::string group_hint(std::string_view name) const {
    std::vector<std::string_view> ids;
    for (const auto& g : c_.groups) ids.push_back(g.id);
    std::string guess = nearest_word(name, ids);
    if (!guess.empty()) return fmt::format("did you mean `{}`?", guess);
    return fmt::format("declare it under `groups:` with `id: {}`, a `kind` and its `parent`", name);
  }

  void relation_targets() {
    for (std::size_t d = 0; d < c_.documents.size(); ++d) {
      const Document& doc = c_.documents[d];
      for (std::size_t r = 0; r < doc.relations.size(); ++r) {
        if (c_.relation_targets[d][r] != npos) continue;
        const Relation& rel = doc.relations[r];
        report(Severity::error, doc.relation_pos(r), "unknown-target",
               fmt::format("{} of {} names `{}`, which no record names", to_string(rel.type),
                           doc.id, rel.target),
               fmt::format("{}for an outside document, add `- id: {}` with `kind: external` "
                           "(or recommendation, series), `referenced: true` and a `source:`",
                           did_you_mean(rel.target), rel.target));
      }
    }
  }

  // True when group `inner` is `outer` or lies below it through parents.
  bool within(std::size_t inner, std::size_t outer) const {
    for (int depth = 0; inner != npos && depth < 64; ++depth) {
      if (inner == outer) return true;
      inner = c_.find_group(c_.groups[inner].parent);
    }
    return false;
  }

  // Two sources that put an item under groups (or Questions) none of which the other names
  // disagree: both are kept (the item counts under each), and the disagreement is reported.
  // One source naming two (a joint item), or a later source adding one beside a Question it
  // repeats, is no conflict.
  void membership_conflicts(const Document& doc, const std::vector<Membership>& members,
                            std::string_view what) {
    std::vector<std::string> sources;
    for (const Membership& m : members)
      if (std::find(sources.begin(), sources.end(), m.source) == sources.end())
        sources.push_back(m.source);
    auto stated_by = [&](const std::string& source) {
      std::vector<const Membership*> out;
      for (const Membership& m : members)
        if (m.source == source) out.push_back(&m);
      return out;
    };
    for (std::size_t i = 0; i < sources.size(); ++i)
      for (std::size_t j = i + 1; j < sources.size(); ++j) {
        auto a = stated_by(sources[i]), b = stated_by(sources[j]);
        bool shared = std::any_of(a.begin(), a.end(), [&](const Membership* x) {
          return std::any_of(b.begin(), b.end(),
                             [&](const Membership* y) { return x->id == y->id; });
        });
        if (shared) continue;
        auto ids = [](const std::vector<const Membership*>& list) {
          std::vector<std::string> out;
          for (const Membership* m : list) out.push_back(m->id);
          return fmt::format("{}", fmt::join(out, ", "));
        };
        const SourcePos& here = b.front()->pos.line > 0 ? b.front()->pos : doc.pos;
        report(Severity::warning, here,
               "conflicting-" + std::string(what == "group" ? "group" : "question"),
               fmt::format("{} is under {} {} by {} but under {} by {} ({}); both are kept and "
                           "it counts under each",
                           doc.id, what, ids(b), sources[j].empty() ? "its record" : sources[j],
                           ids(a), sources[i].empty() ? "its record" : sources[i],
                           refer_to(a.front()->pos, here)),
               fmt::format("check both sources; if the item is jointly under both, list them "
                           "in one `{}: [A, B]`, else correct the one that is wrong",
                           what == "group" ? "group" : "question"));
      }
  }

  void group_references() {
    for (const auto& doc : c_.documents) {
      std::vector<std::size_t> groups, questions;
      auto declared = [&](const std::vector<Membership>& members, std::string_view what,
                          std::vector<std::size_t>& found) {
        for (const Membership& m : members) {
          std::size_t g = c_.find_group(m.id);
          if (g != npos) {
            found.push_back(g);
            continue;
          }
          report(
              Severity::error, m.pos.line > 0 ? m.pos : doc.pos, "unknown-group",
              fmt::format("{} is assigned to {} `{}`, which is not declared", doc.id, what, m.id),
              group_hint(m.id));
        }
      };
      declared(doc.groups, "group", groups);
      declared(doc.questions, "Question", questions);
      // Each Question should lie under one of the item's groups.
      for (std::size_t i = 0; i < questions.size() && !groups.empty(); ++i) {
        std::size_t q = questions[i];
        if (std::none_of(groups.begin(), groups.end(), [&](std::size_t g) { return within(q, g); }))
          report(Severity::warning, doc.pos, "question-outside-group",
                 fmt::format("{} is in {} but its Question {} belongs to {}", doc.id,
                             member_text(doc.groups), c_.groups[q].id, c_.groups[q].parent),
                 "check the group and Question against the source");
      }
      membership_conflicts(doc, doc.groups, "group");
      membership_conflicts(doc, doc.questions, "Question");
    }
    for (const auto& g : c_.groups) {
      if (!g.parent.empty() && c_.find_group(g.parent) == npos)
        report(Severity::error, g.pos, "unknown-group",
               fmt::format("the parent of {} is `{}`, which is not declared", g.id, g.parent),
               group_hint(g.parent));
      for (const auto& m : g.members)
        if (c_.find_group(m) == npos)
          report(Severity::error, g.pos, "unknown-group",
                 fmt::format("member `{}` of {} is not declared", m, g.id), group_hint(m));
    }
  }

  void liaison_and_meeting_references() {
    for (const auto& l : c_.liaisons) {
      std::vector<std::string> groups = l.to;
      groups.push_back(l.from);
      for (const auto& name : groups)
        if (c_.find_group(name) == npos)
          report(Severity::error, l.pos, "unknown-group",
                 fmt::format("liaison {} names group `{}`, which is not declared", l.id, name),
                 group_hint(name));
      for (const auto& name : l.about)
        if (c_.find_document(name) == npos)
          report(Severity::error, l.pos, "unknown-item",
                 fmt::format("liaison {} is about `{}`, which no record names", l.id, name),
                 did_you_mean(name) + "add a document record for it, or correct the name");
    }
    for (const auto& m : c_.meetings) {
      if (c_.find_group(m.group) == npos)
        report(Severity::error, m.pos, "unknown-group",
               fmt::format("meeting {} is of group `{}`, which is not declared", m.id, m.group),
               group_hint(m.group));
      for (const auto& a : m.agenda)
        if (c_.find_document(a.item) == npos)
          report(Severity::error, a.pos, "unknown-item",
                 fmt::format("the agenda of {} names `{}`, which no record names", m.id, a.item),
                 did_you_mean(a.item) + "add a document record for it, or correct the name");
    }
  }

  // A deadline is for before the meeting; a session is one of its days; a liaison's deadline
  // comes after the liaison, and only a liaison that asks for something has one.
  void meeting_and_liaison_dates() {
    for (const Meeting& m : c_.meetings) {
      for (const Deadline& d : m.deadlines)
        if (!definitely_before(d.date, m.start))
          report(Severity::warning, d.pos, "deadline-after-start",
                 fmt::format("the deadline for {} of {} is {}, not before the meeting starts ({})",
                             d.what, m.id, d.date.to_string(), m.start.to_string()),
                 "check the date against the invitation: deadlines fall before the meeting");
      const Date& last = m.end.empty() ? m.start : m.end;
      for (const MeetingSession& s : m.sessions)
        if (definitely_before(s.date, m.start) || definitely_before(last, s.date))
          report(Severity::warning, s.pos, "session-outside-meeting",
                 fmt::format("a session of {} is on {}, outside the meeting's days {} to {}", m.id,
                             s.date.to_string(), m.start.to_string(), last.to_string()),
                 "check the session's date, or the meeting's `start` and `end`");
    }
    for (const Liaison& l : c_.liaisons) {
      if (l.deadline.empty()) continue;
      if (!l.date.empty() && definitely_before(l.deadline, l.date))
        report(Severity::warning, l.pos, "deadline-before-liaison",
               fmt::format("liaison {} of {} asks for a reply by {}, before it was sent", l.id,
                           l.date.to_string(), l.deadline.to_string()),
               "check the liaison's `date` and `deadline` against the source");
      if (!l.action || *l.action == LiaisonAction::information)
        report(
            Severity::warning, l.pos, "deadline-without-action",
            fmt::format("liaison {} has a deadline ({}) but asks for {}", l.id,
                        l.deadline.to_string(), l.action ? "nothing (information)" : "no action"),
            "set `action: action` or `action: comment` if it asks for a reply by then; else "
            "remove the `deadline`");
    }
  }

  void cycles() {
    for (const Cycle& cycle : g_.cycles(is_acyclic)) {
      std::string path = c_.documents[cycle.edges.front().from].id;
      for (const Edge& e : cycle.edges)
        path += fmt::format(" -{}-> {}", to_string(e.type), c_.documents[e.to].id);
      const Edge& first = cycle.edges.front();
      report(Severity::error, c_.documents[first.owner].relation_pos(first.relation), "cycle",
             fmt::format("relations that must not loop form a loop: {}", path),
             "one of these relations points the wrong way or names the wrong item");
    }
  }

  void status_order(const Document& d) {
    for (std::size_t i = 1; i < d.history.size(); ++i) {
      const StatusEvent& before = d.history[i - 1];
      const StatusEvent& after = d.history[i];
      if (before.date == after.date && before.date.day != 0) {
        same_day(d, before, after);
        continue;
      }
      // A text not approved goes back to work; that is the process, not an inconsistency.
      if (before.status == Status::not_approved) continue;
      if (!definitely_before(before.date, after.date)) continue;
      if (status_rank(after.status) >= status_rank(before.status)) continue;
      report(Severity::warning, after.pos, "status-backwards",
             fmt::format("{} is {} on {} ({}) after being {} on {} ({})", d.id,
                         to_string(after.status), after.date.to_string(), after.source,
                         to_string(before.status), before.date.to_string(), before.source),
             "check the dates and statuses against the sources");
    }
  }

  // One source listing an item as done and another as still planned for the same day.
  void same_day(const Document& d, const StatusEvent& lower, const StatusEvent& higher) {
    bool open = lower.status == Status::planned || lower.status == Status::ongoing;
    if (!open || status_rank(higher.status) < 3) return;
    report(
        Severity::warning, lower.pos, "status-conflict",
        fmt::format("{} is {} ({}) and {} ({}) on the same day, {}", d.id, to_string(lower.status),
                    lower.source, to_string(higher.status), higher.source, lower.date.to_string()),
        "one of the two sources is out of date; say which in the event's `note`");
  }

  void approval_tracks(const Document& d) {
    const StatusEvent* track = nullptr;
    bool moved = false;
    for (const auto& e : d.history) {
      if (e.status == Status::moved) moved = true;
      if (!e.process) continue;
      if (track && *track->process != *e.process && !moved)
        report(
            Severity::warning, e.pos, "two-tracks",
            fmt::format("{} is listed under {} ({}) and under {} ({}) with no move between", d.id,
                        to_string(*track->process), track->source, to_string(*e.process), e.source),
            "if the item moved, add an event with `status: moved` and the new `process`");
      if (!track || *track->process != *e.process) moved = e.status == Status::moved;
      track = &e;
    }
  }

  void titles() {
    struct Entry {
      std::size_t doc;
      std::string folded;
      std::string reversed;
    };
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < c_.documents.size(); ++i) {
      const Document& d = c_.documents[i];
      if (d.referenced || d.title().empty()) continue;
      std::string folded = fold_title(d.title());
      if (folded.size() < 12) continue;
      entries.push_back({i, folded, std::string(folded.rbegin(), folded.rend())});
    }
    // Near-same titles sit close together when sorted from the front or from the back
    // (a difference near the end, or near the start). Compare each with its neighbours.
    constexpr std::size_t kWindow = 4;
    std::set<std::pair<std::size_t, std::size_t>> seen;
    std::vector<std::size_t> order(entries.size());
    for (int pass = 0; pass < 2; ++pass) {
      std::iota(order.begin(), order.end(), 0);
      std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return pass == 0 ? entries[a].folded < entries[b].folded
                         : entries[a].reversed < entries[b].reversed;
      });
      for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size() && j <= i + kWindow; ++j) {
          const Entry& a = entries[std::min(order[i], order[j])];
          const Entry& b = entries[std::max(order[i], order[j])];
          if (!seen.insert({a.doc, b.doc}).second) continue;
          compare_titles(a.doc, a.folded, b.doc, b.folded);
        }
    }
  }

  // "X.1352 (2022) Amd. 1 (03/2024)" and "X.1352 (09/2022)" belong to X.1352: an
  // amendment, corrigendum or edition may carry its Recommendation's title. So do the
  // versions of an ETSI or 3GPP specification, and an IEC standard's corrigenda.
  static std::string family(const std::string& id) {
    std::string base = base_name(id);
    std::string work = edition_key(base.empty() ? id : base).work;
    return work.substr(0, work.find('('));
  }

  bool related(std::size_t a, std::size_t b) const {
    if (edition_key(c_.documents[a].id).names_edition() &&
        family(c_.documents[a].id) == family(c_.documents[b].id))
      return true;
    for (const Edge& e : g_.out_edges(a))
      if (e.kind == EdgeKind::relation && e.to == b) return true;
    for (const Edge& e : g_.in_edges(a))
      if (e.kind == EdgeKind::relation && e.from == b) return true;
    return false;
  }

  // Near-same: equal once plurals are folded ("gateway" / "gateways"), or one slip of
  // the keys in one long word ("secuirty"). Short words are names: "Ak" and "Ck
  // interface" are two different items.
  void compare_titles(std::size_t a, const std::string& fa, std::size_t b, const std::string& fb) {
    std::size_t distance = fa == fb ? 0 : 1;
    if (distance != 0 && fold_plurals(fa) != fold_plurals(fb) && !one_long_word_slip(fa, fb))
      return;
    if (related(a, b)) return;
    const Document& first = c_.documents[a];
    const Document& second = c_.documents[b];
    report(Severity::warning, second.pos, "same-title",
           fmt::format("{} has {} title as {} ({}): \"{}\"", second.id,
                       distance == 0 ? "the same" : "almost the same", first.id,
                       refer_to(first.pos, second.pos), second.title()),
           "if they are one item, merge the records (aliases keep both names); if not, add "
           "`same-as` or reword a title");
  }

  // A control or bidi character in an id, name or title: text output escapes it
  // (terminal_safe), but it is never meant, and it can hide or reorder text wherever else
  // the records are read. A line break or tab is layout in a title or a group's name; in an
  // id or an alias it is reported too.
  void control_characters() {
    auto check = [&](const SourcePos& pos, std::string_view what, std::string_view text,
                     bool layout_allowed) {
      std::optional<UnsafeCharacter> c = first_unsafe_character(text);
      if (!c && !layout_allowed) {
        std::size_t at = text.find_first_of("\n\r\t");
        if (at != std::string_view::npos)
          c = UnsafeCharacter{at, static_cast<char32_t>(text[at]), false};
      }
      if (!c) return;
      report(Severity::warning, pos, "control-character",
             fmt::format("{} holds a control character, {}, at byte {}: \"{}\"", what,
                         describe_character(*c), c->offset, text),
             "delete it: it can rewrite a terminal or hide or reorder text (in YAML it comes "
             "from an escape such as \\e, \\0, \\x9b or \\u202e in double quotes)");
    };
    for (const Document& d : c_.documents) {
      check(d.pos, "the id of this document", d.id, false);
      for (const std::string& alias : d.aliases)
        check(d.pos, fmt::format("the name `{}` of {}", alias, d.id), alias, false);
      for (const auto& [lang, title] : d.titles)
        check(d.pos, fmt::format("the title of {}", d.id), title, true);
    }
    for (const Group& g : c_.groups) {
      check(g.pos, "the id of this group", g.id, false);
      check(g.pos, fmt::format("the name of group {}", g.id), g.name, true);
    }
    for (const Liaison& l : c_.liaisons) {
      check(l.pos, "the id of this liaison", l.id, false);
      check(l.pos, fmt::format("the title of liaison {}", l.id), l.title, true);
    }
    for (const Meeting& m : c_.meetings) check(m.pos, "the id of this meeting", m.id, false);
  }

  const Corpus& c_;
  const Graph& g_;
  std::vector<Diagnostic> out_;
};

}  // namespace

std::vector<Diagnostic> validate(const Corpus& corpus, const Graph& graph) {
  return Checker(corpus, graph).run();
}

}  // namespace stdgraph
