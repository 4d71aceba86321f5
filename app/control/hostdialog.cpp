#include "control/hostdialog.h"

#include "control/hostseats.h"
#include "control/joinhandouts.h"
#include "control/linkbuttons.h"
#include "exercise/exercise.h"
#include "net/exerciseserver.h"
#include "net/protocol.h"
#include "net/tlsfiles.h"
#include "net/webportal.h"
#include "views/eventtext.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::gui {

namespace {
constexpr linkbuttons::Columns kRoomButtons{HostDialog::CopyColumn, HostDialog::ReissueColumn};

// Keeps the menu entry's text in the UI language (a menu gets LanguageChange like any widget).
class ActionRetranslator final : public QObject
{
public:
    ActionRetranslator(QAction *action, QMenu *menu) : QObject(action), m_action(action)
    {
        menu->installEventFilter(this);
        retranslate();
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_action->setText(HostDialog::tr("&Host for remote rooms…"));
        m_action->setStatusTip(HostDialog::tr("Serve this exercise to player rooms on other computers"));
    }
    QAction *m_action;
};
}  // namespace

HostDialog::HostDialog(exercise::Exercise &exercise, QWidget *parent)
    : QDialog(parent), m_exercise(exercise), m_listenLabel(new QLabel(this)), m_webLabel(new QLabel(this)),
      m_certLabel(new QLabel(this)), m_keyLabel(new QLabel(this)), m_listen(new QLineEdit(this)),
      m_webPort(new QSpinBox(this)), m_cert(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_certBrowse(new QPushButton(this)), m_keyBrowse(new QPushButton(this)), m_start(new QPushButton(this)),
      m_stop(new QPushButton(this)), m_export(new QPushButton(this)), m_state(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("hostDialog"));
    m_listen->setObjectName(QStringLiteral("hostListen"));
    m_listen->setText(QStringLiteral("0.0.0.0:8765"));
    m_webPort->setObjectName(QStringLiteral("hostWebPort"));
    m_webPort->setRange(-1, 65535);  // -1: no portal; 0: any free port
    m_webPort->setValue(-1);
    auto *form = new QFormLayout;
    form->addRow(m_listenLabel, m_listen);
    form->addRow(m_webLabel, m_webPort);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_cert, 1);
    certRow->addWidget(m_certBrowse);
    form->addRow(m_certLabel, certRow);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_keyBrowse);
    form->addRow(m_keyLabel, keyRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_export);
    m_export->setObjectName(QStringLiteral("hostExportLinks"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("hostTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PortalColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 3);
    m_seats = new HostSeats(exercise, this);
    layout->addWidget(m_seats, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { startHosting(); });
    connect(m_stop, &QPushButton::clicked, this, &HostDialog::stopHosting);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, m_export->text());
        if (dir.isEmpty())
            return;
        QString error;
        const int written = exportLinks(dir, &error);
        if (written < 0)
            QMessageBox::warning(this, windowTitle(), error);
        else
            QMessageBox::information(
                this, windowTitle(),
                tr("Join links of %n room(s) written to %1: join-links.csv and join-handouts.html (open it in a "
                   "browser to print one sheet per room). They are the rooms' keys: hand each sheet to its room only.",
                   nullptr, written)
                        .arg(QDir::toNativeSeparators(dir)) +
                    (written < m_table->rowCount()
                         ? QStringLiteral("\n\n") + tr("%n room(s) left out: their tokens were issued earlier; reissue "
                                                       "them to include them.",
                                                       nullptr, m_table->rowCount() - written)
                         : QString()));
    });
    connect(m_certBrowse, &QPushButton::clicked, this,
            [this] { browse(m_cert, tr("PEM certificates (*.pem *.crt);;All files (*)")); });
    connect(m_keyBrowse, &QPushButton::clicked, this,
            [this] { browse(m_key, tr("PEM keys (*.pem *.key);;All files (*)")); });
    retranslateUi();
    fillTable();
    updateState();
    resize(980, 420);
}

HostDialog::~HostDialog()
{
    // The exercise may already be gone (the console's session goes before its children);
    // stopping touches only the sockets.
    m_portal.reset();
    m_server.reset();
}

