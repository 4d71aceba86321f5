#pragma once
// The post-exercise questionnaire (アンケート): one input per question (a 1-5 scale, a choice or
// free text), shown when the exercise ends and sent once as the room's answers.

#include "exercise/roomdirectory.h"

#include <QGroupBox>
#include <QJsonObject>

class QFormLayout;
class QPushButton;

namespace cd::gui {

class SurveyForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyForm)

public:
    explicit SurveyForm(const exercise::RoomDirectory &directory, QWidget *parent = nullptr);
    ~SurveyForm() override;

    void retranslateUi();
    /// The answers as the survey action wants them (unanswered questions left out).
    QJsonObject answers() const;
    /// Shown as sent (the survey.answered event came back): inputs locked.
    void setSent();
    /// An observer's view: the room's answers are not this computer's to give (`why`, the tip).
    void setReadOnly(const QString &why);
    QPushButton *sendButton() const { return m_send; }
    QWidget *input(int question) const { return m_inputs.value(question); }

signals:
    void sendRequested(const QJsonObject &answers);

private:
    const exercise::RoomDirectory &m_directory;
    QFormLayout *m_form;
    QList<QWidget *> m_inputs;
    QPushButton *m_send;
    bool m_sent = false;
};

}  // namespace cd::gui
