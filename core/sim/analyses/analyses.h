#pragma once
/// The declarations of the built-in analyses, one file each (listed in analysis_registry.cpp).

#include "core/sim/analysis.h"

namespace wb::sim {

const AnalysisKind& staticStructuralAnalysis();
const AnalysisKind& steadyThermalAnalysis();

} // namespace wb::sim