QAction *HostDialog::addMenuAction(QMenu *menu, exercise::Exercise &exercise, QObject *owner, QWidget *dialogParent)
{
    auto *action = new QAction(owner);
    action->setObjectName(QStringLiteral("hostRemoteRoomsAction"));
    new ActionRetranslator(action, menu);
    auto *dialog = new HostDialog(exercise, dialogParent);
    // The dialog goes with the action's owner (the console), before the exercise does.
    QObject::connect(owner, &QObject::destroyed, dialog, [dialog] { delete dialog; });
    QObject::connect(action, &QAction::triggered, dialog, [dialog] {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    menu->addAction(action);
    return action;
}

bool HostDialog::startHosting(QString *errorOut)
{
    QString error;
    const auto failed = [&](const QString &message) {
        m_server.reset();
        m_portal.reset();
        m_error = message;
        if (errorOut)
            *errorOut = message;
        updateState();
        return false;
    };
    if (m_server)
        return true;
    m_error.clear();
    QString host;
    QHostAddress address;
    quint16 port = 0;
    if (!net::parseListen(m_listen->text().trimmed(), &host, &address, &port))
        return failed(tr("Listen on: expected HOST:PORT, got \"%1\"").arg(m_listen->text()));
    const bool tls = !m_cert->text().isEmpty() || !m_key->text().isEmpty();
    QSslConfiguration ssl;
    if (tls && !net::loadTlsFiles(m_cert->text(), m_key->text(), &ssl, &error))
        return failed(tr("TLS: %1").arg(error));
    try {
        m_server = std::make_unique<net::ExerciseServer>(m_exercise);
    } catch (const std::exception &e) {
        return failed(tr("Cannot host: %1").arg(QString::fromUtf8(e.what())));
    }
    m_server->setPublicHost(host);
    if (tls)
        m_server->setTls(ssl);
    if (!m_server->listen(address, port, &error))
        return failed(tr("Cannot listen on %1: %2").arg(m_listen->text(), error));
    if (m_webPort->value() >= 0) {
        m_portal = std::make_unique<net::WebPortal>(*m_server);
        if (tls)
            m_portal->setTls(ssl);
        if (!m_portal->listen(address, quint16(m_webPort->value()), &error))
            return failed(tr("Cannot serve the web portal on port %1: %2").arg(m_webPort->value()).arg(error));
    }
    connect(m_server.get(), &net::ExerciseServer::connectionsChanged, this, &HostDialog::updateState);
    m_seats->setServer(m_server.get());
    fillTable();
    const QMap<QString, QString> issued = m_server->issueTokens(false);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString room = m_table->item(row, RoomColumn)->data(Qt::UserRole).toString();
        if (issued.contains(room))
            setRoomUrls(row, issued.value(room));
    }
    updateState();
    return true;
}

void HostDialog::stopHosting()
{
    m_seats->setServer(nullptr);
    m_portal.reset();
    m_server.reset();  // closes every connection (the clients retry until hosting starts again)
    fillTable();
    m_error.clear();
    updateState();
}

bool HostDialog::isHosting() const
{
    return m_server != nullptr;
}

QString HostDialog::joinUrl(const QString &room) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, RoomColumn)->data(Qt::UserRole).toString() == room)
            return m_table->item(row, UrlColumn)->data(Qt::UserRole).toString();
    return {};
}

void HostDialog::reissue(const QString &room)
{
    if (!m_server)
        return;
    const QString token = m_server->reissueToken(room);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, RoomColumn)->data(Qt::UserRole).toString() == room)
            setRoomUrls(row, token);
    updateState();
}

int HostDialog::exportLinks(const QString &dir, QString *error)
{
    std::vector<control::JoinLink> links;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString url = m_table->item(row, UrlColumn)->data(Qt::UserRole).toString();
        if (url.isEmpty())
            continue;
        const QString room = m_table->item(row, RoomColumn)->data(Qt::UserRole).toString();
        const scenario::Room *r = m_exercise.scenario().room(room);
        links.push_back(
            {room, r ? r->name : scenario::Text::fromPlain(room), url, m_table->item(row, PortalColumn)->text(), {}});
    }
    const std::vector<control::JoinLink> seats = m_seats->links();
    links.insert(links.end(), seats.begin(), seats.end());
    const QString lang = uiLanguage();
    if (!control::writeJoinHandouts(dir, m_exercise.scenario().meta.title.get(lang), links, lang, error))
        return -1;
    return int(links.size());
}

QString HostDialog::reissueTip()
{
    return tr("Issue a new join URL for this room; the old one stops working at once");
}

