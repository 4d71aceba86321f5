#pragma once
// Exercise > Host for remote rooms: serves the console's running exercise to remote rooms (the
// same ExerciseServer and web portal as `crossdrill serve`). The dialog takes the listen
// address (HOST:PORT), an optional web-portal port and TLS certificate/key, then lists each
// room's join URL with a copy button and "Reissue token" (which revokes the old one and closes
// its connections). Hosting goes on while the dialog is hidden and stops with "Stop hosting" or
// when the console closes its exercise.

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd::exercise {
class Exercise;
}
namespace cd::net {
class ExerciseServer;
class WebPortal;
}  // namespace cd::net

namespace cd::gui {

class HostSeats;

class HostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostDialog)

public:
    enum Column { RoomColumn, UrlColumn, CopyColumn, ReissueColumn, PortalColumn, ColumnCount };

    /// `exercise` must outlive the dialog.
    explicit HostDialog(exercise::Exercise &exercise, QWidget *parent = nullptr);
    ~HostDialog() override;

    /// Adds "Host for remote rooms…" to `menu`; the action and its dialog belong to `owner`
    /// (the console) and go, hosting stopped, with it.
    static QAction *addMenuAction(QMenu *menu, exercise::Exercise &exercise, QObject *owner, QWidget *dialogParent);

    /// Starts serving with the form's settings; false (the reason shown and in `error`) when
    /// it cannot.
    bool startHosting(QString *error = nullptr);
    void stopHosting();
    bool isHosting() const;

    // The form and the results, for tests.
    QLineEdit *listenEdit() const { return m_listen; }
    QSpinBox *webPortSpin() const { return m_webPort; }
    QLineEdit *certEdit() const { return m_cert; }
    QTableWidget *table() const { return m_table; }
    /// The control team's seats (hostseats.h).
    HostSeats *seats() const { return m_seats; }
    net::ExerciseServer *server() const { return m_server.get(); }
    /// The join URL shown for `room` (empty when none is known: its token was issued before).
    QString joinUrl(const QString &room) const;
    /// Issues a new token for `room` (revoking the old one) and shows its URL.
    void reissue(const QString &room);
    /// Writes the join links shown now (the rooms whose token was issued while hosting) to
    /// `dir` as a CSV and printable sheets with QR codes (joinhandouts.h); how many, or -1 with
    /// `error` set.
    int exportLinks(const QString &dir, QString *error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// The Reissue button's tip (linkbuttons.h).
    static QString reissueTip();
    void fillTable();
    void setRoomUrls(int row, const QString &token);
    void updateState();
    void browse(QLineEdit *edit, const QString &filter);

    exercise::Exercise &m_exercise;
    std::unique_ptr<net::ExerciseServer> m_server;
    std::unique_ptr<net::WebPortal> m_portal;
    QLabel *m_listenLabel;
    QLabel *m_webLabel;
    QLabel *m_certLabel;
    QLabel *m_keyLabel;
    QLineEdit *m_listen;
    QSpinBox *m_webPort;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QPushButton *m_certBrowse;
    QPushButton *m_keyBrowse;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_export;
    QLabel *m_state;
    QTableWidget *m_table;
    QString m_error;  ///< why hosting failed (shown instead of "Not hosting"), empty if it did not
    HostSeats *m_seats;
};

}  // namespace cd::gui
