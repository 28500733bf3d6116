#pragma once
/// The live view of a running job: its streamed solid mask and intermediate fields put together
/// (sim::LiveFields) and shown on the model as they come, each repainting the colour map in
/// place; when the job has finished its result folder replaces them. Only the newest update is
/// kept while the previous one is still being sampled, so a fast stream never queues up.

#include "core/sim/live_fields.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace wb::remote {
struct FieldChunk;
struct MaskChunk;
} // namespace wb::remote

namespace wb::app {

class JobController;
class ResultDisplay;

class LiveResults : public QObject {
    Q_OBJECT
public:
    LiveResults(JobController* jobs, ResultDisplay* display, QObject* parent = nullptr);

    /// Shows the fields of job `id` (a JobController id) as they stream in, and its result
    /// when it has finished; `analysis` names the study's analysis. Replaces any job followed.
    void follow(const QString& id, const QString& analysis);
    /// Stops following (the user opened another result).
    void stop();
    QString followedJob() const { return m_job; }
    /// Intermediate fields of the followed job received whole, and shown, so far (a field
    /// that arrives while the one before is still being sampled is passed over).
    int receivedUpdates() const { return m_received; }
    int shownUpdates() const { return m_shown; }

signals:
    /// An intermediate field of the followed job is on the model (iteration of the solver).
    void updateShown(const QString& id, int iteration);
    void message(const QString& text);

private:
    void onMask(const QString& id, const wb::remote::MaskChunk& chunk);
    void onField(const QString& id, const wb::remote::FieldChunk& chunk);
    void onJobChanged(const QString& id);
    void showPending();
    void fail(const core::Error& error);

    QPointer<JobController> m_jobs;
    QPointer<ResultDisplay> m_display;
    QString m_job;
    std::unique_ptr<sim::LiveFields> m_fields;
    std::optional<sim::LiveFields::Update> m_pending;
    int m_received = 0, m_shown = 0;
    bool m_failed = false, m_opening = false;
};

} // namespace wb::app
