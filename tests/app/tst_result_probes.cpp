// Probes on a solved result in the main window: hover values on and off the model, probes
// pinned by clicks in probe mode (values against sampleFields, result.json's probe and its
// extremes), on the deformed shape, renamed and deleted, CSV (RFC 4180, '.' decimals under a
// German locale) and the clipboard (the locale's decimal comma), and probes kept in the
// project across save and reopen.
#include "app/main_window.h"
#include "app/preferences.h"
#include "app/probe_markers.h"
#include "app/probe_table.h"
#include "app/probe_tool.h"
#include "app/probes_dock.h"
#include "app/project_session.h"
#include "app/quantity_format.h"
#include "app/result_display.h"
#include "app/result_legend.h"
#include "app/viewport_widget.h"
#include "app_test_support.h"

#include "core/sim/postprocess.h"
#include "core/sim/project.h"
#include "core/sim/result_folder.h"
#include "core/sim/result_probe.h"
#include "core/sim/result_summary.h"
#include "core/sim/stl_reader.h"
#include "core/sim/study_json.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <algorithm>
#include <cmath>

using namespace wb::app;
using namespace wb::sim;

namespace {

/// The surface of a box from the origin to (x, y, z), each side cut into squares of about
/// `step`, so that the deformed shape drawn bends as the beam does.
wb::core::Mesh box(double x, double y, double z, double step) {
    wb::core::Mesh m;
    const double size[3] = {x, y, z};
    auto vertex = [&](const double p[3]) {
        for (int a = 0; a < 3; ++a)
            m.positions.push_back(float(p[a]));
        return std::uint32_t(m.positions.size() / 3 - 1);
    };
    for (int axis = 0; axis < 3; ++axis) {
        const int u = (axis + 1) % 3, v = (axis + 2) % 3;
        const int nu = std::max(1, int(std::lround(size[u] / step)));
        const int nv = std::max(1, int(std::lround(size[v] / step)));
        for (int side = 0; side < 2; ++side)
            for (int i = 0; i < nu; ++i)
                for (int j = 0; j < nv; ++j) {
                    std::uint32_t c[4];
                    for (int k = 0; k < 4; ++k) {
                        double p[3];
                        p[axis] = side * size[axis];
                        p[u] = size[u] * (i + (k == 1 || k == 2)) / nu;
                        p[v] = size[v] * (j + (k >= 2)) / nv;
                        c[k] = vertex(p);
                    }
                    // outward normals: counter-clockwise seen from outside
                    if (side == 1)
                        m.indices.insert(m.indices.end(), {c[0], c[1], c[2], c[0], c[2], c[3]});
                    else
                        m.indices.insert(m.indices.end(), {c[0], c[2], c[1], c[0], c[3], c[2]});
                }
    }
    return m;
}

std::string plane(double x) {
    return "{\"box\":{\"min\":[" + formatNumber(x - 1e-6) + ",-1,-1],\"max\":[" +
           formatNumber(x + 1e-6) + ",1,1]}}";
}

/// A cantilever 100 x 10 x 10 mm, fixed at x = 0, pushed down at x = 100 mm, with a probe
/// of the study halfway along it.
std::string cantilever() {
    return "{\"format\":\"werkbank-study\",\"version\":1,\"name\":\"t\",\"analysis\":"
           "\"static_structural\",\"geometry\":{\"file\":\"solid.stl\",\"length_unit\":\"mm\"},"
           "\"mesh\":{\"voxel_size\":0.0025},\"materials\":[{\"parts\":\"*\",\"material\":"
           "\"structural_steel\"}],\"supports\":[{\"type\":\"fixed\",\"select\":" +
           plane(0) +
           "}],\"loads\":[{\"type\":\"force\",\"vector\":[0,0,-1000],\"select\":" + plane(0.1) +
           "}],\"probes\":[{\"name\":\"mid\",\"point\":[0.05,0.005,0.005]}]}";
}

/// Equal up to the field file's single precision, relative to `scale`.
bool nearValue(double a, double b, double scale) {
    return std::abs(a - b) <= 1e-5 * std::max(std::abs(scale), 1e-300);
}

double distance(const Point3& a, const Point3& b) {
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/// A mouse move without buttons, as mouse tracking delivers it.
void hover(QWidget* w, QPoint pos) {
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(w->mapToGlobal(pos)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &move);
}

/// RFC 4180 read strictly: records end in CRLF (the last one too), a field is plain (no
/// quote, CR or LF) or quoted with doubled quotes inside. Empty on any violation.
std::vector<QStringList> parseCsv(const QByteArray& bytes) {
    std::vector<QStringList> records;
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        if (bytes[i] == '"') {
            ++i;
            for (;;) {
                if (i >= n) return {};
                if (bytes[i] == '"') {
                    if (i + 1 < n && bytes[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += bytes[i++];
            }
        } else {
            while (i < n && bytes[i] != ',' && bytes[i] != '\r') {
                if (bytes[i] == '"' || bytes[i] == '\n') return {};
                field += bytes[i++];
            }
        }
        record << QString::fromUtf8(field);
        field.clear();
        if (i < n && bytes[i] == ',') {
            ++i;
            continue;
        }
        if (i + 1 >= n || bytes[i] != '\r' || bytes[i + 1] != '\n') return {};
        i += 2;
        records.push_back(record);
        record.clear();
    }
    return records;
}

} // namespace

class TestResultProbes : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SolveResult m_result;
    ResultSummary m_summary;
    QString m_resultDir;

    /// Opens the beam and its result in `w`, seen from the top, undeformed.
    bool openResult(MainWindow& w) {
        w.resize(1200, 800);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w)) return false;
        w.openFiles({m_dir.filePath("beam.stl")}, MainWindow::OpenMode::Replace);
        if (!wb::app::test::waitImports(w)) return false;
        ResultDisplay* display = w.resultDisplay();
        QSignalSpy loaded(display, &ResultDisplay::loaded);
        display->open(m_resultDir);
        if (!loaded.wait(60000)) return false;
        if (display->isBusy()) {
            QSignalSpy updated(display, &ResultDisplay::displayUpdated);
            if (!updated.wait(60000)) return false;
        }
        display->setDeformation(ResultDisplay::Deformation::Undeformed);
        w.viewport()->setStandardView(wb::render::StandardView::Top);
        QTest::qWait(50);
        return true;
    }

