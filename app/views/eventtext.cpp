#include "views/eventtext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTime>

namespace cd::gui {

// The engine translates the control team's display name (exercise::RoomDirectory::nameOf) through
// QCoreApplication::translate; this keeps the message in the app's translation files (lupdate
// runs with -no-obsolete).
[[maybe_unused]] constexpr const char *kRoomDirectoryControlName =
    QT_TRANSLATE_NOOP("cd::gui::RoomDirectory", "Control (事務局)");

QString payloadText(const QJsonValue &v, const QString &lang)
{
    if (!v.isObject())
        return v.toString();
    const QJsonObject o = v.toObject();
    const QString other = lang == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
    const QString mine = o.value(lang).toString();
    return mine.isEmpty() ? o.value(other).toString() : mine;
}

QString offsetText(int minute)
{
    const int m = minute < 0 ? 0 : minute;
    return QStringLiteral("+%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString clockText(int minute, const QString &start)
{
    // Called for every visible time cell on every repaint: parse the start once (views ask
    // with the same scenario start over and over) and format the digits by hand.
    thread_local QString lastStart;
    thread_local QTime lastT0;
    if (start != lastStart || lastStart.isNull()) {
        lastT0 = QTime::fromString(start, QStringLiteral("HH:mm"));
        lastStart = start.isNull() ? QLatin1String("") : start;
    }
    if (!lastT0.isValid())
        return offsetText(minute);
    const QTime t = lastT0.addSecs(qint64(minute < 0 ? 0 : minute) * 60);
    return QStringLiteral("%1:%2").arg(t.hour(), 2, 10, QLatin1Char('0')).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("report"))
        return QCoreApplication::translate("cd::gui::Kind", "Report (情報連絡)");
    if (kind == QLatin1String("advisory"))
        return QCoreApplication::translate("cd::gui::Kind", "Advisory (情報提供)");
    if (kind == QLatin1String("query"))
        return QCoreApplication::translate("cd::gui::Kind", "Query");
    return QCoreApplication::translate("cd::gui::Kind", "Other");
}

QString verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("correct"))
        return QCoreApplication::translate("cd::gui::Verdict", "Correct");
    if (verdict == QLatin1String("partial"))
        return QCoreApplication::translate("cd::gui::Verdict", "Partly correct");
    if (verdict == QLatin1String("wrong"))
        return QCoreApplication::translate("cd::gui::Verdict", "Wrong");
    return QCoreApplication::translate("cd::gui::Verdict", "Not judged yet");
}

QString requestStateText(const QString &state)
{
    if (state == QLatin1String("requested"))
        return QCoreApplication::translate("cd::gui::Request", "Requested, awaiting approval");
    if (state == QLatin1String("approved"))
        return QCoreApplication::translate("cd::gui::Request", "Approved, taking effect");
    if (state == QLatin1String("declined"))
        return QCoreApplication::translate("cd::gui::Request", "Declined");
    if (state == QLatin1String("applied"))
        return QCoreApplication::translate("cd::gui::Request", "In effect");
    return QCoreApplication::translate("cd::gui::Request", "Available");
}

QString callStatusText(const QString &status)
{
    if (status == QLatin1String("ringing"))
        return QCoreApplication::translate("cd::gui::CallStatus", "Ringing");
    if (status == QLatin1String("answered"))
        return QCoreApplication::translate("cd::gui::CallStatus", "Connected");
    if (status == QLatin1String("ended"))
        return QCoreApplication::translate("cd::gui::CallStatus", "Ended");
    if (status == QLatin1String("missed"))
        return QCoreApplication::translate("cd::gui::CallStatus", "Missed");
    if (status == QLatin1String("declined"))
        return QCoreApplication::translate("cd::gui::CallStatus", "Declined");
    if (status == QLatin1String("busy"))
        return QCoreApplication::translate("cd::gui::CallStatus", "Busy");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("cd::gui::CallStatus", "No dial tone");
    return status;
}

}  // namespace cd::gui

namespace cd::gui {
QString uiLanguage()
{
    // Translators: the code of the language of this translation ("ja" for Japanese).
    return QCoreApplication::translate("cd::gui::Language", "en");
}
}  // namespace cd::gui
