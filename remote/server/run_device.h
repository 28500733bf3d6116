#pragma once
/// Where a job runs, as the job listing shows it: the backend ("cpu", "cuda") and the device
/// (the GPU's name or the CPU model).

#include "core/sim/study.h"

#include <optional>
#include <string>

namespace wb::remote {

struct RunDevice {
    std::string backend; ///< "cpu" or "cuda"
    std::string device;  ///< GPU name or CPU model
};

/// What a solve will use: the server's backend override when set, else the study's choice;
/// auto means CUDA when a usable device exists (the solve may still fall back to the CPU).
RunDevice plannedDevice(std::optional<int> serverBackend, sim::Backend studyBackend);
/// The device of `backend` on this machine ("cuda": the first GPU, else the CPU model).
RunDevice deviceFor(const std::string& backend);
/// The CPU model ("model name" of /proc/cpuinfo), or the machine architecture.
std::string cpuModel();

} // namespace wb::remote
