#include "net/portalhtml.h"

namespace cd::net::portal {

namespace {

struct Words
{
    const char *titleJa;
    const char *titleEn;
    const char *textJa;
    const char *textEn;
};

Words wordsOf(Problem p)
{
    switch (p) {
    case Problem::NoRoom:
        return {"見つかりません", "Not found", "事務局から受け取ったルームのリンクを開いてください。",
                "Open your room's link."};
    case Problem::SignIn:
        return {"サインインが必要です", "Sign-in needed",
                "事務局から受け取った、ルームのトークン付きのリンクを開いてください。",
                "Open the link with your room's token that the control team gave you."};
    case Problem::WrongToken:
        return {"このトークンではこのルームを開けません", "Forbidden",
                "トークンが誤っている、再発行された、または別のルームのものです。",
                "This token does not open this room (wrong, revoked, or another room's)."};
    case Problem::Method:
        return {"この操作はできません", "Not allowed", "このアドレスはその要求を受け付けません。",
                "This address does not take that request."};
    case Problem::NoPage:
        return {"見つかりません", "Not found", "このルームが読めるページにはありません。",
                "No such page on the sites this room may read."};
    case Problem::Csrf:
        return {"拒否しました", "Forbidden",
                "フォームが古いか、このポータルからのものではありません。再読み込みしてやり直してください。",
                "The form has expired or did not come from this portal; reload and retry."};
    case Problem::TooLarge:
        return {"大きすぎます", "Too large", "送られた内容が大きすぎます。", "What was sent is too large."};
    case Problem::Busy:
        return {"混み合っています", "Busy", "少し待ってから再読み込みしてください。", "Wait a moment and reload."};
    case Problem::Stopped:
        return {"記録できませんでした", "Not recorded", "サーバーが記録できず停止しました。事務局に連絡してください。",
                "The server could not record and has stopped; tell the control team."};
    }
    return {"", "", "", ""};
}

QString frame(const QString &title, const QString &content)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>%1</title><style>"
                          "body{font-family:system-ui,'Noto Sans CJK JP',sans-serif;max-width:50em;margin:2em auto;"
                          "padding:0 1em;color:#1b1f24;line-height:1.5}h1{font-size:1.4em}.en{color:#57606a}"
                          "</style></head><body>%2</body></html>\n")
        .arg(title.toHtmlEscaped(), content);
}

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

}  // namespace

QString errorPage(Problem problem)
{
    const Words w = wordsOf(problem);
    const QString content =
        QStringLiteral("<h1>%1</h1><p>%2</p><h1 lang=\"en\" class=\"en\">%3</h1><p lang=\"en\" class=\"en\">%4</p>")
            .arg(utf8(w.titleJa).toHtmlEscaped(), utf8(w.textJa).toHtmlEscaped(), utf8(w.titleEn).toHtmlEscaped(),
                 utf8(w.textEn).toHtmlEscaped());
    return frame(utf8(w.titleJa) + QStringLiteral(" / ") + utf8(w.titleEn), content);
}

QString refusedPage(const QString &message)
{
    const QString content = QStringLiteral("<h1>投稿できませんでした</h1><h1 lang=\"en\" class=\"en\">Not posted</h1>"
                                           "<p lang=\"en\">%1</p>")
                                .arg(message.toHtmlEscaped());
    return frame(QStringLiteral("投稿できませんでした / Not posted"), content);
}

}  // namespace cd::net::portal
