#pragma once
/// Simulation › Target Service: the services a project can send its jobs to (the embedded
/// local one and every configured remote), one checked. The choice belongs to the project.

#include <QMenu>

namespace wb::app {

class ProjectSession;

/// The label of a project's service for the study tree: name and region, or a note that a
/// service of that name is not configured (the project came from another machine).
QString targetServiceLabel(const QString& name);

class TargetServiceMenu : public QMenu {
    Q_OBJECT
public:
    TargetServiceMenu(ProjectSession* session, QWidget* parent);

signals:
    /// The services were edited in Preferences (names and regions may have changed).
    void servicesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    ProjectSession* m_session;
};

} // namespace wb::app
