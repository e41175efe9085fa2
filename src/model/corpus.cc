#include "stdgraph/model/corpus.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include <fmt/format.h>

#include "join.h"
#include "stdgraph/model/ids.h"

namespace stdgraph {
namespace {

std::string group_key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return key;
}

std::string_view action_verb(AgendaAction a) {
  switch (a) {
    case AgendaAction::determination:
      return "determination";
    case AgendaAction::approval:
      return "approval";
    case AgendaAction::consent:
      return "consent";
    case AgendaAction::agreement:
      return "agreement";
  }
  return "";
}

}  // namespace

std::size_t Corpus::find_document(std::string_view name) const {
  auto it = index_.documents.find(identifier_key(name));
  return it == index_.documents.end() ? npos : it->second;
}

std::size_t Corpus::find_group(std::string_view name) const {
  auto it = index_.groups.find(group_key(name));
  return it == index_.groups.end() ? npos : it->second;
}

std::vector<std::size_t> Corpus::editions(std::size_t document) const {
  EditionKey split = edition_key(documents[document].id);
  if (!split.names_edition()) return {};
  auto it = index_.editions.find(split.work);
  return it == index_.editions.end() ? std::vector<std::size_t>{} : it->second;
}

std::vector<bool> Corpus::older_editions() const {
  std::vector<bool> older(documents.size());
  for (const auto& [work, list] : index_.editions)
    for (std::size_t i = 0; i + 1 < list.size(); ++i) older[list[i]] = true;
  return older;
}

std::vector<std::string_view> Corpus::all_names() const {
  std::vector<std::string_view> names;
  for (const auto& d : documents) {
    names.push_back(d.id);
    for (const auto& a : d.aliases) names.push_back(a);
  }
  return names;
}

