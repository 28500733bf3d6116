// The thin-wall warning in the Study dock: a plate two voxels thick at the study's voxel size is
// warned about in the problems list once the check on its worker has run, Solve stays enabled,
// a finer voxel size makes the warning go, undo brings it back, and the answer of a check whose
// inputs are out of date is dropped.
#include "app/main_window.h"
#include "app/study_commands.h"
#include "app/study_dock.h"
#include "app/study_editor.h"
#include "app/thin_wall_check.h"
#include "app_test_support.h"

#include "core/sim/stl_reader.h"

#include <QAction>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wb::app;
using wb::app::test::waitImports;

namespace {

constexpr int kCheckTimeoutMs = 60000;

/// A closed box mesh (outward triangles), coordinates as given.
wb::core::Mesh boxMesh(float x0, float y0, float z0, float x1, float y1, float z1) {
    wb::core::Mesh m;
    for (int c = 0; c < 8; ++c)
        for (float v : {c & 1 ? x1 : x0, c & 2 ? y1 : y0, c & 4 ? z1 : z0})
            m.positions.push_back(v);
    const std::uint32_t quads[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4},
                                       {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
    for (int f = 0; f < 6; ++f) {
        for (int i : {0, 1, 2, 0, 2, 3})
            m.indices.push_back(quads[f][i]);
        m.faceIds.insert(m.faceIds.end(), {f, f});
    }
    m.faceCount = 6;
    return m;
}

bool listed(StudyDock* dock, const QString& text, QListWidgetItem** found = nullptr) {
    QListWidget* problems = dock->problemList();
    for (int i = 0; i < problems->count(); ++i)
        if (problems->item(i)->text().contains(text)) {
            if (found) *found = problems->item(i);
            return true;
        }
    return false;
}

const QString kWarning = QStringLiteral("thinner than three voxels");

} // namespace

class TestThinWallWarning : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_plate;

private slots:
    void initTestCase() {
        QVERIFY(wb::app::test::useHome(m_home));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // 40 x 40 x 2 mm
        m_plate = m_home.filePath("plate.stl");
        QVERIFY(wb::sim::writeStl(m_plate.toStdString(), boxMesh(0, 0, 0, 40, 40, 2)).has_value());
    }

    void thinPlateIsWarned() {
        MainWindow w;
        w.show();
        auto* solve = w.findChild<QAction*>("SolveAction");
        QVERIFY(solve);
        w.openFiles({m_plate}, MainWindow::OpenMode::Replace);
        QVERIFY(waitImports(w));
        StudyEditor* editor = w.studyEditor();
        StudyDock* dock = w.studyDock();
        QCOMPARE(editor->modelParts().size(), std::size_t(1));
        wb::sim::Condition fixed;
        fixed.name = "Root";
        fixed.type = "fixed";
        fixed.select =
            wb::sim::Selector{std::vector<wb::sim::FaceRef>{{editor->modelParts()[0].path, 0}}};
        editor->undoStack()->push(
            new AddConditionCommand(editor, StudyItemRef::Kind::Supports, fixed));
        QVERIFY(solve->isEnabled());

        // The default mesh (200000 voxels) makes the plate 8 voxels thick: no warning.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->thinWallCheck()->isBusy(), kCheckTimeoutMs);
        QVERIFY(!listed(dock, kWarning));

        // 1 mm voxels: two across. The check runs after the edit, not in it.
        editor->undoStack()->push(new SetMeshCommand(editor, std::nullopt, 1e-3));
        QVERIFY(editor->thinWallCheck()->isBusy());
        QVERIFY(!listed(dock, kWarning));
        QTRY_VERIFY_WITH_TIMEOUT(listed(dock, kWarning), kCheckTimeoutMs);
        QListWidgetItem* item = nullptr;
        QVERIFY(listed(dock, kWarning, &item));
        const QString part = QString::fromStdString(editor->modelParts()[0].name);
        QVERIFY2(item->text().startsWith(
                     QStringLiteral("Part '%1' has walls about 2 voxels (2 mm) thick").arg(part)),
                 qPrintable(item->text()));
        QVERIFY2(item->text().contains("0.667 mm or less"), qPrintable(item->text()));
        QCOMPARE(item->data(Qt::UserRole).toString(), QStringLiteral("mesh"));
        QVERIFY(editor->canSolve()); // a warning
        QVERIFY(solve->isEnabled());

        // Finer voxels: four across, the warning goes.
        editor->undoStack()->push(new SetMeshCommand(editor, std::nullopt, 0.5e-3));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->thinWallCheck()->isBusy(), kCheckTimeoutMs);
        QVERIFY(!listed(dock, kWarning));
        editor->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(listed(dock, kWarning), kCheckTimeoutMs);
        QVERIFY(solve->isEnabled());
    }

    // Inputs changed while a check runs or waits: only the answer for the last inputs counts.
    void staleAnswersAreDropped() {
        auto model = std::make_shared<wb::core::Assembly>();
        model->setMetresPerUnit(1e-3);
        model->addNode(
            0, "plate", {},
            model->addPart({"plate",
                            std::make_shared<const wb::core::Mesh>(boxMesh(0, 0, 0, 40, 40, 2)),
                            {},
                            false}));
        wb::sim::Study coarse, fine;
        coarse.voxelSize = 1e-3;
        fine.voxelSize = 0.25e-3;
        for (int delay : {0, 50}) {
            ThinWallCheck check;
            check.setDelay(delay);
            check.request(coarse, model, 0);
            QTest::qWait(delay + 1); // the coarse check may have started
            check.request(fine, model, 0);
            QTRY_VERIFY_WITH_TIMEOUT(!check.isBusy(), kCheckTimeoutMs);
            QTest::qWait(20); // a late answer of the coarse check would arrive now
            QVERIFY(check.problems().empty());
            check.request(coarse, model, 0);
            check.request(coarse, model, 0); // the same inputs: nothing new
            QTRY_VERIFY_WITH_TIMEOUT(!check.isBusy(), kCheckTimeoutMs);
            QCOMPARE(check.problems().size(), std::size_t(1));
            QCOMPARE(check.problems()[0].id, std::string("study.thin_wall"));
            check.request(coarse, nullptr, 0); // the model closed
            QVERIFY(check.problems().empty());
            QVERIFY(!check.isBusy());
        }
    }
};

QTEST_MAIN(TestThinWallWarning)
#include "tst_thin_wall_warning.moc"
