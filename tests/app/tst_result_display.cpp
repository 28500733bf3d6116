// A solved result shown on the model in the main window's viewport: the result folder written
// by the solver's writer, read and sampled by ResultDisplay, coloured in the viewport with the
// legend over it; switching field, unit system and deformation; bad folders; legend clicks.
#include "app/main_window.h"
#include "app/preferences.h"
#include "app/result_display.h"
#include "app/result_legend.h"
#include "app/viewport_widget.h"
#include "app_test_support.h"

#include "core/sim/result_folder.h"
#include "core/sim/result_view.h"
#include "core/sim/solve.h"
#include "core/sim/stl_reader.h"
#include "core/sim/study_json.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <cmath>

using namespace wb::app;
using namespace wb::sim;

namespace {

wb::core::Mesh box(double x, double y, double z) {
    wb::core::Mesh m;
    m.positions = {0, 0,        0,        float(x), 0,        0,        0,        float(y),
                   0, float(x), float(y), 0,        0,        0,        float(z), float(x),
                   0, float(z), 0,        float(y), float(z), float(x), float(y), float(z)};
    m.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4,
                 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
    return m;
}

std::string plane(double x) {
    return "{\"box\":{\"min\":[" + formatNumber(x - 1e-6) + ",-1,-1],\"max\":[" +
           formatNumber(x + 1e-6) + ",1,1]}}";
}

/// A cantilever 100 x 10 x 10 mm, fixed at x = 0, pushed down at x = 100 mm.
std::string cantilever() {
    return "{\"format\":\"werkbank-study\",\"version\":1,\"name\":\"t\",\"analysis\":"
           "\"static_structural\",\"geometry\":{\"file\":\"beam.stl\",\"length_unit\":\"mm\"},"
           "\"mesh\":{\"voxel_size\":0.0025},\"materials\":[{\"parts\":\"*\",\"material\":"
           "\"structural_steel\"}],\"supports\":[{\"type\":\"fixed\",\"select\":" +
           plane(0) +
           "}],\"loads\":[{\"type\":\"force\",\"vector\":[0,0,-1000],\"select\":" + plane(0.1) +
           "}],\"probes\":[]}";
}

/// Whether `pixel` is `colour` under a light factor between 0.65 and 1 (the result shading:
/// exact where the surface faces the viewer, darker where it turns away).
bool litColour(QRgb pixel, QRgb colour) {
    const int brightest = std::max({qRed(colour), qGreen(colour), qBlue(colour)});
    const int channel = brightest == qRed(colour)     ? qRed(pixel)
                        : brightest == qGreen(colour) ? qGreen(pixel)
                                                      : qBlue(pixel);
    const double f = double(channel) / std::max(brightest, 1);
    if (f < 0.65 || f > 1.01) return false;
    return std::abs(qRed(pixel) - qRed(colour) * f) <= 4 &&
           std::abs(qGreen(pixel) - qGreen(colour) * f) <= 4 &&
           std::abs(qBlue(pixel) - qBlue(colour) * f) <= 4;
}

int countColour(const QImage& image, QRgb colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += litColour(image.pixel(x, y), colour);
    return n;
}

/// Equal up to the field file's single precision.
bool close(double a, double b) {
    return std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b));
}

QString maxLine(double value, const char* unit) {
    return QStringLiteral("Max: %1 %2").arg(QString::number(value, 'g', 4), QLatin1String(unit));
}

} // namespace

