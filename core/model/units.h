#pragma once
/// Length units: names as in the study format ("mm", "m", "in", ...) and their size in metres.

#include "result.h"

#include <string>
#include <string_view>

namespace wb::core {

/// Metres per one unit of `name` ("m", "cm", "mm", "um", "in", "ft"); an error for any other.
Result<double> metresPerUnit(std::string_view name);

/// The unit name for a scale in metres, or "" when it is not one of the known units.
std::string unitName(double metresPerUnit);

} // namespace wb::core
