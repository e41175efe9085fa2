// `stdgraph report`: one self-contained HTML file for a focus group: the data's date and
// sources, the roadmap (SVG inline), the analyses' findings and a table of the items that
// sorts and filters in the page. No external scripts, fonts or images.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "stdgraph/analysis/gaps.h"
#include "stdgraph/analysis/match.h"
#include "stdgraph/analysis/provenance.h"
#include "stdgraph/analysis/risk.h"
#include "stdgraph/analysis/roadmap.h"
#include "stdgraph/analysis/stats.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

// Where the data comes from and how recent it is, as the analyses found it:
// {compute_stats(corpus), newest_event(corpus), provenance(corpus)}.
struct ReportSources {
  Stats stats;            // records and files read
  Date data_date;         // the newest dated event in the records
  Provenance provenance;  // the folders read (the first 20 are named), the sources cited
};

struct ReportRoadmap {
  const RoadmapModel* model = nullptr;
  std::string svg;     // Graphviz's SVG, inlined after its XML prologue
  std::string error;   // why there is no diagram (too many items, ...)
  std::string engine;  // the layout used
};

struct ReportInput {
  std::string title = "stdgraph report";
  std::string selection;  // the selection in words
  std::string generated;  // when the report was made (YYYY-MM-DD)
  const Corpus* corpus = nullptr;
  ReportSources sources;
  ReportRoadmap roadmap;
  std::vector<std::size_t> items;                // the documents of the item table
  const OverlapResult* overlaps = nullptr;       // null: the section is left out
  const std::vector<GapReport>* gaps = nullptr;  // one per taxonomy; null: left out
  std::string gaps_note;                         // how the matrices were made, for people
  const RiskReport* risk = nullptr;              // null: left out
};

// Text made safe for HTML element content and attribute values: xml_escaped (escape.h), so
// markup characters become entities and control characters and invalid UTF-8 are dropped.
std::string html_escape(std::string_view text);

std::string render_report_html(const ReportInput& input);

}  // namespace stdgraph
