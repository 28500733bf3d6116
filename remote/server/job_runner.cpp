#include "job_runner.h"
#include "run_device.h"

#include "remote/common/error_status.h"
#include "remote/common/job_state.h"

#include "core/sim/result_folder.h"
#include "core/sim/solve.h"
#include "core/sim/study_json.h"

#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace wb::remote {

namespace fs = std::filesystem;
using werkbank::v1::JobEvent;

namespace {

constexpr std::size_t kFieldChunkBytes = (1u << 20) - 1024; // a whole event stays under 1 MiB

void emitField(JobRecord& job, werkbank::v1::FieldKind kind, int iteration,
               const sim::ResultField& field, const sim::VoxelModel* model) {
    const std::size_t total = field.values.size() * sizeof(double);
    const char* bytes = reinterpret_cast<const char*>(field.values.data());
    for (std::size_t offset = 0; offset < total || offset == 0; offset += kFieldChunkBytes) {
        JobEvent event;
        auto* chunk = event.mutable_field();
        chunk->set_kind(kind);
        chunk->set_name(field.name);
        chunk->set_components(field.components);
        chunk->set_iteration(iteration);
        chunk->set_total_bytes(total);
        chunk->set_offset(offset);
        chunk->set_data(bytes + offset, std::min(kFieldChunkBytes, total - offset));
        if (model) {
            const sim::VoxelGrid& grid = model->grid;
            chunk->set_grid_nx(grid.nx);
            chunk->set_grid_ny(grid.ny);
            chunk->set_grid_nz(grid.nz);
            chunk->set_voxel_size(grid.h);
            chunk->set_origin_x(grid.origin[0]);
            chunk->set_origin_y(grid.origin[1]);
            chunk->set_origin_z(grid.origin[2]);
        }
        job.emit(std::move(event));
        if (total == 0) break;
    }
}

/// The solid voxels as packed bits (SolidMask in simulation.proto), in chunks.
void emitMask(JobRecord& job, const sim::VoxelModel& model) {
    const sim::VoxelGrid& grid = model.grid;
    const std::size_t voxels = grid.voxelCount();
    std::string bits((voxels + 7) / 8, '\0');
    for (std::size_t v = 0; v < voxels; ++v)
        if (model.solid(v)) bits[v >> 3] = char(std::uint8_t(bits[v >> 3]) | (1u << (v & 7)));
    for (std::size_t offset = 0; offset < bits.size() || offset == 0; offset += kFieldChunkBytes) {
        JobEvent event;
        auto* mask = event.mutable_mask();
        mask->set_total_bytes(bits.size());
        mask->set_offset(offset);
        mask->set_bits(bits.data() + offset, std::min(kFieldChunkBytes, bits.size() - offset));
        mask->set_grid_nx(grid.nx);
        mask->set_grid_ny(grid.ny);
        mask->set_grid_nz(grid.nz);
        mask->set_voxel_size(grid.h);
        mask->set_origin_x(grid.origin[0]);
        mask->set_origin_y(grid.origin[1]);
        mask->set_origin_z(grid.origin[2]);
        job.emit(std::move(event));
        if (bits.empty()) break;
    }
}

core::Result<sim::Study> loadJobStudy(const JobRecord& job, const fs::path& geometryRoot) {
    std::ifstream in(job.dir / "study.json");
    std::stringstream text;
    text << in.rdbuf();
    auto study = sim::parseStudy(text.str());
    if (!study) return study;
    // the upload is stored under its SHA-256: its top node keeps the user's file name
    study->geometryName = fs::path(study->geometryFile).stem().string();
    study->geometryFile = (geometryRoot / job.tenant / "geometry" / job.geometryId).string();
    study->baseDir = job.dir;
    return study;
}

/// Moves a freshly written result folder into place (result.tmp -> result).
core::Result<bool> publishResult(const sim::SolveResult& result, const fs::path& jobDir) {
    const fs::path staging = jobDir / "result.tmp", final = jobDir / "result";
    std::error_code ec;
    fs::remove_all(staging, ec);
    if (auto ok = sim::writeResultFolder(result, staging); !ok) return ok;
    fs::remove_all(final, ec);
    fs::rename(staging, final, ec);
    if (ec)
        return core::fail(core::ErrorCode::Internal, "server.io", "cannot store the result",
                          final.string());
    return true;
}

/// A failed job still gets the result folder of `solve` (result.json with status "failed").
void failJob(JobRecord& job, const std::string& analysis, const core::Error& error) {
    sim::SolveResult failed;
    failed.analysis = analysis;
    failed.error = error;
    publishResult(failed, job.dir);
    job.setState(werkbank::v1::JOB_STATE_FAILED, error);
}

core::Error deadlineError() {
    return core::Error{
        core::ErrorCode::Cancelled, "job.deadline_exceeded", {}, "the job's deadline passed", {}};
}

} // namespace

