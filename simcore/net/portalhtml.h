#pragma once
// HTML of the web portal (webportal.h). Every text that comes from the scenario or the
// exercise is escaped with QString::toHtmlEscaped; links are percent-encoded.

#include "scenario/scenario.h"

#include <QJsonValue>
#include <QString>

#include <map>
#include <utility>

namespace cd::exercise {
class Exercise;
}

namespace cd::net::portal {

struct PageView
{
    QString site;
    QString path;
    QJsonValue title;
    QJsonValue body;
    int version = 0;
    int minute = 0;
    QString by;
};
/// (site, path) -> latest version, of the pages `room` may read.
using RoomPages = std::map<std::pair<QString, QString>, PageView>;

/// The pages the room may read, folded from its events (through the visibility rule).
RoomPages collect(exercise::Exercise &exercise, const QString &room);

QString indexPage(const scenario::Scenario &s, const QString &room, const RoomPages &pages, const QString &csrf);
QString sitePage(const scenario::Scenario &s, const QString &room, const PageView &page);
QString errorPage(const QString &title, const QString &text);

}  // namespace cd::net::portal
