// A result folder opened in the main window on its own (a thermal bar solved for real, its STL
// removed), and File › Export Image: the view at any size, with the legend drawn in while a
// result is shown and without it once the result is closed.
#include "../support/result_box.h"
#include "app/export_image.h"
#include "app/main_window.h"
#include "app/preferences.h"
#include "app/result_display.h"
#include "app/result_legend.h"
#include "app/viewport_widget.h"
#include "app_test_support.h"

#include "core/sim/result_folder.h"
#include "core/sim/solve.h"
#include "core/sim/study_json.h"
#include "render/legend_painter.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace wb;

namespace {

bool near(QRgb a, QRgb b) {
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
               std::abs(qBlue(a) - qBlue(b)) <=
           24;
}

/// Where paintLegendOnImage puts the legend's bar in an image of `size` drawn for a viewport
/// of `viewportPixels`.
QRect legendBar(const render::LegendContent& content, QSize size, QSize viewportPixels) {
    const double s = std::max(1.0, std::min(double(size.width()) / viewportPixels.width(),
                                            double(size.height()) / viewportPixels.height()));
    const render::LegendLayout l = render::legendLayout(content, QFont());
    const QPointF at(size.width() - 8 * s - l.size.width() * s, 8 * s);
    return QRectF(at + QPointF(l.bar.topLeft()) * s, QSizeF(l.bar.size()) * s).toRect();
}

} // namespace

class TestExportImage : public QObject {
    Q_OBJECT
    QTemporaryDir m_home, m_dir;
    QString m_result;

private slots:
    void initTestCase() {
        QVERIFY(app::test::useHome(m_home));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QFile stl(m_dir.filePath("bar.stl"));
        QVERIFY(stl.open(QIODevice::WriteOnly));
        stl.write(test::boxStl(100, 20, 20));
        stl.close();
        auto study = sim::parseStudy(test::thermalBarStudy().toStdString());
        QVERIFY(study.has_value());
        study->baseDir = m_dir.path().toStdString();
        auto solved = sim::solve(*study);
        QVERIFY(solved.has_value());
        m_result = m_dir.filePath("result");
        QVERIFY(sim::writeResultFolder(*solved, m_result.toStdString()).has_value());
        QVERIFY(QFile::remove(m_dir.filePath("bar.stl"))); // the folder stands on its own
    }

    void exportWithLegend() {
        app::MainWindow w;
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction* exportAction = w.findChild<QAction*>("ExportImage");
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled()); // nothing to see yet

        QSignalSpy opened(&w, &app::MainWindow::importFinished);
        w.openFiles({m_result});
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.last().at(0).toString(), m_result);
        QVERIFY2(opened.last().at(1).toBool(), qPrintable(w.lastError()));
        QVERIFY(w.document().scene() && !w.document().scene()->instances().empty());
        app::ViewportWidget* viewport = w.viewport();
        app::ResultDisplay* display = w.resultDisplay();
        QVERIFY(display->hasResult() && viewport->hasResult());
        QCOMPARE(display->resultDir(), m_result);
        QVERIFY(exportAction->isEnabled());

        // the dialog offers the viewport's size
        const qreal ratio = viewport->devicePixelRatioF();
        const QSize viewportPixels(qRound(viewport->width() * ratio),
                                   qRound(viewport->height() * ratio));
        app::ExportImageDialog dialog(viewportPixels);
        QCOMPARE(dialog.imageSize(), viewportPixels);

        // a larger image than the viewport, with the legend scaled with it
        const QSize size(viewportPixels.width() * 2, viewportPixels.height() * 2);
        QString error;
        const QImage image = app::viewImage(viewport, display, size, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), size);
        const render::LegendContent content = display->legend()->content();
        const render::ColourScale& scale = display->colourScale();
        const QRect bar = legendBar(content, size, viewportPixels);
        const int x = bar.center().x();
        QVERIFY(near(image.pixel(x, bar.top() + 6), scale.colour(scale.max)));
        QVERIFY(near(image.pixel(x, bar.bottom() - 6), scale.colour(scale.min)));

        // without the result: the model alone, no legend
        display->close();
        const QImage plain = app::viewImage(viewport, display, size, &error);
        QVERIFY(!plain.isNull());
        QVERIFY(!near(plain.pixel(x, bar.top() + 6), scale.colour(scale.max)));
        // sizes the driver cannot draw are refused with a message
        QVERIFY(app::viewImage(viewport, display, QSize(0, 10), &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void brokenFolderKeepsTheModel() {
        const QString broken = m_dir.filePath("broken");
        QVERIFY(QDir().mkpath(broken));
        QVERIFY(QFile::copy(m_result + "/result.json", broken + "/result.json"));
        QFile surface(broken + "/surface.wbm");
        QVERIFY(surface.open(QIODevice::WriteOnly));
        surface.write("WBIMPRT1 damaged");
        surface.close();
        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &app::MainWindow::importFinished);
        w.openFiles({broken});
        QVERIFY(opened.wait(60000));
        QVERIFY(!opened.last().at(1).toBool());
        QVERIFY2(w.lastError().contains("surface.wbm"), qPrintable(w.lastError()));
        QVERIFY(w.document().isEmpty());
    }
};

QTEST_MAIN(TestExportImage)
#include "tst_export_image.moc"