class TestResultDisplay : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SolveResult m_result;
    QString m_resultDir;

    bool waitShown(ResultDisplay* display) {
        if (!display->isBusy()) return true;
        QSignalSpy updated(display, &ResultDisplay::displayUpdated);
        return updated.wait(60000);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath("data").toUtf8());
        qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toUtf8());
        QCoreApplication::setOrganizationName("Werkbank");
        QCoreApplication::setApplicationName("Werkbank");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Preferences::setUnitSystem(UnitSystem::MillimetreNewtonMegapascal);
        QVERIFY(writeStl(m_dir.filePath("beam.stl").toStdString(), box(100, 10, 10)).has_value());
        auto study = parseStudy(cantilever());
        QVERIFY2(study.has_value(), study ? "" : study.error().toString().c_str());
        study->baseDir = m_dir.path().toStdString();
        auto solved = solve(*study);
        QVERIFY2(solved.has_value(), solved ? "" : solved.error().toString().c_str());
        m_result = *solved;
        m_resultDir = m_dir.filePath("result");
        QVERIFY(writeResultFolder(m_result, m_resultDir.toStdString()).has_value());
    }

    void cleanup() { Preferences::setUnitSystem(UnitSystem::MillimetreNewtonMegapascal); }

    void resultOnTheModel() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({m_dir.filePath("beam.stl")}, MainWindow::OpenMode::Replace);
        QVERIFY(wb::app::test::waitImports(w));
        ViewportWidget* viewport = w.viewport();
        viewport->setStandardView(wb::render::StandardView::Top);
        QTest::qWait(50);
        const QImage plain = viewport->grabFramebuffer();

        ResultDisplay* display = w.resultDisplay();
        QVERIFY(display);
        QSignalSpy loaded(display, &ResultDisplay::loaded);
        display->open(m_resultDir);
        QVERIFY(loaded.wait(60000));
        QVERIFY(waitShown(display));
        QVERIFY(viewport->hasResult());
        QVERIFY(display->toolBar()->isVisible());

        // The first view of a structural result: the displacement's magnitude, in mm.
        const ScalarView first = scalarViews(m_result).front();
        QCOMPARE(QString::fromStdString(display->currentView().id()),
                 QString::fromStdString(first.id()));
        const ScalarRange range = scalarRange(m_result, first);
        QVERIFY(range.valid && range.max > 0);
        ResultLegend* legend = display->legend();
        QVERIFY(legend->isVisible());
        QCOMPARE(legend->titleText(), ResultLegend::viewName(first) + " [mm]");
        QCOMPARE(legend->note(), QString()); // displacements are never singular
        QCOMPARE(legend->maxText(), maxLine(range.max * 1e3, "mm"));

        // The viewport shows the colour of the maximum (the free end), which the plain model
        // does not have.
        const wb::render::ColourScale scale = display->colourScale();
        const QRgb top = scale.colour(scale.max);
        QCOMPARE(countColour(plain, top), 0);
        QVERIFY(countColour(viewport->grabFramebuffer(), top) > 20);

        // Switching the field through the toolbar's field box.
        auto* fields = display->toolBar()->findChild<QComboBox*>("resultField");
        QVERIFY(fields);
        const int vm = fields->findData(QStringLiteral("von_mises"));
        QVERIFY(vm >= 0);
        fields->setCurrentIndex(vm);
        emit fields->activated(vm);
        QVERIFY(waitShown(display));
        const ScalarRange stress = scalarRange(m_result, *findScalarView(m_result, "von_mises"));
        QCOMPARE(legend->titleText(), QString("Von Mises stress [MPa]"));
        QCOMPARE(legend->maxText(), maxLine(stress.max / 1e6, "MPa"));
        QVERIFY(close(display->colourScale().max, stress.max));
        // result.json's note on a maximum that depends on the voxel size reaches the legend.
        std::string singular;
        for (const FieldExtreme& e : m_result.max)
            if (e.field == "von_mises") singular = e.singular;
        QCOMPARE(legend->note(), ResultLegend::singularNote(singular));
        qInfo() << "von Mises maximum singular:" << QString::fromStdString(singular);

        // The unit system changes the legend.
        Preferences::setUnitSystem(UnitSystem::InchPound);
        QCOMPARE(legend->titleText(), QString("Von Mises stress [psi]"));
        QVERIFY2(legend->maxText().endsWith(" psi"), qPrintable(legend->maxText()));

        // Bands and a typed range.
        display->setBands(0);
        QCOMPARE(display->colourScale().bands, 0);
        display->setRange(0.0, stress.max / 2);
        QCOMPARE(display->rangeMode(), ResultDisplay::RangeMode::Custom);
        QVERIFY(close(display->colourScale().max, stress.max / 2));
        display->setRangeMode(ResultDisplay::RangeMode::Automatic);
        QVERIFY(close(display->colourScale().max, stress.max));
    }

    void deformationAndExtremes() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({m_dir.filePath("beam.stl")}, MainWindow::OpenMode::Replace);
        QVERIFY(wb::app::test::waitImports(w));
        ViewportWidget* viewport = w.viewport();
        viewport->setStandardView(wb::render::StandardView::Front);
        ResultDisplay* display = w.resultDisplay();
        QSignalSpy loaded(display, &ResultDisplay::loaded);
        display->open(m_resultDir);
        QVERIFY(loaded.wait(60000));
        QVERIFY(waitShown(display));

        // Automatic: the largest displacement is 5% of the model's diagonal.
        const auto scene = viewport->assembly();
        const double diagonal = scene->bbox().diagonal() * scene->metresPerUnit();
        const double automatic = autoDeformationScale(m_result, diagonal);
        QVERIFY(automatic > 1);
        QVERIFY(close(display->automaticDeformationScale(), automatic));
        QCOMPARE(display->deformationScale(), display->automaticDeformationScale());
        QCOMPARE(viewport->deformationScale(), display->automaticDeformationScale());
        const QImage deformed = viewport->grabFramebuffer();
        display->setDeformation(ResultDisplay::Deformation::Undeformed);
        QCOMPARE(viewport->deformationScale(), 0.0);
        const QImage undeformed = viewport->grabFramebuffer();
        QVERIFY(deformed != undeformed);
        display->setDeformation(ResultDisplay::Deformation::Actual);
        QCOMPARE(display->deformationScale(), 1.0);
        display->setDeformation(ResultDisplay::Deformation::FiveAuto);
        QCOMPARE(display->deformationScale(), 5 * display->automaticDeformationScale());

        // Clicking the legend's maximum turns the view to its place.
        // (The field file's single precision may pick another node of a near tie than the
        // solver's doubles: take the place from the result shown.)
        QVERIFY(display->result());
        const ScalarRange range = scalarRange(*display->result(), display->currentView());
        const double unit = scene->metresPerUnit();
        const QVector3D maxAt(float(range.maxAt[0] / unit), float(range.maxAt[1] / unit),
                              float(range.maxAt[2] / unit));
        const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
        QVERIFY((viewport->project(maxAt) - centre).manhattanLength() > 20);
        emit display->legend()->extremeClicked(true);
        QVERIFY2((viewport->project(maxAt) - centre).manhattanLength() < 2,
                 qPrintable(QStringLiteral("%1 %2 centre %3 %4")
                                .arg(viewport->project(maxAt).x())
                                .arg(viewport->project(maxAt).y())
                                .arg(centre.x())
                                .arg(centre.y())));

        // A folder without a field file, and a damaged one: a clear error, the model and the
        // result shown stay.
        QSignalSpy failed(display, &ResultDisplay::failed);
        QTemporaryDir empty;
        display->open(empty.path());
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.last().at(0).toString().contains("fields.wbf"),
                 qPrintable(failed.last().at(0).toString()));
        QVERIFY(viewport->assembly() && viewport->hasResult());
        QFile bad(empty.filePath("fields.wbf"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("WBF1 this is not a field file");
        bad.close();
        display->open(empty.path());
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.last().at(0).toString().contains("cannot be read"),
                 qPrintable(failed.last().at(0).toString()));
        QCOMPARE(display->errorText(), failed.last().at(0).toString());
        QCOMPARE(display->resultDir(), m_resultDir);

        display->close();
        QVERIFY(!viewport->hasResult());
        QVERIFY(!display->legend()->isVisible());
        QCOMPARE(viewport->deformationScale(), 0.0);
        QVERIFY(viewport->assembly());
    }
};

QTEST_MAIN(TestResultDisplay)
#include "tst_result_display.moc"
