#pragma once
/// Preferences › Services: the local service (always there) and named remote services with
/// address, CA file, optional client certificate and key, token file and region; "Test
/// connection" asks the service for its version, region, backends, GPUs and limits.

#include "services.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wb::app {

class ServicesPage : public QWidget {
    Q_OBJECT
public:
    explicit ServicesPage(QWidget* parent = nullptr);
    ~ServicesPage() override;

    /// Stores the remote services; false (and the reason shown) when they are not valid.
    bool apply();
    /// The remote services as edited (not yet stored).
    QList<ServiceConfig> services() const { return m_services; }
    /// Selects the row of `name` (Services::kLocal for the local service).
    void selectService(const QString& name);
    /// Asks the selected service for its information; the outcome appears in testResult().
    void testConnection();
    /// The outcome of the last test (translated), empty while it runs.
    QString testResult() const;
    bool isTesting() const { return m_testing; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* caEdit() const { return m_ca; }
    QLineEdit* certEdit() const { return m_cert; }
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* tokenEdit() const { return m_token; }
    QLineEdit* regionEdit() const { return m_region; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* tokenWarning() const { return m_tokenWarning; }

signals:
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    void fillList();
    void loadSelected();
    void storeField();
    void updateWarning();
    void showInfo(const core::Result<remote::ServerInfo>& info);
    ServiceConfig selected() const;
    int selectedRemote() const; ///< index in m_services, -1 for the local service

    QList<ServiceConfig> m_services;
    QListWidget* m_list;
    QLineEdit *m_name, *m_address, *m_ca, *m_cert, *m_key, *m_token, *m_region;
    QList<QLabel*> m_labels;
    QLabel *m_localNote, *m_tokenWarning, *m_result, *m_error;
    QPushButton *m_add, *m_remove, *m_test;
    QList<QPushButton*> m_browse;
    bool m_loading = false, m_testing = false;
    std::shared_ptr<remote::Client> m_testClient;
};

} // namespace wb::app
