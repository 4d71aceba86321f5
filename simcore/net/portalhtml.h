#pragma once
// The few server-made HTML pages of the browser room (webportal.h): sign-in problems and a
// refused no-script post. They carry no script; every text is escaped (QString::toHtmlEscaped).
// They show Japanese and English together: the server cannot know the reader's language
// before the page (which chooses from the browser's) has loaded, and the portal serves
// people of both. Everything else a browser room shows is made by the page itself
// (web/room/app, its own ja/en dictionary).

#include <QString>

namespace cd::net::portal {

enum class Problem {
    NoRoom,      ///< a path that is no room's
    SignIn,      ///< no token and no cookie
    WrongToken,  ///< wrong, revoked or another room's token
    Method,      ///< a method the path does not take
    NoPage,      ///< nothing there
    Csrf,        ///< a form or ticket request without the page's CSRF token
    TooLarge,    ///< a post over the protocol's message limit
    Busy,        ///< too many outstanding tickets
    Stopped,     ///< the server could not record and has stopped
};

/// The page explaining `problem`, in Japanese and English.
QString errorPage(Problem problem);
/// The page explaining why the engine refused a no-script post (its message is the engine's).
QString refusedPage(const QString &message);

}  // namespace cd::net::portal
