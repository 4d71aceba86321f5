#include "control/hostseats.h"

#include "control/linkbuttons.h"
#include "exercise/exercise.h"
#include "exercise/seats.h"
#include "net/exerciseserver.h"
#include "views/eventtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::gui {

namespace {
constexpr linkbuttons::Columns kSeatButtons{HostSeats::CopyColumn, HostSeats::ReissueColumn};
}

HostSeats::HostSeats(exercise::Exercise &exercise, QWidget *parent)
    : QWidget(parent), m_exercise(exercise), m_heading(new QLabel(this)), m_spec(new QLineEdit(this)),
      m_add(new QPushButton(this)), m_error(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("hostSeats"));
    m_spec->setObjectName(QStringLiteral("hostSeatSpec"));
    m_spec->setPlaceholderText(QStringLiteral("wc=whitecell:PERSONA,…"));
    m_add->setObjectName(QStringLiteral("hostAddSeat"));
    m_error->setObjectName(QStringLiteral("hostSeatError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("#hostSeatError { color: #b71c1c; }"));
    m_table->setObjectName(QStringLiteral("hostSeatTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 5);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *row = new QHBoxLayout;
    row->addWidget(m_spec, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &HostSeats::addFromEdit);
    connect(m_spec, &QLineEdit::returnPressed, this, &HostSeats::addFromEdit);
    setServer(nullptr);
}

HostSeats::~HostSeats() = default;

void HostSeats::setServer(net::ExerciseServer *server)
{
    m_server = server;
    m_urls.clear();
    m_error->clear();
    m_spec->setEnabled(server);
    m_add->setEnabled(server);
    fill();
}

void HostSeats::addFromEdit()
{
    QString error;
    if (addSeat(m_spec->text().trimmed(), &error))
        m_spec->clear();
    m_error->setText(error);
}

bool HostSeats::addSeat(const QString &spec, QString *error)
{
    if (!m_server) {
        *error = tr("Start hosting first: seats connect to the server");
        return false;
    }
    const std::optional<exercise::Seat> seat = exercise::parseSeat(spec, m_exercise.scenario(), error);
    if (!seat)
        return false;
    const QMap<QString, QString> issued = m_server->addSeats({*seat});
    if (issued.contains(seat->id))
        m_urls.insert(seat->id, m_server->seatUrl(seat->id, issued.value(seat->id)));
    error->clear();
    fill();
    return true;
}

void HostSeats::reissue(const QString &seat)
{
    if (!m_server)
        return;
    const QString token = m_server->reissueSeat(seat);
    if (!token.isEmpty())
        m_urls.insert(seat, m_server->seatUrl(seat, token));
    fill();
}

QString HostSeats::seatUrl(const QString &seat) const
{
    return m_urls.value(seat);
}

std::vector<control::JoinLink> HostSeats::links() const
{
    std::vector<control::JoinLink> out;
    if (!m_server)
        return out;
    for (const exercise::Seat &seat : m_server->seats())
        if (m_urls.contains(seat.id)) {
            QStringList ja, en;
            for (const QString &item : seat.list) {
                const scenario::Persona *p =
                    seat.role == exercise::SeatRole::WhiteCell ? m_exercise.scenario().persona(item) : nullptr;
                const scenario::Room *r = p ? nullptr : m_exercise.scenario().room(item);
                const scenario::Text name = p ? p->name : r ? r->name : scenario::Text::fromPlain(item);
                ja << name.get(QStringLiteral("ja"));
                en << name.get(QStringLiteral("en"));
            }
            out.push_back({seat.id,
                           scenario::Text::fromPair(ja.join(QStringLiteral("、")), en.join(QStringLiteral(", "))),
                           m_urls.value(seat.id),
                           {},
                           seat.spec()});
        }
    return out;
}

void HostSeats::fill()
{
    m_table->setRowCount(0);
    if (!m_server) {
        retranslateUi();
        return;
    }
    for (const exercise::Seat &seat : m_server->seats()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *id = new QTableWidgetItem(seat.id);
        id->setData(Qt::UserRole, seat.id);
        m_table->setItem(row, SeatColumn, id);
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(seat.spec()));
        auto *url = new QTableWidgetItem(m_urls.value(seat.id));
        if (m_urls.contains(seat.id))
            url->setData(Qt::UserRole, m_urls.value(seat.id));
        m_table->setItem(row, UrlColumn, url);
        linkbuttons::add(
            m_table, row, kSeatButtons, seat.id, [this, s = seat.id] { return m_urls.value(s); },
            [this, s = seat.id] { reissue(s); }, m_urls.contains(seat.id), true, reissueTip());
    }
    m_table->resizeColumnToContents(SeatColumn);
    m_table->resizeColumnToContents(RoleColumn);
    retranslateUi();
}

QString HostSeats::reissueTip()
{
    return tr("Issue a new URL for this seat; the old one stops working at once");
}

void HostSeats::retranslateUi()
{
    m_heading->setText(tr("Control-team seats (crossdrill join SEAT_URL)"));
    m_add->setText(tr("Add seat"));
    m_spec->setToolTip(tr("ID=ROLE[:LIST]: controller, whitecell:PERSONA,…, evaluator:ROOM,… or observer:ROOM,…"));
    m_table->setHorizontalHeaderLabels({tr("Seat"), tr("Role"), tr("Seat URL"), QString(), QString()});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *url = m_table->item(row, UrlColumn); url && url->data(Qt::UserRole).isNull())
            url->setText(tr("(token issued earlier: reissue to show a new URL)"));
        linkbuttons::retranslate(m_table, row, kSeatButtons, reissueTip());
    }
}

void HostSeats::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace cd::gui
