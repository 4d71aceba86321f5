#pragma once
// The room's own play: the status of its own service (only what the visibility rule sends it),
// its hypotheses about the cause and their judgement, the responses it may request and their
// state, and the survey once the exercise ends; all as the window's room view folds them.

#include "exercise/roomdirectory.h"
#include "exercise/roomview.h"

#include <QWidget>

#include <map>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd::exercise {
class RoomEndpoint;
}

namespace cd::gui {

class SurveyForm;

class PlayPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayPanel)

public:
    PlayPanel(exercise::RoomEndpoint &endpoint, const exercise::RoomDirectory &directory, QWidget *parent = nullptr);
    ~PlayPanel() override;

    /// Shows what folding one event into the window's room view changed.
    void update(const exercise::RoomView::Change &change);
    void retranslateUi();
    /// The exercise has ended: hypotheses and requests close, the survey opens (if any).
    void setEnded();
    /// An observer's view (`why` non-empty): status, hypotheses, requests and the survey are
    /// shown, nothing can be submitted, requested or answered; `why` is each control's tip.
    void setReadOnly(const QString &why);

    QTreeWidget *hypothesisTree() const { return m_hypotheses; }
    QPlainTextEdit *hypothesisEdit() const { return m_hypothesisEdit; }
    QPushButton *submitHypothesisButton() const { return m_submit; }
    QTreeWidget *responseTree() const { return m_responses; }
    QPushButton *requestButton() const { return m_request; }
    SurveyForm *survey() const { return m_survey; }

signals:
    void surveyOpened();

private:
    QString labelText(const QString &label) const;
    QString sectorName(const QString &node) const;

    exercise::RoomEndpoint &m_endpoint;
    const exercise::RoomDirectory &m_directory;
    std::map<QString, QTreeWidgetItem *> m_statusItems;
    std::map<QString, QTreeWidgetItem *> m_hypothesisItems;
    QGroupBox *m_statusBox;
    QTreeWidget *m_status;
    QGroupBox *m_hypothesisBox;
    QTreeWidget *m_hypotheses;
    QPlainTextEdit *m_hypothesisEdit;
    QPushButton *m_submit;
    QGroupBox *m_responseBox;
    QTreeWidget *m_responses;
    QPushButton *m_request;
    SurveyForm *m_survey;
    QScrollArea *m_surveyScroll = nullptr;
    bool m_ended = false;
    QString m_readOnly;
};

}  // namespace cd::gui
