#include "services_page.h"

#include "error_text.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace wb::app {

namespace {

/// Runs `fn` on the GUI thread (from any thread) unless `page` is gone by then.
template <typename F> void postToPage(QPointer<ServicesPage> page, F fn) {
    if (QCoreApplication* app = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            app,
            [page, fn = std::move(fn)]() mutable {
                if (page) fn(page.data());
            },
            Qt::QueuedConnection);
}

QString infoText(const remote::ServerInfo& info) {
    const QLocale locale;
    QStringList lines;
    lines << ServicesPage::tr("Connected: Werkbank service %1.")
                 .arg(QString::fromStdString(info.version));
    lines << ServicesPage::tr("Region: %1 (%2).")
                 .arg(QString::fromStdString(info.region),
                      QString::fromStdString(info.jurisdiction));
    QStringList backends;
    for (const std::string& b : info.backends)
        backends << (b == "cuda"  ? ServicesPage::tr("GPU (CUDA)")
                     : b == "cpu" ? ServicesPage::tr("CPU")
                                  : QString::fromStdString(b));
    lines << ServicesPage::tr("Backends: %1.").arg(backends.join(QStringLiteral(", ")));
    for (const auto& [name, memory] : info.gpus)
        lines << ServicesPage::tr("GPU: %1, %2.")
                     .arg(QString::fromStdString(name), locale.formattedDataSize(qint64(memory)));
    lines << ServicesPage::tr("Limits: %n job(s) at once, uploads up to %1, up to %2 voxels, "
                              "%3 of memory.",
                              nullptr, int(info.maxConcurrentJobs))
                 .arg(locale.formattedDataSize(qint64(info.maxUploadBytes)),
                      locale.toString(qulonglong(info.maxVoxels)),
                      locale.formattedDataSize(qint64(info.maxMemoryBytes)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ServicesPage::ServicesPage(QWidget* parent) : QWidget(parent), m_services(Services::remotes()) {
    setObjectName(QStringLiteral("ServicesPage"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ServiceList"));
    left->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    auto addRow = [&](QLineEdit*& edit, const char* name, bool browse) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        m_labels << label;
        connect(edit, &QLineEdit::textEdited, this, &ServicesPage::storeField);
        if (!browse) return form->addRow(label, edit);
        auto* row = new QHBoxLayout;
        auto* button = new QPushButton(this);
        m_browse << button;
        row->addWidget(edit);
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, edit] {
            const QString file = QFileDialog::getOpenFileName(this, QString(), edit->text());
            if (file.isEmpty()) return;
            edit->setText(file);
            storeField();
        });
        form->addRow(label, row);
    };
    addRow(m_name, "serviceName", false);
    addRow(m_address, "serviceAddress", false);
    addRow(m_ca, "serviceCaFile", true);
    addRow(m_cert, "serviceCertFile", true);
    addRow(m_key, "serviceKeyFile", true);
    addRow(m_token, "serviceTokenFile", true);
    addRow(m_region, "serviceRegion", false);
    m_localNote = new QLabel(this);
    m_localNote->setWordWrap(true);
    m_tokenWarning = new QLabel(this);
    m_tokenWarning->setObjectName(QStringLiteral("TokenWarning"));
    m_tokenWarning->setWordWrap(true);
    m_tokenWarning->setStyleSheet(QStringLiteral("color: #b35900"));
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("TestConnection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("TestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000"));
    right->addWidget(m_localNote);
    right->addLayout(form);
    right->addWidget(m_tokenWarning);
    right->addWidget(m_test, 0, Qt::AlignLeft);
    right->addWidget(m_result);
    right->addStretch(1);
    right->addWidget(m_error);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &ServicesPage::loadSelected);
    connect(m_add, &QPushButton::clicked, this, [this] {
        ServiceConfig s;
        s.name = tr("Service %1").arg(m_services.size() + 1);
        m_services.append(s);
        fillList();
        m_list->setCurrentRow(int(m_services.size()));
        m_address->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int i = selectedRemote();
        if (i < 0) return;
        m_services.removeAt(i);
        fillList();
        m_list->setCurrentRow(std::min(i + 1, int(m_services.size())));
    });
    connect(m_test, &QPushButton::clicked, this, &ServicesPage::testConnection);
    retranslate();
    fillList();
    m_list->setCurrentRow(0);
}

ServicesPage::~ServicesPage() {
    // A test in flight may wait for its deadline: let its client go on a worker thread.
    if (m_testClient)
        QThreadPool::globalInstance()->start(
            [client = std::move(m_testClient)]() mutable { client.reset(); });
}

void ServicesPage::retranslate() {
    const char* labels[] = {QT_TR_NOOP("&Name:"),       QT_TR_NOOP("&Address:"),
                            QT_TR_NOOP("&CA file:"),    QT_TR_NOOP("Client c&ertificate:"),
                            QT_TR_NOOP("Client &key:"), QT_TR_NOOP("&Token file:"),
                            QT_TR_NOOP("&Region:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(tr(labels[i]));
    for (QPushButton* b : m_browse)
        b->setText(tr("Browse…"));
    m_address->setPlaceholderText(tr("host:port"));
    m_ca->setToolTip(tr("The CA certificate (PEM) that signed the service's certificate. "
                        "Needed for a token."));
    m_token->setToolTip(tr("A file that holds the token; Werkbank stores only its path."));
    m_region->setPlaceholderText(tr("e.g. Frankfurt"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("Re&move"));
    m_test->setText(tr("&Test Connection"));
    m_localNote->setText(tr("The local service runs on this computer, starts when a job needs "
                            "it and stops with Werkbank. It is always available."));
    if (m_list->count() > 0) m_list->item(0)->setText(Services::displayName({}));
}

void ServicesPage::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void ServicesPage::fillList() {
    const int row = m_list->currentRow();
    m_loading = true;
    m_list->clear();
    m_list->addItem(Services::displayName({}));
    for (const ServiceConfig& s : m_services)
        m_list->addItem(s.name);
    m_loading = false;
    m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    loadSelected();
}

int ServicesPage::selectedRemote() const {
    const int row = m_list->currentRow();
    return row >= 1 && row <= m_services.size() ? row - 1 : -1;
}

ServiceConfig ServicesPage::selected() const {
    const int i = selectedRemote();
    if (i >= 0) return m_services[i];
    ServiceConfig local;
    local.name = Services::kLocal;
    return local;
}

void ServicesPage::selectService(const QString& name) {
    for (int i = 0; i < m_services.size(); ++i)
        if (m_services[i].name == name) return m_list->setCurrentRow(i + 1);
    m_list->setCurrentRow(0);
}

void ServicesPage::loadSelected() {
    if (m_loading) return;
    m_loading = true;
    const int i = selectedRemote();
    const ServiceConfig s = selected();
    const bool remote = i >= 0;
    for (QLineEdit* edit : {m_name, m_address, m_ca, m_cert, m_key, m_token, m_region})
        edit->setEnabled(remote);
    for (QPushButton* b : m_browse)
        b->setEnabled(remote);
    m_remove->setEnabled(remote);
    m_localNote->setVisible(!remote);
    m_name->setText(remote ? s.name : Services::displayName(s));
    m_address->setText(s.address);
    m_ca->setText(s.caFile);
    m_cert->setText(s.certFile);
    m_key->setText(s.keyFile);
    m_token->setText(s.tokenFile);
    m_region->setText(s.region);
    m_result->clear();
    m_loading = false;
    updateWarning();
}

void ServicesPage::storeField() {
    const int i = selectedRemote();
    if (m_loading || i < 0) return;
    ServiceConfig& s = m_services[i];
    s.name = m_name->text().trimmed();
    s.address = m_address->text().trimmed();
    s.caFile = m_ca->text().trimmed();
    s.certFile = m_cert->text().trimmed();
    s.keyFile = m_key->text().trimmed();
    s.tokenFile = m_token->text().trimmed();
    s.region = m_region->text().trimmed();
    m_list->item(i + 1)->setText(s.name);
    m_error->clear();
    updateWarning();
}

void ServicesPage::updateWarning() {
    const QString warning = Services::tokenFileWarning(m_token->text().trimmed());
    m_tokenWarning->setText(warning);
    m_tokenWarning->setVisible(!warning.isEmpty());
}

bool ServicesPage::apply() {
    const QString problem = Services::validate(m_services);
    m_error->setText(problem);
    if (!problem.isEmpty()) return false;
    Services::setRemotes(m_services);
    return true;
}

QString ServicesPage::testResult() const {
    return m_result->text();
}

void ServicesPage::testConnection() {
    if (m_testing) return;
    auto options = Services::connectionOptions(selected());
    if (!options) return showInfo(std::unexpected(options.error()));
    options->callTimeout = std::chrono::seconds(10);
    m_testing = true;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    QPointer<ServicesPage> page(this);
    // Starting the local service takes a moment: never on the GUI thread.
    QThreadPool::globalInstance()->start([page, options = *options] {
        auto client = remote::Client::create(options);
        postToPage(page, [client](ServicesPage* p) {
            if (!client) return p->showInfo(std::unexpected(client.error()));
            p->m_testClient = *client;
            QPointer<ServicesPage> again(p);
            (*client)->serverInfo([again](core::Result<remote::ServerInfo> info) {
                postToPage(again, [info](ServicesPage* q) { q->showInfo(info); });
            });
        });
    });
}

void ServicesPage::showInfo(const core::Result<remote::ServerInfo>& info) {
    m_testing = false;
    m_test->setEnabled(true);
    if (m_testClient)
        QThreadPool::globalInstance()->start(
            [client = std::move(m_testClient)]() mutable { client.reset(); });
    m_testClient.reset();
    m_result->setText(info ? infoText(*info) : ErrorText::message(info.error()));
    emit testFinished(info.has_value());
}

} // namespace wb::app
