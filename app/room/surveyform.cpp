#include "room/surveyform.h"

#include "views/eventtext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cd::gui {

SurveyForm::SurveyForm(const exercise::RoomDirectory &directory, QWidget *parent)
    : QGroupBox(parent), m_directory(directory), m_form(new QFormLayout(this)), m_send(new QPushButton(this))
{
    setObjectName(QStringLiteral("surveyForm"));
    for (const scenario::SurveyQuestion &q : m_directory.survey) {
        QWidget *input = nullptr;
        if (q.type == scenario::QuestionType::Text) {
            input = new QLineEdit(this);
        } else {
            auto *combo = new QComboBox(this);
            combo->addItem(QStringLiteral("—"), QVariant());
            if (q.type == scenario::QuestionType::Scale5)
                for (int i = 1; i <= 5; ++i)
                    combo->addItem(QString::number(i), i);
            else
                for (size_t i = 0; i < q.options.size(); ++i)
                    combo->addItem(QString(), int(i));
            input = combo;
        }
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        m_form->addRow(label, input);
        m_inputs << input;
    }
    // Each question above its answer, wrapped to the form's width: beside the field a long
    // question (with its 1-5 anchors) was cut off in a room window at 1366x768.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_send->setObjectName(QStringLiteral("sendSurveyButton"));
    m_form->addRow(m_send);
    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(answers()); });
    retranslateUi();
}

SurveyForm::~SurveyForm() = default;

void SurveyForm::retranslateUi()
{
    const QString lang = uiLanguage();
    setTitle(tr("Survey (アンケート)"));
    m_send->setText(m_sent ? tr("Answers sent — thank you") : tr("Send answers"));
    for (int i = 0; i < m_inputs.size(); ++i) {
        const scenario::SurveyQuestion &q = m_directory.survey[size_t(i)];
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_inputs[i])))
            label->setText(q.text.get(lang));
        if (auto *combo = qobject_cast<QComboBox *>(m_inputs[i]); combo && q.type == scenario::QuestionType::Choice)
            for (size_t k = 0; k < q.options.size(); ++k)
                combo->setItemText(int(k) + 1, q.options[k].get(lang));
    }
}

void SurveyForm::setReadOnly(const QString &why)
{
    for (QWidget *w : std::as_const(m_inputs)) {
        w->setEnabled(false);
        w->setToolTip(why);
    }
    m_send->setEnabled(false);
    m_send->setToolTip(why);
}

QJsonObject SurveyForm::answers() const
{
    QJsonObject out;
    for (int i = 0; i < m_inputs.size(); ++i) {
        const QString id = m_directory.survey[size_t(i)].id;
        if (auto *edit = qobject_cast<QLineEdit *>(m_inputs[i]); edit && !edit->text().trimmed().isEmpty())
            out.insert(id, edit->text().trimmed());
        if (auto *combo = qobject_cast<QComboBox *>(m_inputs[i]); combo && combo->currentData().isValid())
            out.insert(id, combo->currentData().toInt());
    }
    return out;
}

void SurveyForm::setSent()
{
    for (QWidget *w : std::as_const(m_inputs))
        w->setEnabled(false);
    m_send->setEnabled(false);
    m_sent = true;
    m_send->setText(tr("Answers sent — thank you"));
}

}  // namespace cd::gui
