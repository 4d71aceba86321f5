// The report widgets offscreen: the improvement-plan model (QAbstractItemModelTester, edits
// saved to the database), the report view's exports (the PDF renders with pdftoppm and carries
// the AAR/IP headings per pdftotext, in English and Japanese), and the debrief replay slider.
#include "../reportfixture.h"
#include "report/debriefreplay.h"
#include "report/plan.h"
#include "report/planmodel.h"
#include "report/reportview.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestReportView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    static QString run(const QString &program, const QStringList &args, int *exitCode)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(120000);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("basic.cxdb"));
        QCOMPARE(reportfixture::runCase(QStringLiteral("basic"), m_db), QString());
    }

    void planModelEditsAndSaves()
    {
        gui::ReportView view(m_db, QStringLiteral("en"));
        QCOMPARE(view.errorText(), QString());
        gui::PlanModel *model = view.planModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), int(gui::PlanModel::ColumnCount));
        QVERIFY(model->setData(model->index(0, gui::PlanModel::Contact), QStringLiteral("Tanaka")));
        QVERIFY(model->insertRows(3, 1));
        QVERIFY(model->setData(model->index(3, gui::PlanModel::Issue), QStringLiteral("Fax machine broken")));
        QVERIFY(model->removeRows(1, 1));
        QCOMPARE(model->isModified(), true);
        auto *save = view.findChild<QPushButton *>(QStringLiteral("savePlan"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(model->isModified(), false);
        report::PlanStore store(m_db);
        const auto loaded = store.load();
        QVERIFY(loaded.has_value());
        QCOMPARE(int(loaded->size()), 3);
        QCOMPARE(loaded->at(0).contact, QStringLiteral("Tanaka"));
        QCOMPARE(loaded->at(1).source, QStringLiteral("F-3"));
        QCOMPARE(loaded->at(2).issue, QStringLiteral("Fax machine broken"));
        // A new view reads the stored plan back.
        gui::ReportView again(m_db, QStringLiteral("en"));
        QCOMPARE(again.planModel()->rowCount(), 3);
        QCOMPARE(again.planModel()->data(again.planModel()->index(2, gui::PlanModel::Issue)).toString(),
                 QStringLiteral("Fax machine broken"));
    }

    void exportsJson()
    {
        gui::ReportView view(m_db, QStringLiteral("en"));
        const QString path = m_dir.filePath(QStringLiteral("r.json"));
        QString error;
        QVERIFY2(view.exportTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (const char *key : {"injects", "expected", "flows", "diagnosis", "breaches", "integral", "mitigations"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!view.exportTo(m_dir.filePath(QStringLiteral("r.txt")), &error));
    }

    void pdfRendersWithHeadings_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("en") << "en"
                            << QStringList{"1. Exercise overview", "2. Analysis of objectives and themes",
                                           "3. Strengths and areas for improvement", "Appendix A: Improvement plan",
                                           "Appendix B: Participants"};
        QTest::newRow("ja") << "ja"
                            << QStringList{"1. 演習の概要", "2. 目標・検証課題ごとの分析", "3. 強みと改善を要する点",
                                           "付録A: 改善計画", "付録B: 参加者"};
    }
    void pdfRendersWithHeadings()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, headings);
        gui::ReportView view(m_db, lang);
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
        QString error;
        QVERIFY2(view.exportTo(pdf, &error), qPrintable(error));
        int code = 0;
        const QString prefix = m_dir.filePath(QStringLiteral("page-%1").arg(lang));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), pdf, prefix}, &code);
        QCOMPARE(code, 0);
        const QStringList pages = QDir(m_dir.path()).entryList({QStringLiteral("page-%1*.png").arg(lang)}, QDir::Files);
        QVERIFY(pages.size() >= 2);
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &code);
        QCOMPARE(code, 0);
        // pdftotext maps some Noto CJK glyphs to their compatibility code points (U+2F6C for
        // 目, U+2027 for ・) and drops the digits of bold headings whose glyphs it cannot map
        // back: compare normalised text, and headings without their numbers.
        QString flat = text.normalized(QString::NormalizationForm_KC);
        flat.replace(QChar(0x2027), QChar(0x30FB));
        flat.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        for (QString h : headings) {
            h.remove(QRegularExpression(QStringLiteral("^[0-9]+\\. ")));
            QVERIFY2(flat.contains(h.remove(QLatin1Char(' '))), qPrintable(h));
        }
    }

    void replaySlider()
    {
        gui::DebriefReplay replay(m_db);
        QCOMPARE(replay.errorText(), QString());
        QCOMPARE(replay.endMinute(), 120);
        QSignalSpy spy(&replay, &gui::DebriefReplay::minuteChanged);
        auto *slider = replay.findChild<QSlider *>(QStringLiteral("timeSlider"));
        QVERIFY(slider);
        slider->setValue(20);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(replay.minute(), 20);
        QCOMPARE(replay.state().sectors.at(0).label, QStringLiteral("down"));
        QCOMPARE(replay.state().injects.at(2).status, QStringLiteral("pending"));
        replay.setMinute(500);
        QCOMPARE(replay.minute(), 120);
        QCOMPARE(slider->value(), 120);
        QCOMPARE(replay.state().injects.at(2).status, QStringLiteral("fired"));
    }

    void badDatabaseShowsError()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.cxdb"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just text");
        f.close();
        gui::ReportView view(bogus, QStringLiteral("en"));
        QVERIFY(!view.errorText().isEmpty());
        gui::DebriefReplay replay(bogus);
        QVERIFY(!replay.errorText().isEmpty());
        QCOMPARE(replay.endMinute(), 0);
    }
};

QTEST_MAIN(TestReportView)
#include "tst_report_view.moc"
