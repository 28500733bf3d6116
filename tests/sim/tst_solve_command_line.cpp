// werkbank-solve's command line: --help and --version everywhere, usage errors (exit code 2,
// naming the option), and relative study and output paths taken from the working directory.
#include "sim_check.h"

#include "core/model/exit_codes.h"
#include "core/sim/cli.h"

#include <array>
#include <cstdio>
#include <sstream>
#include <sys/wait.h>

using namespace wb::sim;
namespace fs = std::filesystem;

namespace {

struct Run {
    int exit = -1;
    std::string out; ///< stdout and stderr together
};

/// werkbank-solve with `args` (shell words), from `dir`.
Run solver(const fs::path& dir, const std::string& args) {
    const std::string command =
        "cd '" + dir.string() + "' && '" WB_BINARY_DIR "/bin/werkbank-solve' " + args + " 2>&1";
    Run r;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buffer;
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), p))
        r.out.append(buffer.data(), n);
    const int status = ::pclose(p);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    return r;
}

bool contains(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos) return true;
    std::cerr << "expected '" << part << "' in:\n" << text << "\n";
    return false;
}

/// "werkbank-solve X.Y.Z" with the digits of a version.
bool isVersionLine(const std::string& text) {
    const std::string prefix = "werkbank-solve ";
    return text.starts_with(prefix) && text.size() > prefix.size() &&
           std::isdigit(static_cast<unsigned char>(text[prefix.size()])) &&
           text.find('.') != std::string::npos;
}

} // namespace

int main() {
    const auto dir = simtest::scratch("solve_command_line");
    writeStl(dir / "beam.stl", simtest::boxMesh(0, 0, 0, 100, 10, 10));
    simtest::writeText(dir / "ok.wbstudy.json", simtest::cantileverStudy(5e-3));
    fs::create_directories(dir / "elsewhere");

    // --help and --version on the program and on each command
    for (const std::string command : {"", "solve ", "export-inp "}) {
        const Run help = solver(dir, command + "--help");
        SIM_CHECK(help.exit == 0 && contains(help.out, "Usage: werkbank-solve"));
        const Run version = solver(dir, command + "--version");
        SIM_CHECK(version.exit == 0 && isVersionLine(version.out));
    }
    SIM_CHECK(contains(solver(dir, "--help").out, "export-inp"));
    SIM_CHECK(contains(solver(dir, "solve --help").out, "--backend"));

    // usage errors: exit code 2 and the option named
    const std::pair<const char*, const char*> usageErrors[] = {
        {"", "subcommand"},
        {"solve ok.wbstudy.json -o out --frobnicate", "--frobnicate"},
        {"solve ok.wbstudy.json -o", "--output"},
        {"export-inp ok.wbstudy.json", "--output"},
        {"solve -o out", "study"},
        {"solve ok.wbstudy.json -o out --backend gpu", "--backend"},
    };
    for (const auto& [args, named] : usageErrors) {
        const Run run = solver(dir, args);
        SIM_CHECK(run.exit == wb::core::kExitUsage && contains(run.out, named));
    }
    SIM_CHECK(!fs::exists(dir / "out"));
    // the same declaration behind runSolveCommand
    std::ostringstream out, err;
    SIM_CHECK(runSolveCommand({(dir / "ok.wbstudy.json").string(), "--json"}, out, err) ==
              wb::core::kExitUsage);
    SIM_CHECK(contains(err.str(), "--output"));
    // a missing study file is invalid input that names the file
    const Run missing = solver(dir, "solve missing.json -o out");
    SIM_CHECK(missing.exit == wb::core::kExitUsage && contains(missing.out, "missing.json"));

    // relative study and outputs, from the working directory
    const Run solved = solver(dir / "elsewhere", "solve ../ok.wbstudy.json -o result --json");
    SIM_CHECK(solved.exit == 0 && contains(solved.out, "\"werkbank-result\""));
    SIM_CHECK(fs::exists(dir / "elsewhere" / "result" / "result.vtu"));
    const Run exported = solver(dir / "elsewhere", "export-inp ../ok.wbstudy.json --output m.inp");
    SIM_CHECK(exported.exit == 0 && contains(exported.out, (dir / "elsewhere" / "m.inp").string()));
    SIM_CHECK(fs::exists(dir / "elsewhere" / "m.inp"));
    return simtest::finish("tst_solve_command_line");
}
