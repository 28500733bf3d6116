#pragma once
/// Job state names ("queued", "running", ...) used in logs, JSON output and job records.

#include "werkbank/v1/simulation.pb.h"

#include <string_view>

namespace wb::remote {

const char* jobStateName(werkbank::v1::JobState state);
/// JOB_STATE_UNSPECIFIED for an unknown name.
werkbank::v1::JobState jobStateFromName(std::string_view name);
/// True for SUCCEEDED, NOT_CONVERGED, CANCELLED and FAILED.
bool isTerminal(werkbank::v1::JobState state);

} // namespace wb::remote
