// The rule of a certain join of a draft to the number it was published under (links.h).
#include "stdgraph/model/links.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "stdgraph/model/groups.h"
#include "stdgraph/model/ids.h"
#include "stdgraph/model/status.h"
#include "stdgraph/util/text_util.h"

namespace stdgraph {
namespace {

bool all_digits_of(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A word of a number: digits, one series letter, the words of the parts of a number
// (Suppl, Amd, Cor, Rev, Annex, ...), or digits with such a word stuck on ("1051rev2").
bool is_number_word(std::string word) {
  static const char* const kWords[] = {
      "itu",       "t",        "r",    "suppl",       "supp", "sup",      "supplement", "amd",
      "amendment", "cor",      "corr", "corrigendum", "rev",  "revision", "err",        "erratum",
      "annex",     "appendix", "app",  "add",         "to",   "series",   "bis",        "ter"};
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) return true;
  if (all_digits_of(word)) return true;
  std::size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
  std::string rest = word.substr(digits);
  std::size_t tail = rest.size();
  while (tail > 0 && std::isdigit(static_cast<unsigned char>(rest[tail - 1]))) --tail;
  if (digits > 0 && tail < rest.size() && tail > 0) rest.resize(tail);  // "1051rev2"
  return std::find(std::begin(kWords), std::end(kWords), rest) != std::end(kWords);
}

bool gets_a_number(DocKind kind) {
  switch (kind) {
    case DocKind::recommendation:
    case DocKind::supplement:
    case DocKind::technical_report:
    case DocKind::technical_paper:
    case DocKind::amendment:
    case DocKind::corrigendum:
    case DocKind::appendix:
      return true;
    default:
      return false;
  }
}

bool informative(DocKind kind) {
  return kind == DocKind::supplement || kind == DocKind::technical_report ||
         kind == DocKind::technical_paper;
}

// The rule with the study groups already worked out.
bool certain(const Document& draft, const Document& published, const std::string& draft_group,
             const std::string& published_group) {
  if (!awaits_number(draft) || !published.catalogue || published.implied) return false;
  if (draft.kind != published.kind) return false;
  if (draft_group.empty() || draft_group != published_group) return false;
  std::string title = folded_title(draft);
  if (title.empty() || title != folded_title(published)) return false;
  Date last = last_event_date(draft), issued = publication_date(published);
  return !last.empty() && !issued.empty() && definitely_before(last, issued);
}

}  // namespace

bool is_number_name(std::string_view name) {
  std::string word;
  bool any = false;
  auto flush = [&] {
    if (word.empty()) return true;
    any = true;
    bool ok = is_number_word(word);
    word.clear();
    return ok;
  };
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!flush()) {
      return false;
    }
  }
  return flush() && any;
}

std::string series_letter(std::string_view name) {
  if (name.substr(0, 6) == "ITU-T ") name.remove_prefix(6);
  if (name.size() < 2 || !std::isalpha(static_cast<unsigned char>(name[0]))) return {};
  if (name[1] != '.' && name[1] != ' ') return {};
  return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(name[0]))));
}

bool awaits_number(const Document& draft) {
  if (draft.catalogue || draft.referenced || draft.implied) return false;
  if (!draft.editions.empty() || !draft.number.empty() || !gets_a_number(draft.kind)) return false;
  if (auto s = status_as_of(draft, std::nullopt).status)
    if (*s == Status::withdrawn || *s == Status::not_approved || *s == Status::superseded)
      return false;
  if (is_number_name(draft.id)) return false;
  return std::none_of(draft.aliases.begin(), draft.aliases.end(),
                      [](const std::string& a) { return is_number_name(a); });
}

std::string folded_title(const Document& document) {
  auto it = document.titles.find("en");
  return it == document.titles.end() ? std::string() : fold_title(it->second);
}

std::string study_group_of(std::string_view group) {
  std::string g;
  for (char c : group)
    if (c != ' ') g += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto number = [](std::string_view digits) {
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    return fmt::format("SG{}", digits);
  };
  std::string_view v = g;
  if (v.substr(0, 2) == "SG" && all_digits_of(v.substr(2))) return number(v.substr(2));
  // Qn/SG, WPn/SG
  std::size_t slash = v.find('/');
  if (slash == std::string_view::npos) return {};
  std::string_view head = v.substr(0, slash), tail = v.substr(slash + 1);
  if (!all_digits_of(tail)) return {};
  if ((head.substr(0, 1) == "Q" && all_digits_of(head.substr(1))) ||
      (head.substr(0, 2) == "WP" && all_digits_of(head.substr(2))))
    return number(tail);
  return {};
}

