#include "live_results.h"

#include "error_text.h"
#include "job_controller.h"
#include "result_display.h"

namespace wb::app {

namespace {

sim::StreamGrid gridOf(const int grid[3], double voxelSize, const double origin[3]) {
    sim::StreamGrid g;
    for (int a = 0; a < 3; ++a) {
        g.n[a] = grid[a];
        g.origin[a] = origin[a];
    }
    g.h = voxelSize;
    return g;
}

} // namespace

LiveResults::LiveResults(JobController* jobs, ResultDisplay* display, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_display(display) {
    connect(jobs, &JobController::maskArrived, this, &LiveResults::onMask);
    connect(jobs, &JobController::fieldArrived, this, &LiveResults::onField);
    connect(jobs, &JobController::jobChanged, this, &LiveResults::onJobChanged);
    connect(display, &ResultDisplay::displayUpdated, this, &LiveResults::showPending);
}

void LiveResults::follow(const QString& id, const QString& analysis) {
    m_job = id;
    m_fields = std::make_unique<sim::LiveFields>(analysis.toStdString());
    m_pending.reset();
    m_received = m_shown = 0;
    m_failed = m_opening = false;
}

void LiveResults::stop() {
    m_job.clear();
    m_fields.reset();
    m_pending.reset();
}

void LiveResults::fail(const core::Error& error) {
    if (m_failed) return;
    m_failed = true; // said once; the final result still comes with the folder
    emit message(ErrorText::message(error));
}

void LiveResults::onMask(const QString& id, const remote::MaskChunk& c) {
    if (id != m_job || !m_fields || m_failed) return;
    auto ok = m_fields->addMask(gridOf(c.grid, c.voxelSize, c.origin), c.totalBytes, c.offset,
                                c.bits);
    if (!ok) fail(ok.error());
}

void LiveResults::onField(const QString& id, const remote::FieldChunk& c) {
    // Final fields come whole with the result folder, which replaces the live view.
    if (id != m_job || !m_fields || m_failed || c.final) return;
    auto update = m_fields->addField(c.final, c.name, c.components, c.iteration,
                                     gridOf(c.grid, c.voxelSize, c.origin), c.totalBytes,
                                     c.offset, c.data);
    if (!update) return fail(update.error());
    if (!*update) return;
    ++m_received;
    m_pending = std::move(**update);
    showPending();
}

void LiveResults::showPending() {
    if (!m_pending || !m_display || m_display->isBusy()) return;
    const sim::LiveFields::Update update = std::move(*m_pending);
    m_pending.reset();
    m_display->showLive(update.result);
    ++m_shown;
    emit updateShown(m_job, update.iteration);
}

void LiveResults::onJobChanged(const QString& id) {
    if (id != m_job || m_opening || !m_jobs) return;
    const JobController::Job* job = m_jobs->job(id);
    if (!job || job->active()) return;
    using State = JobController::State;
    if (job->state == State::Succeeded || job->state == State::NotConverged) {
        m_opening = true; // the result folder replaces the live fields
        m_pending.reset();
        m_jobs->openResult(id);
        return;
    }
    // Cancelled or failed: what was shown stays until the user closes it.
    stop();
}

} // namespace wb::app
