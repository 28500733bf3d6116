#pragma once
/// The thin-wall check of the study editor (core/sim/thin_walls.h), run on a worker thread once
/// edits have settled: a new request cancels the running check, and the answer of a check whose
/// inputs are out of date is dropped.

#include "core/model/assembly.h"
#include "core/sim/study.h"
#include "core/sim/study_problems.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace wb::app {

/// GUI thread only (the worker gets immutable copies and touches no QObject).
class ThinWallCheck : public QObject {
    Q_OBJECT
public:
    explicit ThinWallCheck(QObject* parent = nullptr);
    /// Cancels a running check and waits for it to stop (it checks often).
    ~ThinWallCheck() override;

    /// Milliseconds the inputs must stay the same before a check starts (default 400).
    void setDelay(int ms);
    /// Checks `study`'s voxel size on the parts of `model` below node `root` (null: no model)
    /// once the inputs settle. Inputs equal to the last ones change nothing; different ones drop
    /// the warnings found so far.
    void request(const sim::Study& study, std::shared_ptr<const core::Assembly> model, int root);

    /// Warnings of the last finished check that is still up to date.
    const std::vector<sim::StudyProblem>& problems() const { return m_problems; }
    /// True while a check waits for the edits to settle or runs.
    bool isBusy() const;

signals:
    /// problems() changed.
    void problemsChanged();

private:
    struct Inputs {
        std::shared_ptr<const core::Assembly> model;
        int root = 0;
        std::optional<double> voxelSize;
        std::optional<long long> targetVoxels;
        bool operator==(const Inputs&) const = default;
    };
    struct Run;
    void start();

    QTimer m_settle;
    Inputs m_inputs;
    std::shared_ptr<Run> m_running;
    std::vector<std::shared_ptr<Run>> m_stopping; ///< cancelled, still to be joined
    std::vector<sim::StudyProblem> m_problems;
};

} // namespace wb::app
