#include "job_state.h"

namespace wb::remote {

using werkbank::v1::JobState;

const char* jobStateName(JobState state) {
    switch (state) {
    case werkbank::v1::JOB_STATE_QUEUED:
        return "queued";
    case werkbank::v1::JOB_STATE_RUNNING:
        return "running";
    case werkbank::v1::JOB_STATE_SUCCEEDED:
        return "succeeded";
    case werkbank::v1::JOB_STATE_NOT_CONVERGED:
        return "not_converged";
    case werkbank::v1::JOB_STATE_CANCELLED:
        return "cancelled";
    case werkbank::v1::JOB_STATE_FAILED:
        return "failed";
    default:
        return "unspecified";
    }
}

JobState jobStateFromName(std::string_view name) {
    for (int s = werkbank::v1::JOB_STATE_QUEUED; s <= werkbank::v1::JOB_STATE_FAILED; ++s)
        if (name == jobStateName(static_cast<JobState>(s))) return static_cast<JobState>(s);
    return werkbank::v1::JOB_STATE_UNSPECIFIED;
}

bool isTerminal(JobState state) {
    return state == werkbank::v1::JOB_STATE_SUCCEEDED ||
           state == werkbank::v1::JOB_STATE_NOT_CONVERGED ||
           state == werkbank::v1::JOB_STATE_CANCELLED || state == werkbank::v1::JOB_STATE_FAILED;
}

} // namespace wb::remote