std::string study_group_of(const Document& document) {
  std::string g = study_group_of(document.group());
  return g.empty() ? study_group_of(document.question()) : g;
}

std::string study_group_of(const Corpus& corpus, const Document& document) {
  for (const std::string* name : {&document.group(), &document.question()}) {
    if (name->empty()) continue;
    std::size_t g = corpus.find_group(*name);
    if (g == npos) continue;
    for (std::size_t a : ancestors(corpus, g))
      if (corpus.groups[a].kind == GroupKind::study_group) {
        std::string by_name = study_group_of(corpus.groups[a].id);
        return by_name.empty() ? corpus.groups[a].id : by_name;
      }
  }
  return study_group_of(document);
}

Date last_event_date(const Document& document) {
  Date last;
  for (const StatusEvent& e : document.history) last = std::max(last, e.date);
  return last;
}

Date publication_date(const Document& document) {
  Date first;
  for (const StatusEvent& e : document.history)
    if (e.status == Status::published && !e.date.empty() && (first.empty() || e.date < first))
      first = e.date;
  return first;
}

bool kinds_compatible(DocKind draft, DocKind published) {
  return draft == published || (informative(draft) && informative(published));
}

std::unordered_set<std::string> work_programme_works(const std::vector<Document>& documents) {
  std::unordered_set<std::string> works;
  for (const Document& d : documents) {
    if (d.catalogue || d.implied) continue;
    works.insert(edition_key(d.id).work);
    for (const std::string& a : d.aliases) works.insert(edition_key(a).work);
    if (!d.number.empty()) works.insert(edition_key(d.number).work);
  }
  return works;
}

bool is_certain_link(const Document& draft, const Document& published) {
  return certain(draft, published, study_group_of(draft), study_group_of(published));
}

bool is_certain_link(const Corpus& corpus, const Document& draft, const Document& published) {
  return certain(draft, published, study_group_of(corpus, draft),
                 study_group_of(corpus, published));
}

std::vector<Link> certain_links(const std::vector<Document>& documents) {
  // Catalogue records by folded title: a certain join has identical titles.
  // A record whose number a work-programme record has is that record's edition already.
  std::unordered_set<std::string> taken = work_programme_works(documents);
  std::unordered_map<std::string, std::vector<std::size_t>> by_title;
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (documents[i].catalogue && !taken.count(edition_key(documents[i].id).work))
      if (std::string t = folded_title(documents[i]); !t.empty()) by_title[t].push_back(i);
  struct Found {
    std::size_t draft, record;  // the record: the work's earliest edition that qualifies
    std::string work;
  };
  std::vector<Found> found;
  std::map<std::string, int> drafts_of_work;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const Document& draft = documents[d];
    if (!awaits_number(draft)) continue;
    auto it = by_title.find(folded_title(draft));
    if (it == by_title.end()) continue;
    std::map<std::string, std::size_t> works;  // work key -> earliest qualifying record
    for (std::size_t r : it->second) {
      if (!is_certain_link(draft, documents[r])) continue;
      std::string work = edition_key(documents[r].id).work;
      auto [w, fresh] = works.emplace(work, r);
      if (!fresh && publication_date(documents[r]) < publication_date(documents[w->second]))
        w->second = r;
    }
    if (works.size() != 1) continue;  // none, or two numbers: a person decides
    found.push_back({d, works.begin()->second, works.begin()->first});
    ++drafts_of_work[works.begin()->first];
  }
  std::vector<Link> links;
  for (const Found& f : found) {
    if (drafts_of_work[f.work] != 1) continue;  // two drafts of one title: a person decides
    const Document& draft = documents[f.draft];
    const Document& record = documents[f.record];
    Link link;
    link.draft = draft.id;
    link.number = work_name(record.id);
    link.source = fmt::format(
        "inferred: identical title, both {}, both {}, {} published {} after the draft's last "
        "event ({})",
        to_string(draft.kind), study_group_of(draft), record.id,
        publication_date(record).to_string(), last_event_date(draft).to_string());
    link.inferred = true;
    link.pos = draft.pos;
    links.push_back(std::move(link));
  }
  return links;
}

}  // namespace stdgraph
