#include "join.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "stdgraph/model/ids.h"
#include "stdgraph/model/links.h"

namespace stdgraph {
namespace {

// Stable, by (file, line, column). Records are large: the order is worked out on indices and
// each record moved once, and a list already in order (one folder read in name order) is
// left as it is.
template <typename T, typename Place>
void sort_by_place(std::vector<T>& list, Place place) {
  auto before = [&](const T& a, const T& b) {
    const SourcePos& p = place(a);
    const SourcePos& q = place(b);
    return std::tie(p.file, p.line, p.column) < std::tie(q.file, q.line, q.column);
  };
  if (std::is_sorted(list.begin(), list.end(), before)) return;
  std::vector<std::size_t> order(list.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return before(list[a], list[b]); });
  std::vector<T> sorted;
  sorted.reserve(list.size());
  for (std::size_t i : order) sorted.push_back(std::move(list[i]));
  list = std::move(sorted);
}

// The date of a catalogue edition: its name's ("(09/2023)"), else its first publication's.
Date edition_date(const Document& record, const Date& from_name) {
  return from_name.empty() ? publication_date(record) : from_name;
}

// A work-programme record taking in catalogue editions: the names it is known by (to keep
// each once), and the relations it has (to keep each once, whichever edition declares it).
class Work {
 public:
  explicit Work(Document& record) : d_(record) {
    know(d_.id);
    for (const std::string& a : d_.aliases) know(a);
    if (!d_.number.empty()) know(d_.number);
    for (const Relation& r : d_.relations) has_relation(r);
  }

  void absorb(Document&& record) {
    Edition edition;
    EditionKey split = edition_key(record.id);
    edition.id = record.id;
    edition.date = edition_date(record, split.edition);
    edition.title = record.title();
    edition.source = record.source;
    edition.pos = record.pos;
    edition.relations = d_.relations.size();
    if (know(record.id)) d_.aliases.push_back(record.id);
    for (std::string& a : record.aliases)
      if (know(a)) d_.aliases.push_back(std::move(a));
    for (StatusEvent& e : record.history) d_.history.push_back(std::move(e));
    for (Relation& r : record.relations) {
      // Another edition of this work: it is one of the work's editions now, not a relation.
      if (works_.count(edition_key(r.target).work)) continue;
      if (r.source.empty()) r.source = record.source;
      if (has_relation(r)) d_.relations.push_back(std::move(r));
    }
    // A name the sources only mentioned is now a published work: the catalogue's kind.
    if (d_.referenced || d_.kind == DocKind::external) d_.kind = record.kind;
    d_.referenced = false;
    for (auto& [language, title] : record.titles) d_.titles.emplace(language, std::move(title));
    if (d_.scope.empty()) d_.scope = std::move(record.scope);
    if (d_.body.empty()) d_.body = std::move(record.body);
    if (d_.doctype.empty()) d_.doctype = std::move(record.doctype);
    // The newest edition's links and classes (editions come oldest first).
    if (!record.web_links.empty()) d_.web_links = std::move(record.web_links);
    if (!record.ics.empty()) d_.ics = std::move(record.ics);
    for (std::string& k : record.keywords)
      if (std::find(d_.keywords.begin(), d_.keywords.end(), k) == d_.keywords.end())
        d_.keywords.push_back(std::move(k));
    if (d_.groups.empty()) {
      d_.groups = std::move(record.groups);
      d_.group_inferred_from = std::move(record.group_inferred_from);
    }
    d_.stage = record.stage;  // editions come oldest first: the newest edition's stage stays
    d_.editions.push_back(std::move(edition));
  }

 private:
  // True when `name` was not yet a name of the work.
  bool know(std::string_view name) {
    works_.insert(edition_key(name).work);
    return keys_.insert(identifier_key(name)).second;
  }
  // True when `r` was not yet a relation of the work.
  bool has_relation(const Relation& r) {
    std::string key = r.target_key.empty() ? identifier_key(r.target) : r.target_key;
    return relations_.insert(fmt::format("{}|{}|{}", static_cast<int>(r.type), r.reversed, key))
        .second;
  }

