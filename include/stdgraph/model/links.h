// A draft and the number it was published under: the one rule of a *certain* join, used by
// `stdgraph link` (which proposes joins, certain ones first) and by `--link-certain` (which
// applies the certain ones at load and marks them inferred).
//
// A draft awaits a number when it is a work-programme record (not read from a catalogue,
// not only referenced, not implied by a catalogue reader) of a kind that gets a number, not
// yet joined (no editions, no linked number), not withdrawn or refused, and none of its
// names is a number (is_number_name): X.sg-dtn and TR.sgfdm await one; X.1817, X.1051rev and
// X.Suppl. 39 have theirs, and the join by identifier takes care of them.
//
// A join of such a draft to a catalogue record is certain when all of these hold:
//  - their English titles are identical once case, punctuation and spacing are folded;
//  - they are of the same kind (a Recommendation is published as a Recommendation);
//  - they are of the same study group (SG17; a Question or working party stands for its
//    study group: Q7/17 and WP4/17 are SG17), known on both sides;
//  - the record was published (a `published` event) after the draft's last dated event,
//    surely after: 2024-04-29 is after 2023-09-08, "2023" is not after 2023-09-08.
// certain_links also asks that the join be the only certain one of the draft and of the
// work published (two drafts of one title, or one draft and two numbers, are left to a
// person).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "stdgraph/model/corpus.h"
#include "stdgraph/model/model.h"

namespace stdgraph {

// True when `name` is an ITU-T number, not a provisional name: series letters, digits and
// the words of supplements, amendments, corrigenda and revisions only ("X.1817",
// "X.1333 Cor. 1", "X.Suppl. 39", "Suppl.74 to ITU-T Y.3800-series", "X.1051rev2",
// "H.222.0"). "X.sg-dtn", "TR.sgfdm", "Y.supp.trust-roadmap" and "XSTR-SUSS" are not.
bool is_number_name(std::string_view name);

// The series letter a name starts with ("X" for X.sg-dtn, X.2011 and X Suppl. 43, "Y" for
// Y.supp.trust-roadmap); "" when it starts with no single letter (TR.sgfdm, XSTR-SUSS).
std::string series_letter(std::string_view name);

// True when `draft` awaits a number (see above).
bool awaits_number(const Document& draft);

// The English title folded for comparison: ASCII case, punctuation and runs of spaces
// folded ("Security guidelines for digital-twin network." -> "security guidelines for
// digital twin network"); "" when the document has no English title.
std::string folded_title(const Document& document);

// The study group a group, Question or working-party name stands for, from its name alone:
// "SG17", "SG 17", "Q10/17" and "WP4/17" -> "SG17"; "" for anything else (TSAG, FG-MV).
std::string study_group_of(std::string_view group);
// A document's study group from its group, else its Question, by name (study_group_of).
std::string study_group_of(const Document& document);
// The same with the corpus's groups: the first study group at or above the document's group
// (else Question) by parent and member links (model/groups.h), else by name.
std::string study_group_of(const Corpus& corpus, const Document& document);

// The date of a draft's last dated event (empty when it has none).
Date last_event_date(const Document& document);
// The date a catalogue record was published: its first `published` event's (empty: none).
Date publication_date(const Document& document);

// True for kinds a draft of `draft` may be published as: the same kind, or two informative
// texts (Supplement, Technical Report, Technical Paper). Only the same kind is certain.
bool kinds_compatible(DocKind draft, DocKind published);

// Every work a work-programme record names (its id, aliases and linked number, as
// edition_key(...).work): a catalogue record of one of these is joined by identifier, not
// by a link.
std::unordered_set<std::string> work_programme_works(const std::vector<Document>& documents);

// The rule above on two plain documents (no corpus needed; groups compared by name).
bool is_certain_link(const Document& draft, const Document& published);
// The same, with the study groups worked out through the corpus's groups.
bool is_certain_link(const Corpus& corpus, const Document& draft, const Document& published);

// Every certain join among `documents` that is the only certain one of its draft and of its
// work (a work no work-programme record is named after: that record takes its editions), as
// a Link {draft id, work_name of the record, source saying why, inferred = true,
// the draft's position}, in the order of the drafts.
std::vector<Link> certain_links(const std::vector<Document>& documents);

}  // namespace stdgraph
