#include "run_device.h"

#include "core/sim/solve.h"

#include <fstream>
#include <sys/utsname.h>

namespace wb::remote {

namespace {

std::string trimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

std::string readCpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    // x86 says "model name", several ARM kernels "Hardware" or "Processor".
    for (const char* key : {"model name", "Processor", "Hardware", "cpu model"}) {
        in.clear();
        in.seekg(0);
        while (std::getline(in, line)) {
            const auto colon = line.find(':');
            if (colon == std::string::npos || trimmed(line.substr(0, colon)) != key) continue;
            if (std::string value = trimmed(line.substr(colon + 1)); !value.empty()) return value;
        }
    }
    utsname name{};
    if (::uname(&name) == 0) return std::string(name.machine) + " CPU";
    return "CPU";
}

} // namespace

std::string cpuModel() {
    static const std::string model = readCpuModel();
    return model;
}

RunDevice deviceFor(const std::string& backend) {
    if (backend == "cuda") {
        const auto gpus = sim::cudaDevices();
        if (!gpus.empty()) return {"cuda", gpus.front().name};
    }
    return {"cpu", cpuModel()};
}

RunDevice plannedDevice(std::optional<int> serverBackend, sim::Backend studyBackend) {
    const auto backend = serverBackend ? static_cast<sim::Backend>(*serverBackend) : studyBackend;
    const bool cuda =
        backend == sim::Backend::Cuda || (backend == sim::Backend::Auto && sim::cudaAvailable());
    return deviceFor(cuda ? "cuda" : "cpu");
}

} // namespace wb::remote
