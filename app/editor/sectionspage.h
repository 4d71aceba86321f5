#pragma once
// The sections besides details, MSEL, rooms, graph and truth, one form tab each: objectives,
// personas, sites, responses, expected flows, survey and channels. revealPath() takes a
// diagnostic's JSON path ("sites[1].read[0]", "meta.objectives[0].theme") to its tab, item
// and field.

#include <QWidget>

class QTabWidget;

namespace cd::editor {

class ChannelsPage;
class FlowPage;
class ListFormPage;
class ObjectivePage;
class PersonaPage;
class ResponsePage;
class ScenarioDocument;
class SitePage;
class SurveyPage;

class SectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionsPage)

public:
    enum Tab { ObjectivesTab, PersonasTab, SitesTab, ResponsesTab, FlowsTab, SurveyTab, ChannelsTab };

    explicit SectionsPage(ScenarioDocument *document, QWidget *parent = nullptr);

    /// Shows the tab of `section` ("objectives", "personas", "sites", "responses",
    /// "expected_flows", "survey", "channels").
    void showSection(const QString &section);
    /// Shows the tab, item and field a diagnostic's path points to; false when the path is
    /// not in one of these sections.
    bool revealPath(const QString &path);
    void setLanguage(const QString &lang);

    QTabWidget *tabs() const { return m_tabs; }
    ObjectivePage *objectivePage() const { return m_objectives; }
    PersonaPage *personaPage() const { return m_personas; }
    SitePage *sitePage() const { return m_sites; }
    ResponsePage *responsePage() const { return m_responses; }
    FlowPage *flowPage() const { return m_flows; }
    SurveyPage *surveyPage() const { return m_survey; }
    ChannelsPage *channelsPage() const { return m_channels; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    ListFormPage *listPage(int tab) const;

    QTabWidget *m_tabs;
    ObjectivePage *m_objectives;
    PersonaPage *m_personas;
    SitePage *m_sites;
    ResponsePage *m_responses;
    FlowPage *m_flows;
    SurveyPage *m_survey;
    ChannelsPage *m_channels;
};

}  // namespace cd::editor