JobRunner::JobRunner(RunnerOptions options) : m_options(std::move(options)) {
    for (int i = 0; i < std::max(1, m_options.maxJobs); ++i)
        m_workers.emplace_back([this] { workerLoop(); });
}

JobRunner::~JobRunner() {
    stop();
}

void JobRunner::enqueue(std::shared_ptr<JobRecord> job, bool replay) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(std::move(job), replay);
    }
    m_wake.notify_all();
}

void JobRunner::cancel(const std::shared_ptr<JobRecord>& job) {
    bool wasQueued = false;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it)
            if (it->first == job) {
                m_queue.erase(it);
                wasQueued = true;
                break;
            }
    }
    job->cancel.cancel();
    if (wasQueued) job->setState(werkbank::v1::JOB_STATE_CANCELLED);
}

void JobRunner::stop() {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_workers.empty()) return;
        m_stopping = true;
        for (auto& job : m_running) {
            job->stoppedForShutdown = true;
            job->cancel.cancel();
        }
    }
    m_wake.notify_all();
    for (auto& worker : m_workers)
        worker.join();
    m_workers.clear();
}

std::shared_ptr<JobRecord> JobRunner::takeFitting(bool& replay) {
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        const std::uint64_t need = it->first->estimatedBytes;
        if (m_running.empty() || m_usedBytes + need <= m_options.memoryBytes) {
            auto job = it->first;
            replay = it->second;
            m_queue.erase(it);
            return job;
        }
    }
    return nullptr;
}

void JobRunner::workerLoop() {
    for (;;) {
        std::shared_ptr<JobRecord> job;
        bool replay = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || (job = takeFitting(replay)) != nullptr; });
            if (m_stopping) return;
            m_running.push_back(job);
            m_usedBytes += job->estimatedBytes;
        }
        if (replay) job->beginReplay();
        std::cerr << "job " << job->id << (replay ? " runs again after a restart\n" : " runs\n");
        run(job);
        std::cerr << "job " << job->id << " " << jobStateName(job->state()) << "\n";
        {
            std::lock_guard lock(m_mutex);
            std::erase(m_running, job);
            m_usedBytes -= job->estimatedBytes;
        }
        m_wake.notify_all();
    }
}

/// Waits (queued) until the geometry's import has finished; then its outcome and the size
/// checks of submit, which a job accepted before the import finished has not had.
core::Result<bool> JobRunner::awaitGeometry(JobRecord& job, const sim::Study& study) {
    if (!m_options.imports) return true;
    auto state = m_options.imports->wait(study.geometryFile, job.cancel);
    auto* summary = std::get_if<core::Result<ImportSummary>>(&state);
    if (!summary)
        return core::fail(core::ErrorCode::Cancelled, "job.cancelled", "cancelled while importing");
    if (!*summary) return std::unexpected(summary->error());
    auto bytes = estimateJobBytes(study, **summary, m_options.sizeLimits);
    if (!bytes) return std::unexpected(bytes.error());
    return true;
}

