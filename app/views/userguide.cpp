#include "views/userguide.h"

#include "views/eventtext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::gui {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    retranslateUi();
}

UserGuideDialog::~UserGuideDialog() = default;

QString UserGuideDialog::guideText(const QString &lang)
{
    QFile file(lang == QLatin1String("ja") ? QStringLiteral(":/docs/user-guide.ja.md")
                                           : QStringLiteral(":/docs/user-guide.en.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

UserGuideDialog *UserGuideDialog::showFor(QWidget *parent)
{
    auto *guide = parent->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new UserGuideDialog(parent);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

void UserGuideDialog::retranslateUi()
{
    setWindowTitle(tr("CrossDrill user guide"));
    const QString text = guideText(uiLanguage());
    m_browser->setMarkdown(text.isEmpty() ? tr("The user guide is missing from this build.") : text);
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace cd::gui
