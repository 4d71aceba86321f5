#include "control/gui.h"

#include "cli/cli.h"
#include "control/mainwindow.h"
#include "control/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

namespace cd::gui {

namespace {

/// The documentation section of --help: where the docs are (installed beside the binary's
/// prefix by the package, else the source tree's docs/) and what each one covers.
QString docsHelp()
{
    const QDir installed(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/crossdrill"));
    const QString where = installed.exists(QStringLiteral("README.md"))
                              ? installed.canonicalPath()
                              : QCoreApplication::translate("main", "the docs/ folder of the source tree");
    const std::pair<const char *, const char *> docs[] = {
        {"README.md", QT_TRANSLATE_NOOP("main", "the index")},
        {"domain.md", QT_TRANSLATE_NOOP("main", "the exercise and its Japanese terms")},
        {"scenario-format.md", QT_TRANSLATE_NOOP("main", "the scenario file, the MSEL and player scripts")},
        {"model.md", QT_TRANSLATE_NOOP("main", "the interdependency model and its file formats")},
        {"analyze.md", QT_TRANSLATE_NOOP("main", "crossdrill analyze, read by people")},
        {"architecture.md", QT_TRANSLATE_NOOP("main", "layers, events, the visibility rule, the commands")},
        {"protocol.md", QT_TRANSLATE_NOOP("main", "the network protocol of remote rooms")},
        {"contributing.md", QT_TRANSLATE_NOOP("main", "how the code is written")},
    };
    QString text = QCoreApplication::translate("main", "Documentation (in %1):").arg(where);
    for (const auto &[file, what] : docs)
        text +=
            QStringLiteral("\n  %1  %2").arg(QLatin1String(file), -18).arg(QCoreApplication::translate("main", what));
    return text;
}

}  // namespace

int run(const QStringList &args)
{
    // Translators first, so that even --help speaks the user's language.
    Translations translations;
    translations.apply(Translations::preferredLanguage());

    QString description =
        QCoreApplication::translate("main", "CrossDrill: cross-sector critical-infrastructure exercises.") +
        QLatin1String("\n\n") + QCoreApplication::translate("main", "Commands (crossdrill COMMAND --help):");
    for (const cli::Verb &verb : cli::verbs())
        description += QStringLiteral("\n  %1  %2").arg(QLatin1String(verb.name), -10).arg(QLatin1String(verb.summary));
    description += QLatin1String("\n\n") + docsHelp();
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A scenario (.cxs.json) or an exercise database (.cxdb)."),
        QStringLiteral("[file]"));
    parser.process(QStringList{QCoreApplication::applicationFilePath()} + args);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        cli::err() << QCoreApplication::translate("main", "crossdrill: give at most one file to open") << Qt::endl;
        return cli::Usage;
    }

    MainWindow window(&translations);
    window.show();
    if (!files.isEmpty())
        window.openFile(files.first());
    return QApplication::exec();
}

}  // namespace cd::gui
