// Proposals of joins of drafts to catalogue records (link_proposals.h): candidates from the
// match index and from identical titles, scored, certain joins marked by the model's rule.
#include "stdgraph/analysis/link_proposals.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "stdgraph/model/ids.h"
#include "stdgraph/model/links.h"

namespace stdgraph {
namespace {

// The set of title words of a text: its terms' keys (stems; an acronym and its expansion
// as one concept).
std::set<std::string> title_words(const Analyzer& analyzer, const std::string& title) {
  std::set<std::string> words;
  for (const Term& t : analyzer.terms(title)) words.insert(t.key);
  return words;
}

int months_between(const Date& from, const Date& to) {
  if (from.month == 0 || to.month == 0) return (to.year - from.year) * 12;
  return (to.year - from.year) * 12 + (to.month - from.month);
}

// The draft's last event and the publication allow the record to be the draft's
// publication: the publication is not on or before the last event.
bool published_after(const Date& last, const Date& published) {
  if (published.empty()) return false;
  if (last.empty()) return true;
  if (definitely_before(published, last)) return false;
  return !(published == last);
}

double group_factor(GroupAgreement g) {
  switch (g) {
    case GroupAgreement::same:
      return 1.0;
    case GroupAgreement::unknown:
      return 0.8;
    case GroupAgreement::different:
      break;
  }
  return 0.5;
}

struct Scorer {
  const Corpus& corpus;
  const MatchIndex& index;
  const Analyzer& analyzer;
  std::vector<std::string> groups;  // each document's study group, "" unknown