    /// Where a model point (metres) appears in the viewport.
    static QPoint screen(MainWindow& w, const Point3& p, double scale = 0,
                         const std::vector<double>& u = {0, 0, 0}) {
        const double unit = w.viewport()->assembly()->metresPerUnit();
        return w.viewport()
            ->project(QVector3D(float((p[0] + scale * u[0]) / unit),
                                float((p[1] + scale * u[1]) / unit),
                                float((p[2] + scale * u[2]) / unit)))
            .toPoint();
    }

private slots:
    void initTestCase() {
        QVERIFY(wb::app::test::useHome(m_dir));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Preferences::setUnitSystem(UnitSystem::MillimetreNewtonMegapascal);
        // The solver reads the beam as 12 triangles; the window shows it finely cut (the same
        // solid), so that the deformed shape drawn bends as the beam does.
        QVERIFY(
            writeStl(m_dir.filePath("solid.stl").toStdString(), box(100, 10, 10, 100)).has_value());
        QVERIFY(
            writeStl(m_dir.filePath("beam.stl").toStdString(), box(100, 10, 10, 1.25)).has_value());
        auto study = parseStudy(cantilever());
        QVERIFY2(study.has_value(), study ? "" : study.error().toString().c_str());
        study->baseDir = m_dir.path().toStdString();
        auto solved = solve(*study);
        QVERIFY2(solved.has_value(), solved ? "" : solved.error().toString().c_str());
        m_result = *solved;
        m_resultDir = m_dir.filePath("result");
        QVERIFY(writeResultFolder(m_result, m_resultDir.toStdString()).has_value());
        auto summary = loadResultSummary(m_resultDir.toStdString());
        QVERIFY(summary.has_value());
        m_summary = *summary;
        QCOMPARE(m_summary.probes.size(), std::size_t(1));
    }

