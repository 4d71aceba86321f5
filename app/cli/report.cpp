// crossdrill report DB -o OUT.{json,html,md,pdf} [--lang ja|en] [--view]
#include "report/report.h"

#include "cli/cli.h"
#include "control/translations.h"
#include "report/debriefreplay.h"
#include "report/documents.h"
#include "report/pdf.h"
#include "report/reportwindow.h"
#include "scenario/scenario.h"
#include "store/eventlog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace cd::cli {

/// The language of the report when --lang is not given: Japanese in a Japanese locale.
QString defaultReportLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

namespace {
int writeReport(const QString &path, const QString &output, const QString &lang);
}  // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "report", "Writes the after-action report of an exercise database (JSON, HTML, Markdown or PDF)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("report", "The exercise database."));
    const QCommandLineOption outOpt(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("report",
                                    "The report file; its extension (.json, .html, .md, .pdf) is the format."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QCoreApplication::translate("report", "ja or en (default: from the locale)."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption viewOpt(
        QStringLiteral("view"),
        QCoreApplication::translate("report", "Open the report, improvement plan and debrief replay in a window "
                                              "(after writing -o FILE, if given)."));
    const QCommandLineOption pageOpt(
        QStringLiteral("page"),
        QCoreApplication::translate("report", "With --view: the page to open (report, plan or replay)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption atOpt(QStringLiteral("at"),
                                   QCoreApplication::translate("report", "With --view: the replay's time (+HH:MM)."),
                                   QStringLiteral("TIME"));
    parser.addOptions({outOpt, langOpt, viewOpt, pageOpt, atOpt});
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const bool view = parser.isSet(viewOpt);
    if (parser.positionalArguments().size() != 1 || (!parser.isSet(outOpt) && !view))
        return fail(Usage,
                    QCoreApplication::translate(
                        "report", "usage: crossdrill report DB (-o OUT.{json,html,md,pdf} | --view) [--lang ja|en]"));
    const QString lang = parser.isSet(langOpt) ? parser.value(langOpt) : defaultReportLanguage();
    if (lang != QLatin1String("ja") && lang != QLatin1String("en"))
        return fail(Usage, QCoreApplication::translate("report", "--lang: expected ja or en, got \"%1\"").arg(lang));
    static const QStringList pages{QStringLiteral("report"), QStringLiteral("plan"), QStringLiteral("replay")};
    const int page = parser.isSet(pageOpt) ? int(pages.indexOf(parser.value(pageOpt))) : 0;
    if (page < 0)
        return fail(Usage, QCoreApplication::translate("report", "--page: expected report, plan or replay, got \"%1\"")
                               .arg(parser.value(pageOpt)));
    const std::optional<int> at =
        parser.isSet(atOpt) ? scenario::parseOffset(parser.value(atOpt)) : std::optional<int>(0);
    if (!at)
        return fail(
            Usage, QCoreApplication::translate("report", "--at: expected +HH:MM, got \"%1\"").arg(parser.value(atOpt)));
    const QString output = parser.value(outOpt);
    const QString suffix = QFileInfo(output).suffix().toLower();
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("md"),
                                     QStringLiteral("pdf")};
    if (parser.isSet(outOpt) && !formats.contains(suffix))
        return fail(
            Usage,
            QCoreApplication::translate("report", "%1: the output must end in .json, .html, .md or .pdf").arg(output));
    const QString path = parser.positionalArguments().front();
    if (!QFileInfo::exists(path))
        return fail(Usage, QCoreApplication::translate("report", "%1: no such exercise database").arg(path));

    if (view && QGuiApplication::platformName() == QLatin1String("offscreen") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return fail(Usage, QCoreApplication::translate("report", "--view: no display to open the window on (DISPLAY "
                                                                 "and WAYLAND_DISPLAY are not set)"));
    if (parser.isSet(outOpt)) {
        if (const int code = writeReport(path, output, lang); code != Ok)
            return code;
    }
    if (!view)
        return Ok;
    gui::Translations translations;
    translations.apply(lang);
    gui::ReportWindow window(path, lang);
    window.showPage(gui::ReportWindow::Page(page));
    if (window.replay())
        window.replay()->setMinute(*at);
    window.show();
    return QApplication::exec();
}

namespace {

int writeReport(const QString &path, const QString &output, const QString &lang)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    report::Report r;
    r.lang = lang;
    try {
        // A reader: opened read-only, never migrated or switched to WAL, nothing left beside it.
        auto log = store::EventLog::open(path, store::Access::Reader);
        const store::ChainCheck chain = log->verifyChain();
        if (!chain.intact) {
            err() << chain.summary(path) << '\n';  // the document carries the warning too
            err().flush();
        }
        QString error;
        int lastPercent = -1;
        const auto progress = [&lastPercent](int percent, const QString &what) {
            if (percent != lastPercent) {
                err() << QCoreApplication::translate("report", "report: %1% %2").arg(percent).arg(what) << '\n';
                err().flush();
                lastPercent = percent;
            }
            return true;
        };
        if (!report::computeFromLog(*log, &r, &error, progress))
            return fail(BadInput, error);
    } catch (const store::Error &e) {
        return fail(BadInput, e.message());
    }

    if (suffix == QLatin1String("pdf")) {
        QString error;
        if (!gui::writePdf(r, output, &error))
            return fail(Usage, error);
        return Ok;
    }
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(report::toJson(r)).toJson(QJsonDocument::Indented);
    else if (suffix == QLatin1String("html"))
        bytes = report::toHtml(r).toUtf8();
    else
        bytes = report::toMarkdown(r).toUtf8();
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Usage, QStringLiteral("%1: %2").arg(output, file.errorString()));
    return Ok;
}

}  // namespace

}  // namespace cd::cli