  LinkProposal score(std::size_t draft, std::size_t record,
                     const std::set<std::string>& draft_words) const {
    const Document& d = corpus.documents[draft];
    const Document& r = corpus.documents[record];
    LinkProposal p;
    p.draft = draft;
    p.record = record;
    p.number = work_name(r.id);
    LinkEvidence& e = p.why;
    std::string folded = folded_title(d);
    e.title_identical = !folded.empty() && folded == folded_title(r);
    std::set<std::string> words = title_words(analyzer, r.title());
    for (const std::string& w : words) e.shared_words += draft_words.count(w);
    e.title_words = draft_words.size() + words.size() - e.shared_words;
    e.title = e.title_identical ? 1.0
              : e.title_words   ? static_cast<double>(e.shared_words) / e.title_words
                                : 0.0;
    e.text = index.compare(draft, record).score;
    e.draft_group = groups[draft];
    e.record_group = groups[record];
    e.group = e.draft_group.empty() || e.record_group.empty() ? GroupAgreement::unknown
              : e.draft_group == e.record_group               ? GroupAgreement::same
                                                              : GroupAgreement::different;
    e.same_question = share_member(d.questions, r.questions);
    e.last_event = last_event_date(d);
    e.published = publication_date(r);
    e.months_after = e.last_event.empty() ? 0 : months_between(e.last_event, e.published);
    e.draft_series = series_letter(d.id);
    e.record_series = series_letter(r.id);
    bool other_series =
        !e.draft_series.empty() && !e.record_series.empty() && e.draft_series != e.record_series;
    e.draft_kind = d.kind;
    e.record_kind = r.kind;
    double kind = d.kind == r.kind ? 1.0 : 0.8;
    double delay = e.months_after <= 60 ? 1.0 : 0.85;
    p.score = (0.7 * e.title + 0.3 * e.text) * group_factor(e.group) * (other_series ? 0.7 : 1.0) *
              kind * delay;
    p.score = std::clamp(p.score, 0.0, 1.0);
    return p;
  }
};

bool ranks_before(const LinkProposal& a, const LinkProposal& b, const Corpus& corpus) {
  if (a.certain != b.certain) return a.certain;
  if (a.score != b.score) return a.score > b.score;
  const std::string& da = corpus.documents[a.draft].id;
  const std::string& db = corpus.documents[b.draft].id;
  if (da != db) return da < db;
  return a.number < b.number;
}

}  // namespace

LinkProposals propose_links(const Corpus& corpus, const MatchIndex& index,
                            const LinkOptions& options) {
  const Analyzer& analyzer = index.analyzer();
  LinkProposals result;
  const std::size_t n = corpus.documents.size();
  std::unordered_set<std::string> absorbing = work_programme_works(corpus.documents);

  // The catalogue records a draft may be published as, and the drafts.
  std::vector<bool> candidate(n, false);
  std::unordered_map<std::string, std::vector<std::size_t>> by_title;
  std::vector<std::size_t> drafts;
  Scorer scorer{corpus, index, analyzer, std::vector<std::string>(n)};
  for (std::size_t i = 0; i < n; ++i) {
    const Document& d = corpus.documents[i];
    if (d.catalogue && !d.implied && !publication_date(d).empty() &&
        !absorbing.count(edition_key(d.id).work)) {
      candidate[i] = true;
      ++result.records;
      if (std::string t = folded_title(d); !t.empty()) by_title[t].push_back(i);
    }
    if (awaits_number(d)) drafts.push_back(i);
    if (candidate[i] || awaits_number(d)) scorer.groups[i] = study_group_of(corpus, d);
  }

  // Certain joins first, over every draft (also with --draft: a join is certain only when
  // it is the only certain one of its draft and of its work).
  std::map<std::size_t, std::set<std::string>> certain_works;   // draft -> works
  std::map<std::string, std::set<std::size_t>> certain_drafts;  // work -> drafts
  for (std::size_t d : drafts) {
    auto it = by_title.find(folded_title(corpus.documents[d]));
    if (it == by_title.end()) continue;
    for (std::size_t r : it->second)
      if (is_certain_link(corpus, corpus.documents[d], corpus.documents[r])) {
        std::string work = edition_key(corpus.documents[r].id).work;
        certain_works[d].insert(work);
        certain_drafts[work].insert(d);
      }
  }
  auto is_certain = [&](std::size_t d, std::size_t r) {
    std::string work = edition_key(corpus.documents[r].id).work;
    auto w = certain_works.find(d);
    return w != certain_works.end() && w->second.size() == 1 && w->second.count(work) &&
           certain_drafts[work].size() == 1 &&
           is_certain_link(corpus, corpus.documents[d], corpus.documents[r]);
  };

  // A draft with a certain join, and a work certainly another draft's, need no guesses.
  auto settled = [&](std::size_t d, std::size_t r) {
    auto w = certain_works.find(d);
    if (w != certain_works.end() && w->second.size() == 1 &&
        certain_drafts[*w->second.begin()].size() == 1)
      return true;
    auto c = certain_drafts.find(edition_key(corpus.documents[r].id).work);
    return c != certain_drafts.end() && c->second.size() == 1 &&
           certain_works[*c->second.begin()].size() == 1;
  };

  std::size_t only = options.draft.empty() ? npos : corpus.find_document(options.draft);
  for (std::size_t d : drafts) {
    if (only != npos && d != only) continue;
    if (!options.draft.empty() && only == npos) break;
    ++result.drafts;
    const Document& draft = corpus.documents[d];
    Date last = last_event_date(draft);
    std::set<std::string> draft_words = title_words(analyzer, draft.title());
    // Candidates: the nearest items by the match index, and identical titles.
    std::vector<std::size_t> near;
    for (const Match& m :
         index.check(index.query_for(d), CheckOptions{kCandidatesPerDraft, {}, {}, true}))
      near.push_back(m.document);
    if (auto it = by_title.find(folded_title(draft)); it != by_title.end())
      near.insert(near.end(), it->second.begin(), it->second.end());
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    // The best edition of each work (the earliest of equal scores).
    std::map<std::string, LinkProposal> works;
    for (std::size_t r : near) {
      const Document& record = corpus.documents[r];
      if (!candidate[r] || !kinds_compatible(draft.kind, record.kind)) continue;
      if (!published_after(last, publication_date(record))) continue;
      LinkProposal p = scorer.score(d, r, draft_words);
      p.certain = is_certain(d, r);
      if (!p.certain && settled(d, r)) continue;
      std::string work = edition_key(record.id).work;
      auto [it, fresh] = works.emplace(work, p);
      if (fresh) continue;
      LinkProposal& kept = it->second;
      bool better = p.certain != kept.certain ? p.certain
                    : p.score != kept.score   ? p.score > kept.score
                                              : p.why.published < kept.why.published;
      if (better) kept = std::move(p);
    }
    std::vector<LinkProposal> mine;
    for (auto& [work, p] : works)
      if (p.certain || p.score >= options.min_score) mine.push_back(std::move(p));
    std::sort(mine.begin(), mine.end(), [&](const LinkProposal& a, const LinkProposal& b) {
      return ranks_before(a, b, corpus);
    });
    if (options.per_draft && mine.size() > options.per_draft) mine.resize(options.per_draft);
    for (LinkProposal& p : mine) result.proposals.push_back(std::move(p));
  }
  std::sort(
      result.proposals.begin(), result.proposals.end(),
      [&](const LinkProposal& a, const LinkProposal& b) { return ranks_before(a, b, corpus); });
  result.found = result.proposals.size();
  if (options.top && result.proposals.size() > options.top) result.proposals.resize(options.top);
  return result;
}

std::vector<std::string> describe(const LinkProposal& p) {
  const LinkEvidence& e = p.why;
  std::vector<std::string> parts;
  parts.push_back(e.title_identical
                      ? std::string("identical title")
                      : fmt::format("{} of {} title words shared", e.shared_words, e.title_words));
  parts.push_back(fmt::format("text {:.2f}", e.text));
  switch (e.group) {
    case GroupAgreement::same:
      parts.push_back(fmt::format("same study group {}", e.draft_group));
      break;
    case GroupAgreement::unknown:
      parts.push_back(e.record_group.empty() ? "study group not given by the catalogue"
                                             : "the draft's study group unknown");
      break;
    case GroupAgreement::different:
      parts.push_back(fmt::format("other study group: {} vs {}", e.draft_group, e.record_group));
      break;
  }
  if (e.same_question) parts.push_back("same Question");
  if (!e.draft_series.empty() && !e.record_series.empty() && e.draft_series != e.record_series)
    parts.push_back(fmt::format("series {} vs {}", e.draft_series, e.record_series));
  if (e.last_event.empty())
    parts.push_back(
        fmt::format("published {}; the draft has no dated event", e.published.to_string()));
  else
    parts.push_back(fmt::format("published {}, {} month{} after the draft's last event {}",
                                e.published.to_string(), e.months_after,
                                e.months_after == 1 ? "" : "s", e.last_event.to_string()));
  parts.push_back(e.draft_kind == e.record_kind
                      ? fmt::format("both {}", to_string(e.draft_kind))
                      : fmt::format("{} vs {}", to_string(e.draft_kind), to_string(e.record_kind)));
  return parts;
}

}  // namespace stdgraph
