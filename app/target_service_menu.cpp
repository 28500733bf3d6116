#include "target_service_menu.h"

#include "preferences_dialog.h"
#include "project_session.h"
#include "services.h"

#include <QActionGroup>
#include <QEvent>

namespace wb::app {

namespace {
/// The local service is stored as "" in a project (the default of every new project).
bool isLocalName(const QString& name) { return name.isEmpty() || name == Services::kLocal; }
} // namespace

QString targetServiceLabel(const QString& name) {
    if (isLocalName(name)) return Services::displayName(ServiceConfig{});
    if (auto service = Services::find(name)) return Services::displayNameWithRegion(*service);
    return TargetServiceMenu::tr("%1 (not configured on this computer)").arg(name);
}

TargetServiceMenu::TargetServiceMenu(ProjectSession* session, QWidget* parent)
    : QMenu(parent), m_session(session) {
    setObjectName(QStringLiteral("TargetServiceMenu"));
    setTitle(tr("Target &Service"));
    // the configured services can change in Preferences at any time: listed when opened
    connect(this, &QMenu::aboutToShow, this, &TargetServiceMenu::rebuild);
    rebuild();
}

void TargetServiceMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Target &Service"));
        rebuild();
    }
    QMenu::changeEvent(event);
}

void TargetServiceMenu::rebuild() {
    clear();
    auto* group = new QActionGroup(this);
    const QString current = m_session->service();
    bool found = false;
    for (const ServiceConfig& service : Services::all()) {
        const QString name = service.isLocal() ? QString() : service.name;
        QAction* action = addAction(Services::displayNameWithRegion(service).replace(
            QLatin1Char('&'), QLatin1String("&&")));
        action->setCheckable(true);
        action->setData(name);
        const bool chosen = service.isLocal() ? isLocalName(current) : name == current;
        action->setChecked(chosen);
        found = found || chosen;
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { m_session->setService(name); });
    }
    if (!found) {
        // a project whose service is not configured here keeps it until another is chosen
        QAction* action = addAction(targetServiceLabel(current).replace(QLatin1Char('&'),
                                                                        QLatin1String("&&")));
        action->setCheckable(true);
        action->setChecked(true);
        action->setEnabled(false);
        group->addAction(action);
    }
    addSeparator();
    addAction(tr("Configure Services…"), this, [this] {
        PreferencesDialog dialog(parentWidget());
        dialog.showServicesPage();
        if (dialog.exec() == QDialog::Accepted) emit servicesChanged();
    });
}

} // namespace wb::app
