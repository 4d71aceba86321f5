#include "room/webpanel.h"

#include "exercise/roomendpoint.h"
#include "views/eventtext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::gui {

WebPanel::WebPanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory,
                   const exercise::RoomView &view, QWidget *parent)
    : QWidget(parent), m_endpoint(endpoint), m_directory(directory), m_view(view), m_site(new QComboBox(this)),
      m_pages(new QListWidget(this)), m_page(new QTextBrowser(this)), m_form(new QWidget(this)),
      m_formLabel(new QLabel(this)), m_path(new QLineEdit(m_form)), m_title(new QLineEdit(m_form)),
      m_body(new QPlainTextEdit(m_form)), m_post(new QPushButton(m_form))
{
    m_site->setObjectName(QStringLiteral("siteCombo"));
    for (const exercise::RoomDirectory::Site &s : m_directory.sites)
        m_site->addItem(QString(), s.id);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_body->setObjectName(QStringLiteral("pageBodyEdit"));
    m_post->setObjectName(QStringLiteral("postButton"));
    m_body->setMaximumHeight(120);
    connect(m_site, &QComboBox::currentIndexChanged, this, &WebPanel::showSite);
    connect(m_pages, &QListWidget::currentRowChanged, this, &WebPanel::showPage);
    connect(m_post, &QPushButton::clicked, this, &WebPanel::post);

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(QStringLiteral("path"), m_path);  // labels set in retranslateUi()
    form->addRow(QStringLiteral("title"), m_title);
    form->addRow(m_body);
    form->addRow(m_post);
    auto *split = new QSplitter(this);
    split->addWidget(m_pages);
    split->addWidget(m_page);
    split->setStretchFactor(0, 1);  // a third for the titles, so they are not clipped
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_site);
    layout->addWidget(split, 1);
    layout->addWidget(m_formLabel);
    layout->addWidget(m_form);
    retranslateUi();
    showSite();
}

WebPanel::~WebPanel() = default;

void WebPanel::retranslateUi()
{
    const QString lang = uiLanguage();
    for (int i = 0; i < m_site->count(); ++i)
        m_site->setItemText(i, m_directory.sites[size_t(i)].name.get(lang));
    auto *form = static_cast<QFormLayout *>(m_form->layout());
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_path)))
        l->setText(tr("Path:"));
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_title)))
        l->setText(tr("Title:"));
    m_path->setPlaceholderText(tr("/notices/1"));
    m_body->setPlaceholderText(tr("Page text"));
    m_post->setText(tr("Post"));
    showSite();
}

void WebPanel::update(const exercise::RoomView::Change &change)
{
    if (!change.page)
        return;
    if (change.page->site == m_site->currentData().toString())
        showSite();
    emit pageUpdated();
}

void WebPanel::showSite()
{
    const QString site = m_site->currentData().toString();
    const QString current = m_pages->currentItem() ? m_pages->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_pages);
    m_pages->clear();
    const QString lang = uiLanguage();
    for (const auto &[path, page] : m_view.pagesOf(site)) {
        auto *item = new QListWidgetItem(payloadText(page.title, lang), m_pages);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (path == current)
            m_pages->setCurrentItem(item);
    }
    const bool postable = canPost();
    m_form->setVisible(postable);
    // Where no form is, say why rather than leave the user looking for one.
    m_formLabel->setText(postable                ? tr("Post a page on this site")
                         : !m_readOnly.isEmpty() ? m_readOnly
                         : m_ended               ? tr("The exercise has ended: pages can only be read.")
                                                 : tr("This room can read this site but not post on it."));
    showPage();
    emit siteChanged();
}

bool WebPanel::canPost() const
{
    if (m_ended || !m_readOnly.isEmpty())
        return false;
    const QString site = m_site->currentData().toString();
    for (const exercise::RoomDirectory::Site &s : m_directory.sites)
        if (s.id == site && s.canPost)
            return true;
    return false;
}

void WebPanel::setEnded()
{
    m_ended = true;
    showSite();
}

void WebPanel::setReadOnly(const QString &why)
{
    m_readOnly = why;
    showSite();
}

void WebPanel::showPage()
{
    const QListWidgetItem *item = m_pages->currentItem();
    if (!item) {
        m_page->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Select a page").toHtmlEscaped()));
        return;
    }
    const exercise::RoomPage *page = m_view.page(m_site->currentData().toString(), item->data(Qt::UserRole).toString());
    if (!page)
        return;
    const QString lang = uiLanguage();
    m_page->setHtml(
        QStringLiteral("<h2>%1</h2><p><small>%2 · %3 · %4</small></p><p style='white-space: pre-wrap'>%5</p>")
            .arg(payloadText(page->title, lang).toHtmlEscaped(), page->path.toHtmlEscaped(),
                 tr("version %1").arg(page->version), clockText(page->minute, m_directory.start),
                 payloadText(page->body, lang).toHtmlEscaped()));
}

void WebPanel::post()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !canPost())
        return;
    m_endpoint.postPage(m_site->currentData().toString(), path, m_title->text(), m_body->toPlainText());
    m_title->clear();
    m_body->clear();
}

}  // namespace cd::gui