  Document& d_;
  std::unordered_set<std::string> keys_;       // identifier keys of its names
  std::unordered_set<std::string> works_;      // the works its names are editions of
  std::unordered_set<std::string> relations_;  // type|reversed|target key
};

}  // namespace

void canonical_order(RecordSet& records) {
  auto at = [](const auto& record) -> const SourcePos& { return record.pos; };
  sort_by_place(records.documents, at);
  sort_by_place(records.groups, at);
  sort_by_place(records.liaisons, at);
  sort_by_place(records.meetings, at);
  sort_by_place(records.links, at);
  sort_by_place(records.events,
                [](const DetachedEvent& e) -> const SourcePos& { return e.event.pos; });
  std::sort(records.files.begin(), records.files.end());
}

void join_works(RecordSet& records, Diagnostics& diags) {
  std::vector<Document>& documents = records.documents;
  // Every name of every work-programme record, as the work it names.
  std::unordered_map<std::string, std::size_t> works;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const Document& d = documents[i];
    if (d.catalogue || d.implied) continue;
    works.emplace(identifier_key(d.id), i);
    for (const std::string& a : d.aliases) works.emplace(identifier_key(a), i);
  }

  for (const Link& link : records.links) {
    auto draft = works.find(identifier_key(link.draft));
    if (draft == works.end()) {
      diags.error(link.pos, "unknown-item",
                  fmt::format("a link for `{}`, which no work-programme record names", link.draft),
                  "correct the draft's name, or add a document record for it");
      continue;
    }
    Document& d = documents[draft->second];
    std::string number = edition_key(link.number).work;
    if (auto other = works.find(number); other != works.end()) {
      if (other->second == draft->second) continue;  // the link repeats what a name says
      const Document& o = documents[other->second];
      diags.error(link.pos, "link-conflict",
                  fmt::format("`{}` is already the name of {} ({}); not linked to {}", link.number,
                              o.id, refer_to(o.pos, link.pos), d.id),
                  "a number names one work: remove the link, or merge the two records");
      continue;
    }
    if (!d.number.empty()) {
      diags.error(
          link.pos, "link-conflict",
          fmt::format("{} is already linked to `{}`; not to `{}`", d.id, d.number, link.number),
          "a draft is published under one number: keep one of its links");
      continue;
    }
    d.number = link.number;
    d.aliases.push_back(link.number);  // the number finds the draft, joined or not
    d.number_source = link.source;
    d.number_inferred = link.inferred;
    works.emplace(std::move(number), draft->second);
  }

  if (works.empty()) return;  // a catalogue alone: nothing to join into

  // The catalogue records of each work, oldest edition first.
  std::unordered_map<std::size_t, std::vector<std::size_t>> editions;
  std::vector<Date> dates(documents.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const Document& d = documents[i];
    if (!d.catalogue || d.implied) continue;
    EditionKey split = edition_key(d.id);
    auto it = works.find(split.work);
    if (it == works.end()) continue;
    dates[i] = edition_date(d, split.edition);
    editions[it->second].push_back(i);
  }
  if (editions.empty() && records.links.empty()) return;

  std::vector<bool> absorbed(documents.size());
  for (auto& [work, list] : editions) {
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(dates[a], documents[a].id) < std::tie(dates[b], documents[b].id);
    });
    Work joined(documents[work]);
    for (std::size_t e : list) {
      joined.absorb(std::move(documents[e]));
      absorbed[e] = true;
    }
  }
  for (const Link& link : records.links) {
    auto draft = works.find(identifier_key(link.draft));
    if (draft == works.end()) continue;
    const Document& d = documents[draft->second];
    if (d.editions.empty() && d.number == link.number)
      diags.warning(link.pos, "unjoined-link",
                    fmt::format("no catalogue record loaded is numbered `{}`: {} keeps its own "
                                "history",
                                link.number, d.id),
                    "load the catalogue beside the records (--data RECORDS CATALOGUE), or "
                    "correct the number");
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (!absorbed[i]) {
      if (kept != i) documents[kept] = std::move(documents[i]);
      ++kept;
    }
  documents.resize(kept);
}

}  // namespace stdgraph
