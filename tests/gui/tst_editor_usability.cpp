// The scenario editor's usability fixes (issue 18), offscreen: Ctrl+Z in a text field undoes
// the edit whether or not it was committed (Enter) to the document, and Save As proposes the
// user's own folder or documents folder, never the bundled scenarios.
#include "editor/editorwindow.h"
#include "editor/injectpage.h"
#include "editor/scenariodocument.h"
#include "typetext.h"

#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using cd::editor::EditorWindow;

class TestEditorUsability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void ctrlZInATextFieldUndoesTheEdit_data();
    void ctrlZInATextFieldUndoesTheEdit();
    void saveAsProposal_data();
    void saveAsProposal();
};

void TestEditorUsability::ctrlZInATextFieldUndoesTheEdit_data()
{
    QTest::addColumn<bool>("committed");
    QTest::newRow("typed, not committed") << false;
    QTest::newRow("committed with Enter") << true;
}

void TestEditorUsability::ctrlZInATextFieldUndoesTheEdit()
{
    QFETCH(bool, committed);
    EditorWindow w;
    QVERIFY(w.newFromTemplate());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.injectPage()->selectInject(1);
    auto *id = w.findChild<QLineEdit *>("injectId");
    QVERIFY(id);
    id->setFocus();
    QCOMPARE(id->text(), QString("I-002"));
    typeText(id, "I-renamed");
    if (committed) {
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(w.document()->scenario().injects[1].id, QString("I-renamed"));
    }
    QTest::keyClick(id, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(id->text(), QString("I-002"));
    QTest::keyClick(id, Qt::Key_Return);  // whatever is pending is committed
    QCOMPARE(w.document()->scenario().injects[1].id, QString("I-002"));
}

void TestEditorUsability::saveAsProposal_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("proposed");
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QTest::newRow("untitled") << QString() << QDir(documents).filePath("scenario.cxs.json");
    QTest::newRow("bundled, installed") << "/usr/share/crossdrill/scenarios/nisc-2008-cross-sector.cxs.json"
                                        << QDir(documents).filePath("nisc-2008-cross-sector.cxs.json");
    const QString home = QDir::homePath() + "/crossdrill-test-scenario.cxs.json";
    if (QFileInfo(QDir::homePath()).isWritable())
        QTest::newRow("the user's own") << home << home;
}

void TestEditorUsability::saveAsProposal()
{
    QFETCH(QString, current);
    QFETCH(QString, proposed);
    QCOMPARE(EditorWindow::saveAsProposal(current), proposed);
}

QTEST_MAIN(TestEditorUsability)
#include "tst_editor_usability.moc"
