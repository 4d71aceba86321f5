// Console and room windows under load: the bundled scenario with its players script run to
// +05:00 with the console's docks listening, then 20 room windows opened (each folds its
// history), then 5,000 mails between those rooms (10,000 events: sent + delivered) with every
// window and dock updating incrementally. Prints wall times; no assertion (tests/bench).
//   cmake --build build/dev --target bench_gui_console && build/dev/tests/bench/bench_gui_console
#include "control/console.h"
#include "control/exercisesession.h"
#include "control/mainwindow.h"
#include "control/monitordock.h"
#include "control/translations.h"
#include "room/mailpanel.h"
#include "room/roomwindow.h"
#include "views/commsmodel.h"
#include "views/mailmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace cd::gui;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    const QString base = QStringLiteral(CROSSDRILL_SOURCE_DIR "/scenarios/nisc-2008-cross-sector");
    MainWindow w(&translations);
    w.resize(1600, 1000);
    w.show();
    if (!w.openFile(base + QStringLiteral(".cxs.json")) ||
        !w.startExercise(dir.filePath(QStringLiteral("bench.cxdb")), true))
        return 1;
    ExerciseSession &session = w.console()->session();
    QString error;
    if (!session.loadPlayerScript(base + QStringLiteral(".players.json"), &error))
        return 1;
    QElapsedTimer t;
    t.start();
    session.start();
    session.runTo(300);
    QApplication::processEvents();
    const qint64 runMs = t.elapsed();
    const qint64 events = session.exercise().log().lastSeq();
    std::printf("run to +05:00 with console docks: %lld events in %lld ms\n", events, runMs);

    t.restart();
    std::vector<RoomWindow *> rooms;
    for (size_t i = 0; i < 20 && i < session.scenario().rooms.size(); ++i)
        rooms.push_back(w.console()->openRoom(session.scenario().rooms[i].id));
    QApplication::processEvents();
    std::printf("open %zu room windows (each loads its history): %lld ms\n", rooms.size(), t.elapsed());

    const int mails = 5000;
    t.restart();
    qint64 worstMs = 0;
    for (int i = 0; i < mails; ++i) {
        QElapsedTimer one;
        one.start();
        const QString from = rooms[size_t(i) % rooms.size()]->roomId();
        const QString to = rooms[size_t(i + 1) % rooms.size()]->roomId();
        session.endpoint(from).sendMail({to}, {}, QStringLiteral("report"), QStringLiteral("load %1").arg(i),
                                        QStringLiteral("body"));
        if (i % 50 == 0)
            QApplication::processEvents();
        worstMs = std::max(worstMs, one.elapsed());
    }
    QApplication::processEvents();
    const qint64 mailMs = t.elapsed();
    const qint64 added = session.exercise().log().lastSeq() - events;
    std::printf("%d mails = %lld events with 20 rooms + console open: %lld ms (%.3f ms/event, worst action %lld ms)\n",
                mails, added, mailMs, double(mailMs) / double(std::max<qint64>(1, added)), worstMs);
    std::printf("monitor rows %d, first room mailbox rows %d\n", w.console()->monitor()->model()->rowCount(),
                rooms.front()->mailPanel()->model()->rowCount());
    return 0;
}
