#include "room/mailpanel.h"

#include "exercise/roomendpoint.h"
#include "room/composedialog.h"
#include "views/eventtext.h"
#include "views/mailmodel.h"
#include "views/repaintthrottle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace cd::gui {

MailPanel::MailPanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory,
                     const exercise::RoomView &view, QWidget *parent)
    : QWidget(parent), m_endpoint(endpoint), m_directory(directory), m_box(view.mail()),
      m_model(new MailModel(
          m_box, [this](const QString &id) { return m_directory.nameOf(id, uiLanguage()); }, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_folder(new QComboBox(this)), m_view(new QTreeView(this)),
      m_reader(new QTextBrowser(this)), m_new(new QPushButton(this)), m_reply(new QPushButton(this)),
      m_forward(new QPushButton(this))
{
    m_model->setClockStart(directory.start);
    m_model->setLanguage(uiLanguage());
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(MailModel::InboxRole);
    m_proxy->setFilterFixedString(QStringLiteral("true"));
    m_proxy->setSortRole(MailModel::MinuteRole);
    m_folder->setObjectName(QStringLiteral("folderCombo"));
    m_folder->addItems({QString(), QString()});
    connect(m_folder, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setFilterFixedString(i == 0 ? QStringLiteral("true") : QStringLiteral("false"));
    });
    m_view->setObjectName(QStringLiteral("mailView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);  // no per-row text layout as thousands of mails arrive
    // The scroll bar is always there: its appearing when the list outgrows the window would lay
    // out the view again (and shift its columns) in every room window fed by the same inject.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MailModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(MailModel::TimeColumn, 70);
    m_view->setColumnWidth(MailModel::FromColumn, 200);
    m_view->setColumnWidth(MailModel::ToColumn, 200);
    m_view->setColumnWidth(MailModel::KindColumn, 140);
    new RepaintThrottle(m_view);  // owned by the view
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MailPanel::showCurrent);
    connect(m_model, &MailModel::unreadChanged, this, &MailPanel::unreadChanged);
    m_reader->setObjectName(QStringLiteral("mailReader"));

    // The shortcuts are the window's (RoomActions), so they work from every tab.
    m_new->setObjectName(QStringLiteral("newMailButton"));
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_forward->setObjectName(QStringLiteral("forwardButton"));
    connect(m_new, &QPushButton::clicked, this, [this] { compose(Compose::New); });
    connect(m_reply, &QPushButton::clicked, this, [this] { compose(Compose::Reply); });
    connect(m_forward, &QPushButton::clicked, this, [this] { compose(Compose::Forward); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_folder);
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_reply);
    bar->addWidget(m_forward);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_reader);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    retranslateUi();
}

MailPanel::~MailPanel() = default;

void MailPanel::retranslateUi()
{
    m_folder->setItemText(0, tr("Inbox"));
    m_folder->setItemText(1, tr("Sent"));
    m_new->setText(tr("New mail (Ctrl+N)"));
    m_reply->setText(tr("Reply (Ctrl+R)"));
    m_forward->setText(tr("Forward (Ctrl+Shift+F)"));
    m_model->setLanguage(uiLanguage());
    showCurrent();
}

void MailPanel::update(const exercise::RoomView::Change &change)
{
    m_model->update(change.mail);
}

void MailPanel::setEnded()
{
    m_ended = true;
    // An observer's reason stays: the end does not make a read-only view any less read-only.
    const QString why = m_readOnly.isEmpty() ? tr("The exercise has ended: mail can only be read.") : m_readOnly;
    for (QPushButton *b : {m_new, m_reply, m_forward}) {
        b->setEnabled(false);
        b->setToolTip(why);
    }
}

void MailPanel::setReadOnly(const QString &why)
{
    m_readOnly = why;
    for (QPushButton *b : {m_new, m_reply, m_forward}) {
        b->setEnabled(false);
        b->setToolTip(why);
    }
}

QString MailPanel::currentMail() const
{
    return m_view->currentIndex().data(MailModel::IdRole).toString();
}

void MailPanel::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const bool canWrite = !m_ended && m_readOnly.isEmpty();
    m_reply->setEnabled(current.isValid() && canWrite);
    m_forward->setEnabled(current.isValid() && canWrite);
    if (!current.isValid()) {
        m_reader->clear();
        return;
    }
    const QModelIndex row = m_proxy->mapToSource(current);
    const auto cell = [&](int column) { return m_model->index(row.row(), column).data().toString().toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> %3<br><b>%4</b> %5<br><b>%6</b> %7 &nbsp; <b>%8</b> %9</p>")
                       .arg(cell(MailModel::SubjectColumn), tr("From:"), cell(MailModel::FromColumn), tr("To:"),
                            cell(MailModel::ToColumn), tr("Kind:"), cell(MailModel::KindColumn), tr("Time:"),
                            cell(MailModel::TimeColumn));
    const QStringList attachments = row.data(MailModel::AttachmentsRole).toStringList();
    if (!attachments.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Attachments:"), attachments.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<hr><p style='white-space: pre-wrap'>%1</p>")
                .arg(row.data(MailModel::BodyRole).toString().toHtmlEscaped());
    // The rest of the thread, oldest first, so a reply is read with what it answers; a mail both
    // sent and received here is listed once, as received.
    QStringList others;
    for (const int r : m_box.thread(row.data(MailModel::ThreadRole).toString())) {
        const exercise::RoomMail &mail = m_box.mails()[size_t(r)];
        if (r == row.row() || r >= m_model->rowCount() || (!mail.inbox && m_box.indexOf(mail.id, true) >= 0))
            continue;
        others << QStringLiteral("<li>%1 — %2: %3</li>")
                      .arg(m_model->index(r, MailModel::TimeColumn).data().toString(),
                           m_model->index(r, MailModel::FromColumn).data().toString(),
                           m_model->index(r, MailModel::SubjectColumn).data().toString())
                      .toHtmlEscaped()
                      .replace(QLatin1String("&lt;li&gt;"), QLatin1String("<li>"))
                      .replace(QLatin1String("&lt;/li&gt;"), QLatin1String("</li>"));
    }
    if (!others.isEmpty())
        html += QStringLiteral("<hr><p><b>%1</b></p><ul>%2</ul>").arg(tr("In this thread:"), others.join(QString()));
    m_reader->setHtml(html);
    if (row.data(MailModel::UnreadRole).toBool() && m_readOnly.isEmpty())
        m_endpoint.markRead(row.data(MailModel::IdRole).toString());
}

void MailPanel::compose(Compose mode)
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if ((mode != Compose::New && !current.isValid()) || !m_readOnly.isEmpty())
        return;
    auto *dialog = new ComposeDialog(m_directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString parentId;
    if (mode != Compose::New) {
        parentId = current.data(MailModel::IdRole).toString();
        const QString subject = m_model->index(current.row(), MailModel::SubjectColumn).data().toString();
        const QString quoted =
            QStringLiteral("\n\n> ") +
            current.data(MailModel::BodyRole).toString().replace(QLatin1Char('\n'), QStringLiteral("\n> "));
        dialog->setBody(quoted);
        if (mode == Compose::Reply) {
            dialog->setWindowTitle(tr("Reply"));
            dialog->setSubject(tr("Re: %1").arg(subject));
            // Reply to the sender; on a mail this room sent, to its recipients again.
            if (current.data(MailModel::InboxRole).toBool())
                dialog->setRecipients({current.data(MailModel::FromRole).toString()}, {});
            else
                dialog->setRecipients(current.data(MailModel::ToRole).toStringList(), {});
        } else {
            dialog->setWindowTitle(tr("Forward"));
            dialog->setSubject(tr("Fwd: %1").arg(subject));
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, mode, parentId] {
        if (mode == Compose::Forward) {
            const QJsonObject a = exercise::action(exercise::Verb::Forward,
                                                   {{QStringLiteral("mail"), parentId},
                                                    {QStringLiteral("to"), QJsonArray::fromStringList(dialog->to())},
                                                    {QStringLiteral("cc"), QJsonArray::fromStringList(dialog->cc())},
                                                    {QStringLiteral("kind"), dialog->kind()},
                                                    {QStringLiteral("body"), dialog->body()}});
            m_endpoint.perform(a);
        } else {
            m_endpoint.sendMail(dialog->to(), dialog->cc(), dialog->kind(), dialog->subject(), dialog->body(),
                                parentId);
        }
    });
    dialog->open();
    emit composeOpened(dialog);
}

}  // namespace cd::gui
