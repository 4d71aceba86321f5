#pragma once
// Help > User guide: the short guide for controllers and players (docs/user-guide.en.md and
// docs/user-guide.ja.md, compiled into the binary as resources) in the UI language; it follows
// a language switch while it is open.

#include <QDialog>

class QTextBrowser;

namespace cd::gui {

class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    ~UserGuideDialog() override;

    QTextBrowser *browser() const { return m_browser; }
    /// The guide's Markdown in `lang` ("ja" or "en"; anything else: English).
    static QString guideText(const QString &lang);
    /// Shows the guide window of `parent` (made on first use, kept hidden when closed).
    static UserGuideDialog *showFor(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser;
};

}  // namespace cd::gui
