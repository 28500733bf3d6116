#include "thin_wall_check.h"

#include "core/sim/surface.h"
#include "core/sim/thin_walls.h"

#include <QThread>

#include <algorithm>
#include <atomic>

namespace wb::app {

struct ThinWallCheck::Run {
    Inputs inputs;
    std::atomic<bool> cancel{false};
    /// Written by the worker before its thread finishes; nullopt when cancelled.
    std::optional<std::vector<sim::ThinWall>> walls;
    QThread* thread = nullptr;
};

ThinWallCheck::ThinWallCheck(QObject* parent) : QObject(parent) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    connect(&m_settle, &QTimer::timeout, this, &ThinWallCheck::start);
}

ThinWallCheck::~ThinWallCheck() {
    m_settle.stop();
    if (m_running) m_stopping.push_back(std::move(m_running));
    for (const auto& run : m_stopping)
        run->cancel = true;
    for (const auto& run : m_stopping) {
        run->thread->disconnect(this);
        run->thread->wait();
        delete run->thread;
    }
}

void ThinWallCheck::setDelay(int ms) {
    m_settle.setInterval(std::max(ms, 0));
}

bool ThinWallCheck::isBusy() const {
    return m_settle.isActive() || m_running != nullptr;
}

void ThinWallCheck::request(const sim::Study& study, std::shared_ptr<const core::Assembly> model,
                            int root) {
    Inputs inputs{std::move(model), root, study.voxelSize, study.targetVoxels};
    if (inputs == m_inputs) return;
    m_inputs = std::move(inputs);
    if (m_running) {
        m_running->cancel = true;
        m_stopping.push_back(std::move(m_running));
    }
    if (m_inputs.model)
        m_settle.start();
    else
        m_settle.stop();
    if (!m_problems.empty()) {
        m_problems.clear();
        emit problemsChanged();
    }
}

void ThinWallCheck::start() {
    if (!m_inputs.model) return;
    auto run = std::make_shared<Run>();
    run->inputs = m_inputs;
    Run* r = run.get();
    run->thread = QThread::create([run] {
        sim::Study study; // the check needs the mesh settings only
        study.voxelSize = run->inputs.voxelSize;
        study.targetVoxels = run->inputs.targetVoxels;
        Run* r = run.get();
        try {
            const sim::WorldSurface surface =
                sim::placeSurface(*run->inputs.model, run->inputs.root);
            run->walls = sim::findThinWalls(study, surface, [r] { return r->cancel.load(); });
        } catch (...) {
            run->walls = std::vector<sim::ThinWall>{}; // out of memory: no warning, no crash
        }
    });
    run->thread->setObjectName(QStringLiteral("ThinWallCheck"));
    connect(run->thread, &QThread::finished, this, [this, r] {
        auto owner = std::find_if(m_stopping.begin(), m_stopping.end(),
                                  [r](const auto& p) { return p.get() == r; });
        std::shared_ptr<Run> done;
        if (m_running && m_running.get() == r) {
            done = std::move(m_running);
        } else if (owner != m_stopping.end()) {
            done = std::move(*owner);
            m_stopping.erase(owner);
        }
        if (!done) return;
        done->thread->deleteLater();
        if (done->inputs == m_inputs && done->walls) {
            m_problems = sim::thinWallProblems(*done->walls);
            emit problemsChanged();
        }
    });
    m_running = std::move(run);
    m_running->thread->start(QThread::LowPriority);
}

} // namespace wb::app
