// Output of deps, impact, chains and risk: text (aligned columns), JSON (docs/deps.md)
// and CSV (RFC 4180, one header row). Results hold document indices; the corpus names them.
#pragma once

#include <ostream>

#include <nlohmann/json.hpp>

#include "stdgraph/analysis/chains.h"
#include "stdgraph/analysis/deps.h"
#include "stdgraph/analysis/risk.h"
#include "stdgraph/model/corpus.h"

namespace stdgraph {

nlohmann::ordered_json to_json(const Corpus& corpus, const DependencyTree& tree);
nlohmann::ordered_json to_json(const Corpus& corpus, const ImpactReport& report);
nlohmann::ordered_json to_json(const Corpus& corpus, const ChainsReport& report,
                               const ChainsOptions& options);
nlohmann::ordered_json to_json(const Corpus& corpus, const RiskReport& report,
                               const RiskOptions& options);

void write_text(std::ostream& out, const Corpus& corpus, const DependencyTree& tree);
void write_text(std::ostream& out, const Corpus& corpus, const ImpactReport& report);
void write_text(std::ostream& out, const Corpus& corpus, const ChainsReport& report,
                const ChainsOptions& options);
void write_text(std::ostream& out, const Corpus& corpus, const RiskReport& report,
                const RiskOptions& options);

void write_csv(std::ostream& out, const Corpus& corpus, const DependencyTree& tree);
void write_csv(std::ostream& out, const Corpus& corpus, const ImpactReport& report);
void write_csv(std::ostream& out, const Corpus& corpus, const ChainsReport& report);
void write_csv(std::ostream& out, const Corpus& corpus, const RiskReport& report);

}  // namespace stdgraph
