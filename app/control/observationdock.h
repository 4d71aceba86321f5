#pragma once
// Evaluator observations: an objective, a rating (P performed, S with some difficulty, M with
// major difficulty, U unable), the observation text, linked to the events selected in the
// communications monitor.

#include <QDockWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cd::gui {

class ControlSession;

class ObservationDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservationDock)

public:
    /// `selectedEvents` gives the event numbers to link (the monitor's selection).
    ObservationDock(ControlSession &session, std::function<QList<qint64>()> selectedEvents, QWidget *parent = nullptr);
    ~ObservationDock() override;

    void record();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ControlSession &m_session;
    std::function<QList<qint64>()> m_selectedEvents;
    QComboBox *m_objective;
    QComboBox *m_rating;
    QPlainTextEdit *m_text;
    QPushButton *m_record;
    QLabel *m_hint;
    QTreeWidget *m_list;
};

}  // namespace cd::gui
