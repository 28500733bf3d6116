// The study's supports and loads in the viewport of a real window under Xvfb, on the sample
// assembly: hovering the face of a load names it in a tooltip (name and type), another face
// names nothing, and the tooltip follows suppression, undo and redo.
#include "app/main_window.h"
#include "app/project_session.h"
#include "app/study_dock.h"
#include "app/study_editor.h"
#include "app/viewport_widget.h"
#include "app_test_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace wb::app;
using wb::app::test::waitImports;

namespace {

/// A viewport pixel on a face of `partName`, away from the viewport's border; (-1, -1) when
/// none is visible.
QPoint pixelOfPart(MainWindow& w, const std::string& partName) {
    ViewportWidget* vp = w.viewport();
    const auto scene = w.document().scene();
    for (int y = vp->height() / 8; y < vp->height() * 7 / 8; y += 10)
        for (int x = vp->width() / 8; x < vp->width() * 7 / 8; x += 10) {
            const auto hit = vp->pickAt({x, y});
            if (!hit.hit() || hit.face < 0 || hit.part < 0) continue;
            if (scene->parts()[std::size_t(hit.part)].name != partName) continue;
            // Not at the face's border: the neighbours show the same face.
            bool inside = true;
            for (const QPoint d : {QPoint(4, 0), QPoint(-4, 0), QPoint(0, 4), QPoint(0, -4)}) {
                const auto near = vp->pickAt(QPoint(x, y) + d);
                inside = inside && near.node == hit.node && near.face == hit.face;
            }
            if (inside) return {x, y};
        }
    return {-1, -1};
}

/// Hovers `pos` of the viewport as Qt does when the mouse rests there; the tooltip's text, or
/// an empty string when none shows.
QString hover(ViewportWidget* viewport, QPoint pos) {
    QHelpEvent event(QEvent::ToolTip, pos, viewport->mapToGlobal(pos));
    QApplication::sendEvent(viewport, &event);
    QTest::qWait(50);
    if (!QToolTip::isVisible()) return {};
    return QToolTip::text();
}

/// Hides any tooltip and waits until it is gone.
bool hideToolTip() {
    QToolTip::hideText();
    QElapsedTimer timer;
    timer.start();
    while (QToolTip::isVisible() && timer.elapsed() < 5000)
        QTest::qWait(20);
    return !QToolTip::isVisible();
}

} // namespace

class TestStudyGlyphs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(wb::app::test::useHome(m_home));
        QVERIFY2(QFile::exists(wb::app::test::kSampleAssembly),
                 qPrintable(wb::app::test::kSampleAssembly));
    }

    void hoveringALoadedFaceNamesTheLoad() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openFiles({wb::app::test::kSampleAssembly}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        QTest::qWait(100);
        ViewportWidget* viewport = w.viewport();
        StudyEditor* editor = w.studyEditor();
        StudyDock* dock = w.studyDock();

        const QPoint bracket = pixelOfPart(w, "Bearing bracket");
        const QPoint plate = pixelOfPart(w, "Base plate");
        QVERIFY(bracket.x() >= 0 && plate.x() >= 0);
        QVERIFY(hideToolTip());
        QCOMPARE(hover(viewport, bracket), QString()); // no study items yet

        // A force on the bracket's face under the cursor.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, bracket);
        const StudyItemRef force = dock->addCondition(StudyItemRef::Kind::Loads, "force");
        QVERIFY(force.isListItem());
        const QString name = QString::fromStdString(editor->study().loads[0].name);
        QVERIFY(!name.isEmpty());
        const QString text = hover(viewport, bracket);
        QVERIFY2(text.contains(name) && text.contains(QStringLiteral("Force")), qPrintable(text));

        // The plate's face carries nothing.
        QVERIFY(hideToolTip());
        QCOMPARE(hover(viewport, plate), QString());

        // Suppressed: not drawn, not named; undo brings it back, redo takes it away again.
        dock->selectItem(force);
        dock->toggleSuppressCurrent();
        QVERIFY(editor->study().loads[0].suppressed);
        QVERIFY(hideToolTip());
        QCOMPARE(hover(viewport, bracket), QString());
        editor->undoStack()->undo();
        QVERIFY(hover(viewport, bracket).contains(name));
        editor->undoStack()->redo();
        QVERIFY(hideToolTip());
        QCOMPARE(hover(viewport, bracket), QString());

        // Undoing the load itself removes it from the viewport as well.
        editor->undoStack()->undo();
        QVERIFY(hover(viewport, bracket).contains(name));
        editor->undoStack()->undo();
        QVERIFY(editor->study().loads.empty());
        QVERIFY(hideToolTip());
        QCOMPARE(hover(viewport, bracket), QString());
        w.projectSession()->newProject(); // nothing to ask at close
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestStudyGlyphs)
#include "tst_study_glyphs.moc"