void JobRunner::run(const std::shared_ptr<JobRecord>& job) {
    if (job->deadlineMs > 0 && nowUnixMs() >= job->deadlineMs)
        return job->setState(werkbank::v1::JOB_STATE_FAILED, deadlineError());
    auto study = loadJobStudy(*job, m_options.geometryRoot);
    if (!study) return failJob(*job, "static_structural", study.error());
    if (auto ready = awaitGeometry(*job, *study); !ready) {
        if (job->stoppedForShutdown) return; // runs again after a restart
        if (ready.error().code == core::ErrorCode::Cancelled)
            return job->setState(werkbank::v1::JOB_STATE_CANCELLED);
        return failJob(*job, study->analysis, ready.error());
    }
    const RunDevice planned = plannedDevice(m_options.backend, study->solver.backend);
    job->setDevice(planned.backend, planned.device);
    job->setState(werkbank::v1::JOB_STATE_RUNNING);
    {
        JobEvent started;
        started.mutable_log()->set_id("job.started");
        started.mutable_log()->add_args(planned.backend);
        started.mutable_log()->add_args(planned.device);
        job->emit(std::move(started));
    }

    sim::SolveOptions options;
    if (m_options.backend) options.backend = static_cast<sim::Backend>(*m_options.backend);
    bool deadlinePassed = false;
    options.cancel = &job->cancel;
    options.threads = sim::threadShare(m_options.maxJobs); // cores / --max-jobs, at least 1
    options.progress = [&](const std::string& stage, int iteration, double residual) {
        if (job->deadlineMs > 0 && nowUnixMs() >= job->deadlineMs) {
            deadlinePassed = true;
            job->cancel.cancel();
        }
        JobEvent event;
        event.mutable_progress()->set_stage(stage);
        event.mutable_progress()->set_iteration(iteration);
        event.mutable_progress()->set_residual(residual);
        job->emit(std::move(event));
    };
    std::shared_ptr<const sim::VoxelModel> model;
    options.onModel = [&](const std::shared_ptr<const sim::VoxelModel>& voxels) {
        model = voxels;
        if (voxels) emitMask(*job, *voxels);
    };
    options.intermediateEveryIterations = job->intermediateEvery;
    options.intermediate = [&](int iteration, const sim::ResultField& field) {
        emitField(*job, werkbank::v1::FIELD_KIND_INTERMEDIATE, iteration, field, model.get());
    };
    auto result = sim::solve(*study, options);
    if (job->stoppedForShutdown) return; // stays "running": runs again after a restart
    if (result && result->backend != planned.backend) { // auto fell back to the CPU
        const RunDevice used = deviceFor(result->backend);
        job->setDevice(used.backend, used.device);
    }
    if (!result) {
        if (result.error().code == core::ErrorCode::Cancelled)
            return job->setState(werkbank::v1::JOB_STATE_CANCELLED);
        return failJob(*job, study->analysis, result.error());
    }
    // The result's study.json is the study as submitted, not with the service's own paths.
    {
        std::ifstream in(job->dir / "study.json");
        std::stringstream text;
        text << in.rdbuf();
        if (auto asSubmitted = sim::parseStudy(text.str()))
            result->study = std::make_shared<const sim::Study>(std::move(*asSubmitted));
    }
    if (auto ok = publishResult(*result, job->dir); !ok)
        return failJob(*job, study->analysis, ok.error());
    for (const sim::ResultField& field : result->fields)
        emitField(*job, werkbank::v1::FIELD_KIND_FINAL, result->iterations, field,
                  result->model.get());
    if (deadlinePassed) return job->setState(werkbank::v1::JOB_STATE_FAILED, deadlineError());
    switch (result->status) {
    case sim::SolveStatus::Converged:
        return job->setState(werkbank::v1::JOB_STATE_SUCCEEDED);
    case sim::SolveStatus::NotConverged:
        return job->setState(werkbank::v1::JOB_STATE_NOT_CONVERGED);
    case sim::SolveStatus::Cancelled:
        return job->setState(werkbank::v1::JOB_STATE_CANCELLED);
    default:
        return job->setState(werkbank::v1::JOB_STATE_FAILED, result->error);
    }
}

} // namespace wb::remote