void HostDialog::fillTable()
{
    const auto &rooms = m_exercise.scenario().rooms;
    m_table->setRowCount(int(rooms.size()));
    for (int row = 0; row < int(rooms.size()); ++row) {
        const scenario::Room &r = rooms[size_t(row)];
        auto *name = new QTableWidgetItem(r.name.get(uiLanguage()));
        name->setData(Qt::UserRole, r.id);
        name->setToolTip(r.id);
        m_table->setItem(row, RoomColumn, name);
        auto *url =
            new QTableWidgetItem(m_server ? tr("(token issued earlier: reissue to show a new URL)") : QString());
        m_table->setItem(row, UrlColumn, url);
        m_table->setItem(row, PortalColumn, new QTableWidgetItem);
        linkbuttons::add(
            m_table, row, kRoomButtons, r.id, [this, id = r.id] { return joinUrl(id); },
            [this, id = r.id] { reissue(id); }, false, m_server != nullptr, reissueTip());
    }
    m_table->resizeColumnToContents(RoomColumn);
}

void HostDialog::setRoomUrls(int row, const QString &token)
{
    const QString room = m_table->item(row, RoomColumn)->data(Qt::UserRole).toString();
    const QString url = m_server->joinUrl(room, token);
    QTableWidgetItem *item = m_table->item(row, UrlColumn);
    item->setText(url);
    item->setData(Qt::UserRole, url);
    if (m_portal)
        m_table->item(row, PortalColumn)->setText(m_portal->roomUrl(room, token));
    linkbuttons::enableCopy(m_table, row, kRoomButtons);
}

void HostDialog::updateState()
{
    const bool hosting = m_server != nullptr;
    for (QWidget *w :
         {static_cast<QWidget *>(m_listen), static_cast<QWidget *>(m_webPort), static_cast<QWidget *>(m_cert),
          static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_certBrowse), static_cast<QWidget *>(m_keyBrowse)})
        w->setEnabled(!hosting);
    m_start->setEnabled(!hosting);
    m_stop->setEnabled(hosting);
    bool anyUrl = false;
    for (int row = 0; row < m_table->rowCount() && !anyUrl; ++row)
        anyUrl = !m_table->item(row, UrlColumn)->data(Qt::UserRole).isNull();
    m_export->setEnabled(hosting && anyUrl);
    if (hosting)
        m_state->setText(tr("Hosting on port %1 (%2), %3 connected")
                             .arg(m_server->port())
                             .arg(m_server->isTls() ? QStringLiteral("wss") : QStringLiteral("ws"))
                             .arg(m_server->connectionCount()) +
                         (m_portal ? tr("; web portal on port %1").arg(m_portal->port()) : QString()));
    else  // set again on every call, so a language switch reaches it
        m_state->setText(m_error.isEmpty() ? tr("Not hosting") : m_error);
}

void HostDialog::browse(QLineEdit *edit, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), edit->text(), filter);
    if (!path.isEmpty())
        edit->setText(path);
}

void HostDialog::retranslateUi()
{
    setWindowTitle(tr("Host for remote rooms"));
    m_listenLabel->setText(tr("Listen on (HOST:PORT):"));
    m_webLabel->setText(tr("Web portal port:"));
    m_webPort->setSpecialValueText(tr("none"));
    m_webPort->setToolTip(tr("Also serve each room's web portal to browsers (0: any free port)"));
    m_certLabel->setText(tr("TLS certificate (PEM, optional):"));
    m_keyLabel->setText(tr("TLS private key (PEM):"));
    m_certBrowse->setText(tr("Browse…"));
    m_keyBrowse->setText(tr("Browse…"));
    m_start->setText(tr("Start hosting"));
    m_stop->setText(tr("Stop hosting"));
    m_export->setText(tr("Export join links…"));
    m_export->setToolTip(tr("Write every room's join links to a folder: a CSV and printable sheets with QR codes"));
    m_table->setHorizontalHeaderLabels(
        {tr("Room"), tr("Join URL (crossdrill join)"), QString(), QString(), tr("Web portal")});
    const QString lang = uiLanguage();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *name = m_table->item(row, RoomColumn))
            if (const scenario::Room *r = m_exercise.scenario().room(name->data(Qt::UserRole).toString()))
                name->setText(r->name.get(lang));
        if (QTableWidgetItem *url = m_table->item(row, UrlColumn); url && m_server && url->data(Qt::UserRole).isNull())
            url->setText(tr("(token issued earlier: reissue to show a new URL)"));
        linkbuttons::retranslate(m_table, row, kRoomButtons, reissueTip());
    }
    updateState();
}

void HostDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace cd::gui