    void cleanup() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Preferences::setUnitSystem(UnitSystem::MillimetreNewtonMegapascal);
    }

    void hoverValue() {
        MainWindow w;
        QVERIFY(openResult(w));
        ViewportWidget* viewport = w.viewport();
        ProbeTool* tool = w.resultDisplay()->probeTool();
        QVERIFY(viewport->hasMouseTracking());
        const Point3 top{0.05, 0.005, 0.01};
        const QPoint on = screen(w, top);
        hover(viewport, on);
        QTRY_VERIFY_WITH_TIMEOUT(!tool->hoverText().isEmpty(), 5000);
        // The value of the view shown (displacement magnitude, mm) at the point picked.
        const auto point = tool->pointAt(on);
        QVERIFY(point);
        QVERIFY2(distance(*point, top) < 0.5e-3,
                 qPrintable(QString::number(distance(*point, top))));
        const ScalarView view = w.resultDisplay()->currentView();
        const double value = probeValues(*w.resultDisplay()->result(), {view}, *point).front();
        QVERIFY(std::isfinite(value) && value > 0);
        const QString expected = ResultLegend::viewName(view) + ": " +
                                 formatQuantity(value, view.quantity, QLocale(),
                                                UnitSystem::MillimetreNewtonMegapascal, 4);
        QCOMPARE(tool->hoverText(), expected);
        QVERIFY(expected.endsWith(" mm"));
        // Another view: its value and unit.
        QVERIFY(w.resultDisplay()->setView("von_mises"));
        hover(viewport, on + QPoint(1, 0));
        QTRY_VERIFY_WITH_TIMEOUT(tool->hoverText().endsWith(" MPa"), 5000);
        // Off the model: nothing.
        hover(viewport, QPoint(5, 5));
        QTRY_VERIFY_WITH_TIMEOUT(tool->hoverText().isEmpty(), 5000);
        QCOMPARE(tool->hoverTextAt(QPoint(5, 5)), QString());
        QVERIFY(!tool->pointAt(QPoint(5, 5)));
        // Without a result there is no hover value and no mouse tracking.
        w.resultDisplay()->close();
        QVERIFY(!viewport->hasMouseTracking());
        QCOMPARE(tool->hoverTextAt(on), QString());
    }

    void pinnedProbes() {
        MainWindow w;
        QVERIFY(openResult(w));
        ViewportWidget* viewport = w.viewport();
        ResultDisplay* display = w.resultDisplay();
        ProbeTool* tool = display->probeTool();
        ProbeTable* table = tool->table();
        auto* dock = w.findChild<ProbesDock*>("ProbesDock");
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QCOMPARE(table->rowCount(), 0);

        // Outside probe mode a click selects; in probe mode it pins a probe and keeps the
        // selection.
        const Point3 top{0.05, 0.005, 0.01};
        const QPoint on = screen(w, top);
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, on);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!w.selectedNodes().empty());
        QAction* mode = tool->probeModeAction();
        QVERIFY(mode->isEnabled());
        QVERIFY(display->toolBar()->actions().contains(mode));
        QCOMPARE(mode->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        mode->trigger();
        QVERIFY(tool->probeMode());
        w.selectNode(-1);
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, on);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(w.selectedNodes().empty());
        QVERIFY(dock->isVisible());
        QVERIFY(w.projectSession()->isModified());
        QCOMPARE(w.projectSession()->resultProbes(), table->probes());
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, QPoint(5, 5)); // background
        QCOMPARE(table->rowCount(), 1);

        // The probe's values are sampleFields' at its point, every view.
        const Point3 p = table->probes()[0].point;
        QVERIFY2(distance(p, top) < 0.5e-3, qPrintable(QString::number(distance(p, top))));
        QCOMPARE(QString::fromStdString(table->probes()[0].name), QString("Probe 1"));
        const SolveResult& shown = *display->result();
        const auto fields = sampleFields(*shown.model, shown.fields, p);
        QCOMPARE(table->views().size(), scalarViews(shown).size());
        int compared = 0;
        for (const auto& [field, values] : fields) {
            for (const ScalarView& view : table->views()) {
                if (view.field != field) continue;
                const double expected =
                    reduceComponents(values.data(), int(values.size()), view.reduction);
                const double got = table->value(0, QString::fromStdString(view.id()));
                QVERIFY2(std::abs(got - expected) <= 1e-12 * std::abs(expected),
                         qPrintable(QString::fromStdString(view.id())));
                ++compared;
            }
        }
        QCOMPARE(compared, int(table->views().size()));
        QCOMPARE(table->columnCount(), ProbeTable::FirstViewColumn + compared);
        QCOMPARE(table->headerData(ProbeTable::FirstViewColumn + 4, Qt::Horizontal).toString(),
                 QString("Von Mises stress [MPa]"));

        // At result.json's probe: its values, field by field.
        const ProbeResult& mid = m_summary.probes.front();
        const int row = table->add(mid.point, "mid");
        for (const auto& [field, values] : mid.values) {
            double scale = 0;
            for (double v : values)
                scale = std::max(scale, std::abs(v));
            if (field == "principal_stress") {
                QVERIFY(nearValue(table->value(row, "principal_stress.max"), values[0], scale));
                QVERIFY(nearValue(table->value(row, "principal_stress.min"), values[2], scale));
            } else if (values.size() == 3) {
                const char* axes[] = {".x", ".y", ".z"};
                for (int a = 0; a < 3; ++a)
                    QVERIFY2(nearValue(table->value(row, QString::fromStdString(field) + axes[a]),
                                       values[std::size_t(a)], scale),
                             qPrintable(QString::fromStdString(field)));
            } else {
                QVERIFY2(
                    nearValue(table->value(row, QString::fromStdString(field)), values[0], scale),
                    qPrintable(QString::fromStdString(field)));
            }
        }
        // At result.json's extremes: their values.
        int extremes = 0;
        for (const auto* list : {&m_summary.max, &m_summary.min}) {
            for (const FieldExtreme& e : *list) {
                const int r = table->add(e.at);
                const QString id = QString::fromStdString(
                    e.field == "displacement" ? "displacement.magnitude" : e.field);
                QVERIFY2(nearValue(table->value(r, id), e.value,
                                   list == &m_summary.max ? e.value : std::abs(e.value) + 1e-3),
                         qPrintable(id + ": " + QString::number(table->value(r, id)) + " vs " +
                                    QString::number(e.value)));
                ++extremes;
            }
        }
        QVERIFY(extremes >= 3);

        // On the deformed shape: the probe lands on the material point under the cursor, and
        // its marker is drawn where the deformed shape shows it.
        display->setDeformation(ResultDisplay::Deformation::Automatic);
        const double scale = viewport->deformationScale();
        QVERIFY(scale > 1);
        const Point3 near{0.09, 0.005, 0.01};
        const std::vector<double> u = sampleFieldAt(shown, "displacement", near);
        QVERIFY(screen(w, near, scale, u) != screen(w, near));
        const int before = table->rowCount();
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, screen(w, near, scale, u));
        QCOMPARE(table->rowCount(), before + 1);
        const Point3 pinned = table->probes().back().point;
        QVERIFY2(distance(pinned, near) < 0.6e-3,
                 qPrintable(QString::number(distance(pinned, near))));
        auto* markers = viewport->findChild<ProbeMarkers*>("probeMarkers");
        QVERIFY(markers && markers->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(markers->positions().size(), std::size_t(table->rowCount()),
                                  5000);
        const QPointF drawn =
            screen(w, pinned, scale, sampleFieldAt(shown, "displacement", pinned));
        QVERIFY2((markers->positions().back() - drawn).manhattanLength() < 4,
                 qPrintable(QString("%1 %2 vs %3 %4")
                                .arg(markers->positions().back().x())
                                .arg(markers->positions().back().y())
                                .arg(drawn.x())
                                .arg(drawn.y())));

        // Rename (through the table, as the dock's editor does) and delete.
        QVERIFY(!table->setData(table->index(0, ProbeTable::NameColumn), "  "));
        QVERIFY(table->setData(table->index(0, ProbeTable::NameColumn), "Top face"));
        QCOMPARE(QString::fromStdString(table->probes()[0].name), QString("Top face"));
        QCOMPARE(w.projectSession()->resultProbes()[0].name, std::string("Top face"));
        dock->view()->selectRow(0);
        QCOMPARE(dock->selectedRows(), QList<int>{0});
        const int count = table->rowCount();
        const QList<QAction*> actions = dock->widget()->actions();
        auto remove = std::find_if(actions.begin(), actions.end(), [](QAction* a) {
            return a->shortcut() == QKeySequence(QKeySequence::Delete);
        });
        QVERIFY(remove != actions.end());
        QVERIFY((*remove)->isEnabled());
        (*remove)->trigger();
        QCOMPARE(table->rowCount(), count - 1);
        QCOMPARE(QString::fromStdString(table->probes()[0].name), QString("mid"));
        QCOMPARE(w.projectSession()->resultProbes().size(), std::size_t(count - 1));

        // Face pick mode and probe mode exclude each other.
        viewport->setFacePickMode(true);
        QVERIFY(!tool->probeMode());
        mode->trigger();
        QVERIFY(tool->probeMode() && !viewport->facePickMode());
        viewport->setFocus();
        QTest::keyClick(viewport, Qt::Key_Escape);
        QVERIFY(!tool->probeMode());
        mode->trigger();
        QVERIFY(tool->probeMode());
        display->close();
        QVERIFY(!tool->probeMode() && !mode->isEnabled());
        QVERIFY(!markers->isVisible());
        QCOMPARE(table->rowCount(), count - 1); // probes stay, without values
        QVERIFY(std::isnan(table->value(0, "von_mises")));
    }

    void csvAndClipboard() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        MainWindow w;
        QVERIFY(openResult(w));
        ProbeTable* table = w.resultDisplay()->probeTool()->table();
        table->add({0.05, 0.005, 0.01}, "Oben, \"Mitte\"\nzweite Zeile");
        table->add({0.0123, 0.0025, 0.0075}, "plain");
        table->add({0.05, 0.005, 0.08}); // off the model: no values
        const QString file = m_dir.filePath("probes.csv");
        QString error;
        QVERIFY2(table->exportCsv(file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const std::vector<QStringList> records = parseCsv(bytes);
        QCOMPARE(records.size(), std::size_t(4));
        const QStringList header = records[0];
        QCOMPARE(header.mid(0, 4), QStringList({"name", "x [m]", "y [m]", "z [m]"}));
        QVERIFY(header.contains("von_mises [Pa]"));
        QVERIFY(header.contains("displacement.z [m]"));
        QVERIFY(header.contains("safety_factor [1]"));
        QCOMPARE(records[1][0], QString("Oben, \"Mitte\"\nzweite Zeile"));
        QVERIFY(bytes.contains("\"Oben, \"\"Mitte\"\"\nzweite Zeile\""));
        QCOMPARE(records[2][0], QString("plain"));
        const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?(e[-+][0-9]+)?$"));
        for (int r = 1; r <= 3; ++r) {
            QCOMPARE(records[std::size_t(r)].size(), header.size());
            for (int c = 1; c < header.size(); ++c) {
                const QString cell = records[std::size_t(r)][c];
                if (r == 3 && c >= 4) {
                    QCOMPARE(cell, QString()); // off the model
                    continue;
                }
                QVERIFY2(number.match(cell).hasMatch(), qPrintable(cell));
                bool ok = false;
                const double v = QLocale::c().toDouble(cell, &ok);
                QVERIFY(ok);
                const double expected =
                    c < 4 ? table->probes()[std::size_t(r - 1)].point[std::size_t(c - 1)]
                          : table->value(r - 1, header[c].section(' ', 0, 0));
                QCOMPARE(v, expected);
            }
        }
        QCOMPARE(records[2][1], QString("0.0123"));

        // The clipboard: tab-separated, German decimal commas, the unit system's units.
        auto* dock = w.findChild<ProbesDock*>("ProbesDock");
        dock->copyTable();
        const QString text = QGuiApplication::clipboard()->text();
        QCOMPARE(text, table->clipboardText());
        const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList titles = lines[0].split('\t');
        QCOMPARE(titles.size(), header.size());
        QCOMPARE(titles[1], QString("X [mm]"));
        const int vm = int(header.indexOf("von_mises [Pa]"));
        QVERIFY2(titles[vm].endsWith("[MPa]"), qPrintable(titles[vm]));
        const QStringList plain = lines[2].split('\t');
        QCOMPARE(plain[0], QString("plain"));
        QCOMPARE(plain[1], QString("12,3"));
        QCOMPARE(plain[vm], formatNumber(table->value(1, "von_mises") / 1e6, QLocale(), 6));
        QVERIFY2(plain[vm].contains(',') && !plain[vm].contains('.'), qPrintable(plain[vm]));
        QCOMPARE(lines[1].split('\t')[0], QString("Oben, \"Mitte\" zweite Zeile"));
    }

    void probesSurviveSaveAndReopen() {
        const QString project = m_dir.filePath("probes.wbproj");
        std::vector<PinnedProbe> saved;
        {
            MainWindow w;
            QVERIFY(openResult(w));
            ProbeTable* table = w.resultDisplay()->probeTool()->table();
            table->add({0.05, 0.005, 0.01}, "A, \"first\"");
            table->add({0.0875, 0.0025, 0.01});
            saved = table->probes();
            QString error;
            QVERIFY2(w.projectSession()->saveTo(project, &error), qPrintable(error));
            QVERIFY(!w.projectSession()->isModified());
        }
        auto onDisk = loadProject(project.toStdString());
        QVERIFY(onDisk.has_value());
        QCOMPARE(onDisk->probes, saved);
        QFile raw(project);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().contains("\"result_probes\""));

        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QSignalSpy opened(&w, &MainWindow::projectOpened);
        w.openFiles({project});
        QCOMPARE(opened.count(), 1);
        QVERIFY(opened.at(0).at(1).toBool());
        QVERIFY(wb::app::test::waitImports(w));
        ProbeTable* table = w.resultDisplay()->probeTool()->table();
        QCOMPARE(table->probes(), saved);
        QVERIFY(!w.projectSession()->isModified());
        // With the result open again, they have their values.
        QSignalSpy loaded(w.resultDisplay(), &ResultDisplay::loaded);
        w.resultDisplay()->open(m_resultDir);
        QVERIFY(loaded.wait(60000));
        QVERIFY(std::isfinite(table->value(0, "von_mises")));
        QVERIFY(std::isfinite(table->value(1, "displacement.z")));
        // A new project has none.
        w.projectSession()->newProject();
        QCOMPARE(table->rowCount(), 0);
    }
};

QTEST_MAIN(TestResultProbes)
#include "tst_result_probes.moc"
