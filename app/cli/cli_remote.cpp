#include "cli_remote.h"
#include "cli_commands.h"

#include "core/model/exit_codes.h"
#include "core/sim/json.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <iostream>

namespace wb::app::cli {

namespace {

using remote::JobEvent;

std::string eventJson(const JobEvent& e) {
    sim::Json j(sim::Json::object());
    j["sequence"] = e.sequence;
    switch (e.kind) {
    case JobEvent::Kind::State:
        j["state"] = remote::jobStateText(e.state);
        if (e.error) j["error"] = e.error->id;
        break;
    case JobEvent::Kind::Progress:
        j["stage"] = e.stage;
        j["iteration"] = e.iteration;
        j["residual"] = e.residual;
        break;
    case JobEvent::Kind::Field:
        j["field"] = e.field.name;
        j["final"] = e.field.final;
        j["iteration"] = e.field.iteration;
        j["offset"] = e.field.offset;
        j["bytes"] = e.field.data.size();
        j["total_bytes"] = e.field.totalBytes;
        break;
    case JobEvent::Kind::Log:
        j["log"] = e.logId;
        break;
    case JobEvent::Kind::Mask:
        j["mask"] = {e.mask.grid[0], e.mask.grid[1], e.mask.grid[2]};
        j["offset"] = e.mask.offset;
        j["bytes"] = e.mask.bits.size();
        j["total_bytes"] = e.mask.totalBytes;
        break;
    }
    return sim::dumpJson(j, -1);
}

/// Prints progress on stderr: stage changes and every tenth iteration.
void printProgress(const JobEvent& e) {
    if (e.kind == JobEvent::Kind::State)
        std::fprintf(stderr, "%s\n", remote::jobStateText(e.state));
    if (e.kind == JobEvent::Kind::Progress && (e.stage != "solve" || e.iteration % 10 == 0))
        std::fprintf(stderr, "  %s: iteration %d, residual %.3g\n", e.stage.c_str(), e.iteration,
                     e.residual);
    if (e.kind == JobEvent::Kind::Field && e.field.offset == 0)
        std::fprintf(stderr, "  %s field %s (iteration %d)\n",
                     e.field.final ? "final" : "intermediate", e.field.name.c_str(),
                     e.field.iteration);
}

core::Result<remote::JobInfo> watchToEnd(remote::Client& client, const std::string& id,
                                         std::uint64_t from,
                                         std::function<void(const JobEvent&)> onEvent) {
    return await<remote::JobInfo>(
        [&](auto done) { client.watch(id, from, std::move(onEvent), done); });
}

/// The result summary of a finished job, fetched into a temporary folder.
core::Result<sim::Json> fetchSummary(remote::Client& client, const std::string& id) {
    QTemporaryDir tmp;
    const std::filesystem::path dir = tmp.path().toStdString() + "/result";
    auto fetched = await<bool>([&](auto done) { client.fetchResult(id, dir, done); });
    if (!fetched) return std::unexpected(fetched.error());
    QFile f(QString::fromStdString((dir / "result.json").string()));
    if (!f.open(QIODevice::ReadOnly))
        return core::fail(core::ErrorCode::InvalidFile, "remote.no_result", "no result.json", id);
    return sim::parseJson(f.readAll().toStdString());
}

} // namespace

int runSubmit(const RemoteArgs& args) {
    remote::SubmitOptions submit;
    submit.requestId = args.requestId;
    submit.deadline =
        std::chrono::milliseconds(static_cast<long long>(args.deadlineSeconds * 1000));
    submit.intermediateEvery = args.intermediateEvery;
    auto client = connect(args);
    if (!client) return reportError(client.error());
    auto job = await<remote::JobInfo>(
        [&](auto done) { (*client)->submitStudyFile(args.study, submit, done); });
    if (!job) return reportError(job.error());
    const bool json = args.json;
    if (!args.wait) {
        std::printf("%s\n", json ? sim::dumpJson(sim::Json{{"job", job->id}}, -1).c_str()
                                 : job->id.c_str());
        return core::kExitOk;
    }
    if (!json) std::printf("%s\n", job->id.c_str());
    std::fflush(stdout);
    auto finished = watchToEnd(**client, job->id, 1, printProgress);
    if (!finished) return reportError(finished.error());
    auto summary = fetchSummary(**client, job->id);
    sim::Json out{{"job", job->id}, {"state", remote::jobStateText(finished->state)}};
    if (summary) out["result"] = *summary;
    if (json)
        std::printf("%s\n", sim::dumpJson(out).c_str());
    else if (summary)
        std::printf("%s\n", sim::dumpJson(*summary).c_str());
    return exitForJob(*finished);
}

int runWatch(const RemoteArgs& args) {
    auto client = connect(args);
    if (!client) return reportError(client.error());
    const bool json = args.json;
    auto finished = watchToEnd(**client, args.job, args.fromSequence, [json](const JobEvent& e) {
        if (json)
            std::printf("%s\n", eventJson(e).c_str()), std::fflush(stdout);
        else
            printProgress(e);
    });
    if (!finished) return reportError(finished.error());
    return exitForJob(*finished);
}

int runFetch(const RemoteArgs& args) {
    auto client = connect(args);
    if (!client) return reportError(client.error());
    const std::string& id = args.job;
    auto finished = watchToEnd(**client, id, 1, {}); // waits for the job to finish
    if (!finished) return reportError(finished.error());
    auto fetched = await<bool>([&](auto done) { (*client)->fetchResult(id, args.output, done); });
    if (!fetched) return reportError(fetched.error());
    return exitForJob(*finished);
}

int runCancel(const RemoteArgs& args) {
    auto client = connect(args);
    if (!client) return reportError(client.error());
    auto job = await<remote::JobInfo>([&](auto done) { (*client)->cancelJob(args.job, done); });
    if (!job) return reportError(job.error());
    std::printf("%s %s\n", job->id.c_str(), remote::jobStateText(job->state));
    return core::kExitOk;
}

int runJobs(const RemoteArgs& args) {
    auto client = connect(args);
    if (!client) return reportError(client.error());
    auto jobs = await<std::vector<remote::JobInfo>>([&](auto done) { (*client)->listJobs(done); });
    if (!jobs) return reportError(jobs.error());
    sim::Json list = sim::Json::array();
    for (const auto& j : *jobs) {
        if (!args.json)
            std::printf("%s  %-13s  %-4s  %s%s%s\n", j.id.c_str(), remote::jobStateText(j.state),
                        j.backend.empty() ? "-" : j.backend.c_str(), j.name.c_str(),
                        j.device.empty() ? "" : "  on ", j.device.c_str());
        sim::Json job{{"job", j.id},
                      {"state", remote::jobStateText(j.state)},
                      {"name", j.name},
                      {"request_id", j.requestId},
                      {"backend", j.backend},
                      {"device", j.device},
                      {"created_unix_ms", j.createdUnixMs}};
        if (j.startedUnixMs) job["started_unix_ms"] = *j.startedUnixMs;
        if (j.finishedUnixMs) job["finished_unix_ms"] = *j.finishedUnixMs;
        list.push_back(std::move(job));
    }
    if (args.json) std::printf("%s\n", sim::dumpJson(list).c_str());
    return core::kExitOk;
}

int runInfo(const RemoteArgs& args) {
    auto client = connect(args);
    if (!client) return reportError(client.error());
    auto info = await<remote::ServerInfo>([&](auto done) { (*client)->serverInfo(done); });
    if (!info) return reportError(info.error());
    sim::Json backends = sim::Json::array(), gpus = sim::Json::array();
    for (const std::string& b : info->backends)
        backends.push_back(b);
    for (const auto& [name, memory] : info->gpus)
        gpus.push_back(sim::Json{{"name", name}, {"memory_bytes", memory}});
    const sim::Json summary{{"version", info->version},
                            {"region", info->region},
                            {"jurisdiction", info->jurisdiction},
                            {"backends", backends},
                            {"gpus", gpus},
                            {"max_concurrent_jobs", info->maxConcurrentJobs},
                            {"max_message_bytes", info->maxMessageBytes},
                            {"max_upload_bytes", info->maxUploadBytes},
                            {"max_voxels", info->maxVoxels},
                            {"max_memory_bytes", info->maxMemoryBytes}};
    if (args.json) {
        std::printf("%s\n", sim::dumpJson(summary).c_str());
        return core::kExitOk;
    }
    std::printf("server:       %s (%s)\n", (*client)->endpoint().c_str(), info->version.c_str());
    std::printf("region:       %s, %s\n", info->region.c_str(), info->jurisdiction.c_str());
    std::string names;
    for (const std::string& b : info->backends)
        names += (names.empty() ? "" : ", ") + b;
    std::printf("backends:     %s\n", names.c_str());
    for (const auto& [name, memory] : info->gpus)
        std::printf("gpu:          %s, %.1f GiB\n", name.c_str(), double(memory) / (1ull << 30));
    std::printf("jobs at once: %u\n", info->maxConcurrentJobs);
    return core::kExitOk;
}

int runRemoteCommand(const std::string& command, const RemoteArgs& args) {
    if (command == "info") return runInfo(args);
    if (command == "submit") return runSubmit(args);
    if (command == "watch") return runWatch(args);
    if (command == "fetch") return runFetch(args);
    if (command == "cancel") return runCancel(args);
    return runJobs(args);
}

} // namespace wb::app::cli
