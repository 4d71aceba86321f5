#include "editor/surveypage.h"

#include "editor/commands/addquestioncommand.h"
#include "editor/commands/removequestioncommand.h"
#include "editor/commands/setquestioncommand.h"
#include "editor/formfields.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/sectionmodel.h"
#include "editor/textpairedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::editor {

using scenario::QuestionType;

namespace {
SectionModel *surveyModel()
{
    return new SectionModel(
        [](const scenario::Scenario &s) { return int(s.survey.size()); },
        [] {
            return QStringList{SurveyPage::tr("Id"), SurveyPage::tr("Type"), SurveyPage::tr("Question")};
        },
        [](const scenario::Scenario &s, int row, int column, const QString &lang) -> QString {
            const scenario::SurveyQuestion &q = s.survey[row];
            return column == 0 ? q.id : column == 1 ? scenario::toString(q.type) : q.text.get(lang);
        });
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text() : QString();
}
}  // namespace

SurveyPage::SurveyPage(ScenarioDocument *document, QWidget *parent)
    : ListFormPage(document, surveyModel(), parent), m_id(new QLineEdit(this)), m_text(new TextPairEdit(true, this)),
      m_type(new QComboBox(this)), m_options(new QTableWidget(0, 2, this)), m_addOption(new QPushButton(this)),
      m_removeOption(new QPushButton(this)), m_theme(new QComboBox(this))
{
    view()->setObjectName(QStringLiteral("questionTable"));
    m_id->setObjectName(QStringLiteral("questionId"));
    for (QuestionType t : {QuestionType::Scale5, QuestionType::Choice, QuestionType::Text})
        m_type->addItem(scenario::toString(t), int(t));
    m_options->verticalHeader()->hide();
    m_options->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_options->setMinimumHeight(140);
    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch();
    auto *options = new QVBoxLayout;
    options->addWidget(m_options);
    options->addLayout(optionButtons);
    addField(m_id, QStringLiteral("id"));
    addField(m_text, QStringLiteral("text"));
    addField(m_type, QStringLiteral("type"));
    addField(options, QStringLiteral("options"));
    addField(m_theme, QStringLiteral("theme"));
    connect(m_addOption, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_options);
        const int row = m_options->rowCount();
        m_options->insertRow(row);
        m_options->setItem(row, 0, new QTableWidgetItem(tr("Choice %1").arg(row + 1)));
        m_options->setItem(row, 1, new QTableWidgetItem(QStringLiteral("Choice %1").arg(row + 1)));
        commit();
    });
    connect(m_removeOption, &QPushButton::clicked, this, [this] {
        if (m_options->currentRow() >= 0) {
            m_options->removeRow(m_options->currentRow());
            commit();
        }
    });
    finishSetup();
}

void SurveyPage::retranslateUi()
{
    setLabels({tr("Id"), tr("Question"), tr("Type"), tr("Choices"), tr("Theme")});
    addButton()->setText(tr("Add question"));
    removeButton()->setText(tr("Remove question"));
    m_type->setToolTip(tr("scale5: an answer from 1 to 5; choice: one of the choices; text: free text"));
    m_options->setHorizontalHeaderLabels({tr("Japanese"), tr("English")});
    m_addOption->setText(tr("Add choice"));
    m_removeOption->setText(tr("Remove choice"));
    fields::fillThemes(m_theme, true);
    m_text->retranslateUi();
    showCurrent();
}

void SurveyPage::showItem(int row)
{
    const scenario::SurveyQuestion &q = document()->scenario().survey[row];
    m_id->setText(q.id);
    m_text->setText(q.text);
    m_type->setCurrentIndex(m_type->findData(int(q.type)));
    m_options->setRowCount(int(q.options.size()));
    for (int r = 0; r < int(q.options.size()); ++r) {
        const scenario::Text &t = q.options[r];
        m_options->setItem(r, 0, new QTableWidgetItem(t.bilingual ? t.ja : t.plain));
        m_options->setItem(r, 1, new QTableWidgetItem(t.bilingual ? t.en : QString()));
    }
    const bool choice = q.type == QuestionType::Choice;
    for (QWidget *w : std::initializer_list<QWidget *>{m_options, m_addOption, m_removeOption})
        w->setEnabled(choice || !q.options.empty());  // stray options stay visible to remove
    m_theme->setCurrentIndex(m_theme->findData(q.theme));
}

void SurveyPage::commitItem(int row)
{
    const scenario::SurveyQuestion &before = document()->scenario().survey[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Question, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    scenario::SurveyQuestion q = before;
    q.text = m_text->text();
    q.type = QuestionType(m_type->currentData().toInt());
    q.options.clear();
    for (int r = 0; r < m_options->rowCount(); ++r) {
        const QString ja = cell(m_options, r, 0), en = cell(m_options, r, 1);
        // An option keeps its form: plain stays plain while no English is typed.
        const bool wasPair = r < int(before.options.size()) && before.options[r].bilingual;
        q.options.push_back(wasPair || !en.isEmpty() ? scenario::Text::fromPair(ja, en)
                                                     : scenario::Text::fromPlain(ja));
    }
    q.theme = m_theme->currentData().toInt();
    if (!(q == before))
        push(new SetQuestionCommand(document(), row, q));
}

void SurveyPage::addItem()
{
    const auto &list = document()->scenario().survey;
    scenario::SurveyQuestion q;
    q.id = fields::freshId(QStringLiteral("Q%1"), fields::idsOf(list));
    q.text = scenario::Text::fromPair(tr("New question"), QStringLiteral("New question"));
    pushAndSelect(new AddQuestionCommand(document(), int(list.size()), q), int(list.size()));
}

void SurveyPage::removeItem(int row)
{
    push(new RemoveQuestionCommand(document(), row));
}

}  // namespace cd::editor
