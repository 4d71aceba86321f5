#pragma once
// The control team's seats in the host dialog (docs/user-guide.en.md "Control-team seats"): while
// the console hosts, a line "ID=ROLE[:LIST]" adds a seat (checked against the scenario, as
// `serve --seat` checks it), and a table shows each seat's role and, for the tokens issued here,
// its URL (`crossdrill join SEAT_URL`), with Copy and Reissue. Seats are kept in the exercise
// database by the server, so the seats of an earlier session are listed too.

#include "control/joinhandouts.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd::exercise {
class Exercise;
}
namespace cd::net {
class ExerciseServer;
}

namespace cd::gui {

class HostSeats final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostSeats)

public:
    enum Column { SeatColumn, RoleColumn, UrlColumn, CopyColumn, ReissueColumn, ColumnCount };

    /// `exercise` must outlive the widget.
    explicit HostSeats(exercise::Exercise &exercise, QWidget *parent = nullptr);
    ~HostSeats() override;

    /// The server while hosting, nullptr otherwise (the seats are then shown without URLs).
    void setServer(net::ExerciseServer *server);
    /// Adds (or gives another role to) the seat "ID=ROLE[:LIST]"; false with `error` set when the
    /// spec is wrong or nothing is hosted.
    bool addSeat(const QString &spec, QString *error);
    /// Issues a new token for `seat`, revoking the old one, and shows its URL.
    void reissue(const QString &seat);
    /// The URL shown for `seat` (empty: its token was issued before, or none).
    QString seatUrl(const QString &seat) const;
    /// The seats whose URL is shown, for the handouts.
    std::vector<control::JoinLink> links() const;

    QLineEdit *specEdit() const { return m_spec; }
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// The Reissue button's tip (linkbuttons.h).
    static QString reissueTip();
    void fill();
    void addFromEdit();

    exercise::Exercise &m_exercise;
    net::ExerciseServer *m_server = nullptr;
    QLabel *m_heading;
    QLineEdit *m_spec;
    QPushButton *m_add;
    QLabel *m_error;
    QTableWidget *m_table;
    QMap<QString, QString> m_urls;  ///< seat -> URL issued while this dialog hosts
};

}  // namespace cd::gui
