#include "editor/sectionspage.h"

#include "editor/channelspage.h"
#include "editor/flowpage.h"
#include "editor/objectivepage.h"
#include "editor/personapage.h"
#include "editor/responsepage.h"
#include "editor/sitepage.h"
#include "editor/surveypage.h"

#include <QEvent>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd::editor {

namespace {
// The JSON key of each tab, in Tab order.
const QStringList &sectionKeys()
{
    static const QStringList keys{QStringLiteral("meta.objectives"), QStringLiteral("personas"),
                                  QStringLiteral("sites"),           QStringLiteral("responses"),
                                  QStringLiteral("expected_flows"),  QStringLiteral("survey"),
                                  QStringLiteral("channels")};
    return keys;
}
}  // namespace

SectionsPage::SectionsPage(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_objectives(new ObjectivePage(document, this)),
      m_personas(new PersonaPage(document, this)), m_sites(new SitePage(document, this)),
      m_responses(new ResponsePage(document, this)), m_flows(new FlowPage(document, this)),
      m_survey(new SurveyPage(document, this)), m_channels(new ChannelsPage(document, this))
{
    m_tabs->setObjectName(QStringLiteral("sectionTabs"));
    m_tabs->setDocumentMode(true);
    for (QWidget *page : std::initializer_list<QWidget *>{m_objectives, m_personas, m_sites, m_responses, m_flows,
                                                          m_survey, m_channels})
        m_tabs->addTab(page, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void SectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SectionsPage::retranslateUi()
{
    const QStringList titles{tr("Objectives"),     tr("Personas"), tr("Sites"),   tr("Responses"),
                             tr("Expected flows"), tr("Survey"),   tr("Channels")};
    for (int i = 0; i < titles.size(); ++i)
        m_tabs->setTabText(i, titles[i]);
}

ListFormPage *SectionsPage::listPage(int tab) const
{
    switch (tab) {
    case ObjectivesTab:
        return m_objectives;
    case PersonasTab:
        return m_personas;
    case SitesTab:
        return m_sites;
    case ResponsesTab:
        return m_responses;
    case FlowsTab:
        return m_flows;
    case SurveyTab:
        return m_survey;
    default:
        return nullptr;
    }
}

void SectionsPage::setLanguage(const QString &lang)
{
    for (int tab = ObjectivesTab; tab < ChannelsTab; ++tab)
        listPage(tab)->setLanguage(lang);
}

void SectionsPage::showSection(const QString &section)
{
    const int tab = section == QLatin1String("objectives") ? int(ObjectivesTab) : sectionKeys().indexOf(section);
    if (tab >= 0)
        m_tabs->setCurrentIndex(tab);
}

bool SectionsPage::revealPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(meta\.objectives|personas|sites|responses|expected_flows|survey|channels)(?:\[(\d+)\])?(?:\.([A-Za-z_]+))?(?:\.([A-Za-z_]+))?)"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch())
        return false;
    const int tab = sectionKeys().indexOf(m.captured(1));
    m_tabs->setCurrentIndex(tab);
    if (tab == ChannelsTab) {
        m_channels->reveal(m.captured(3), m.captured(4));
    } else if (!m.captured(2).isEmpty()) {
        const QString key = m.captured(4).isEmpty() ? m.captured(3) : m.captured(3) + QLatin1Char('.') + m.captured(4);
        listPage(tab)->reveal(m.captured(2).toInt(), key);
    }
    return true;
}

}  // namespace cd::editor
