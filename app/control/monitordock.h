#pragma once
// The communications monitor: all mail, calls and posts across rooms, filterable by room,
// channel and kind, searchable, with the selected message's thread one click away.

#include "exercise/vocab.h"

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cd::gui {

class CommsFilter;
class CommsModel;
class ControlSession;

class MonitorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorDock)

public:
    MonitorDock(ControlSession &session, QWidget *parent = nullptr);
    ~MonitorDock() override;

    CommsModel *model() const { return m_model; }
    CommsFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *kindCombo() const { return m_kind; }
    /// Event numbers of the selected rows (for evaluator observations).
    QList<qint64> selectedEvents() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();

    ControlSession &m_session;
    CommsModel *m_model;
    CommsFilter *m_filter;
    QComboBox *m_room;
    QComboBox *m_channel;
    QComboBox *m_kind;
    QLineEdit *m_search;
    QPushButton *m_thread;
    QTableView *m_view;
    QTextBrowser *m_detail;
};

}  // namespace cd::gui