Corpus Corpus::build(RecordSet&& records, Diagnostics& diags) {
  Corpus c;
  canonical_order(records);
  join_works(records, diags);
  c.files = std::move(records.files);

  c.documents.reserve(records.documents.size());
  c.index_.documents.reserve(records.documents.size() * 2);
  // Declared records first, so that an implied record of the same name gives way.
  std::stable_partition(records.documents.begin(), records.documents.end(),
                        [](const Document& d) { return !d.implied; });
  std::stable_partition(records.groups.begin(), records.groups.end(),
                        [](const Group& g) { return !g.implied; });
  // A catalogue record whose id names a document another catalogue record already gives is
  // the same document in two files (the 3GPP archive has each file of Releases 96 to 2000
  // twice, spelt R99 and REL-99): the first file is kept, and one warning says how many.
  std::size_t repeated = 0;
  std::string repeat_example;
  SourcePos repeat_pos;
  // Each record's edition key, worked out once; the works the records are editions of.
  std::vector<EditionKey> record_splits(records.documents.size());
  std::unordered_set<std::string> edition_works;
  for (std::size_t r = 0; r < records.documents.size(); ++r) {
    record_splits[r] = edition_key(records.documents[r].id);
    if (!records.documents[r].implied && record_splits[r].names_edition())
      edition_works.insert(record_splits[r].work);
  }
  std::vector<EditionKey> splits;  // of c.documents
  splits.reserve(records.documents.size());
  for (std::size_t r = 0; r < records.documents.size(); ++r) {
    Document& d = records.documents[r];
    std::size_t index = c.documents.size();
    // An implied record (a name a catalogue only mentions: ITU's X.1051 names ISO/IEC 27011)
    // gives way to a record of its name, and to a work another catalogue has editions of
    // ("ISO/IEC 27011:2024"): the bare name then finds that work's newest edition.
    if (d.implied) {
      std::string key = identifier_key(d.id);
      if (c.index_.documents.count(key) || edition_works.count(key)) continue;
    }
    bool clash = false, repeat = false;
    std::vector<std::string> names = {d.id};
    names.insert(names.end(), d.aliases.begin(), d.aliases.end());
    std::vector<std::string> keys;
    for (const auto& name : names) {
      std::string key = identifier_key(name);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;  // X.1 and x.1
      auto it = c.index_.documents.find(key);
      if (it != c.index_.documents.end()) {
        const Document& other = c.documents[it->second];
        if (&name == &names.front() && d.catalogue && other.catalogue) {
          if (repeated++ == 0) {
            repeat_example = fmt::format("`{}`, the same as `{}` ({})", d.id, other.id,
                                         refer_to(other.pos, d.pos));
            repeat_pos = d.pos;
          }
          repeat = true;
          break;
        }
        diags.error(d.pos, "duplicate-identity",
                    fmt::format("`{}` is already the name of {} ({})", name, other.id,
                                refer_to(other.pos, d.pos)),
                    "one item has one record: merge the two, or give one a different name");
        clash = true;
        continue;
      }
      keys.push_back(std::move(key));
    }
    if (repeat || (clash && keys.empty())) continue;
    for (auto& key : keys) c.index_.documents.emplace(std::move(key), index);
    c.documents.push_back(std::move(d));
    splits.push_back(std::move(record_splits[r]));
  }
  if (repeated > 0)
    diags.warning(repeat_pos, "repeated-record",
                  fmt::format("{} catalogue record(s) give a document an earlier file already "
                              "gives, and were left out; the first: {}",
                              repeated, repeat_example),
                  "nothing to do when the catalogue repeats itself; if they are two documents, "
                  "give one a different name");

  // A work's bare name ("X.1051", "ETSI EN 303 645", "3GPP TS 33.501") names its newest
  // edition, unless a record has it: the highest version, then the latest date (ids.h).
  // A version also finds its edition without the release or date the record's name gives:
  // "3GPP TS 33.501 V19.4.0", "ETSI EN 303 645 V3.1.3".
  for (std::size_t i = 0; i < c.documents.size(); ++i)
    if (splits[i].names_edition()) c.index_.editions[splits[i].work].push_back(i);
  for (auto& [work, list] : c.index_.editions) {
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return older_edition(splits[a], splits[b]);
    });
    c.index_.documents.emplace(work, list.back());
    // Newest first: of two releases with one version, the later one has the name. The key
    // of "<work> V19.4.0", written out (tests/ids_test.cc checks it is the key).
    for (auto e = list.rbegin(); e != list.rend(); ++e)
      if (!splits[*e].version.empty())
        c.index_.documents.emplace(work + ".V" + splits[*e].version_text(), *e);
  }

  for (auto& g : records.groups) {
    std::string key = group_key(g.id);
    if (auto it = c.index_.groups.find(key); it != c.index_.groups.end()) {
      if (g.implied) continue;
      const Group& other = c.groups[it->second];
      diags.error(
          g.pos, "duplicate-identity",
          fmt::format("group `{}` is already declared ({})", g.id, refer_to(other.pos, g.pos)),
          "declare each group once");
      continue;
    }
    c.index_.groups.emplace(std::move(key), c.groups.size());
    c.groups.push_back(std::move(g));
  }

  for (auto& e : records.events) {
    std::size_t d = c.find_document(e.item);
    if (d == npos) {
      diags.error(e.event.pos, "unknown-item",
                  fmt::format("event for `{}`, which no record names", e.item),
                  "add a document record for it, or correct the name");
      continue;
    }
    Document& doc = c.documents[d];
    doc.history.push_back(std::move(e.event));
    // A later source may put the item under more groups or Questions; each keeps its source.
    for (auto& m : e.groups) doc.groups.push_back(std::move(m));
    for (auto& m : e.questions) doc.questions.push_back(std::move(m));
  }

  for (const auto& m : records.meetings) {
    for (const auto& a : m.agenda) {
      std::size_t d = c.find_document(a.item);
      if (d == npos) continue;  // reported by validate, which knows the meeting
      StatusEvent e;
      e.date = m.start;
      e.status = Status::on_agenda;
      e.source = a.source;
      e.note = fmt::format("on the agenda of {} for {}", m.id, action_verb(a.action));
      if (!a.condition.empty()) e.note += fmt::format(" ({})", a.condition);
      e.pos = a.pos;
      c.documents[d].history.push_back(std::move(e));
    }
  }
  c.meetings = std::move(records.meetings);
  c.liaisons = std::move(records.liaisons);

  // Oldest first; a year-only date sorts before the months of that year. Of the events
  // of one date the most advanced comes last, so it is the status of that day.
  for (auto& d : c.documents)
    std::stable_sort(d.history.begin(), d.history.end(),
                     [](const StatusEvent& a, const StatusEvent& b) {
                       if (a.date != b.date) return a.date < b.date;
                       return status_rank(a.status) < status_rank(b.status);
                     });

  c.relation_targets.resize(c.documents.size());
  for (std::size_t i = 0; i < c.documents.size(); ++i)
    for (const auto& r : c.documents[i].relations) {
      // A loader that worked out the key spares the work here (438k times for a catalogue).
      auto it =
          c.index_.documents.find(r.target_key.empty() ? identifier_key(r.target) : r.target_key);
      c.relation_targets[i].push_back(it == c.index_.documents.end() ? npos : it->second);
    }
  return c;
}

}  // namespace stdgraph
