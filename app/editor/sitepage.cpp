#include "editor/sitepage.h"

#include "editor/commands/addsitecommand.h"
#include "editor/commands/removesitecommand.h"
#include "editor/commands/setsitecommand.h"
#include "editor/formfields.h"
#include "editor/idchecklist.h"
#include "editor/renameprompt.h"
#include "editor/scenariodocument.h"
#include "editor/sectionmodel.h"
#include "editor/textpairedit.h"
#include "views/scenariotablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::editor {

namespace {
SectionModel *siteModel()
{
    return new SectionModel(
        [](const scenario::Scenario &s) { return int(s.sites.size()); },
        [] {
            return QStringList{SitePage::tr("Id"), SitePage::tr("Kind"), SitePage::tr("Pages"), SitePage::tr("Name")};
        },
        [](const scenario::Scenario &s, int row, int column, const QString &lang) -> QString {
            const scenario::Site &site = s.sites[row];
            switch (column) {
            case 0:
                return site.id;
            case 1:
                return site.kind;
            case 2:
                return QString::number(site.pages.size());
            default:
                return site.name.get(lang);
            }
        });
}
}  // namespace

SitePage::SitePage(ScenarioDocument *document, QWidget *parent)
    : ListFormPage(document, siteModel(), parent), m_id(new QLineEdit(this)), m_name(new TextPairEdit(false, this)),
      m_kind(new QComboBox(this)), m_read(new IdChecklist(this)), m_post(new IdChecklist(this)),
      m_pages(new QListWidget(this)), m_addPage(new QPushButton(this)), m_removePage(new QPushButton(this)),
      m_path(new QLineEdit(this)), m_title(new TextPairEdit(false, this)), m_body(new TextPairEdit(true, this))
{
    view()->setObjectName(QStringLiteral("siteTable"));
    m_id->setObjectName(QStringLiteral("siteId"));
    for (const char *kind : {"news", "portal", "operator", "government"})
        m_kind->addItem(QLatin1String(kind), QLatin1String(kind));
    m_pages->setMaximumHeight(90);
    auto *access = new QHBoxLayout;
    access->addWidget(m_read);
    access->addWidget(m_post);
    auto *pageButtons = new QVBoxLayout;
    pageButtons->addWidget(m_addPage);
    pageButtons->addWidget(m_removePage);
    pageButtons->addStretch();
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pages, 1);
    pages->addLayout(pageButtons);
    addField(m_id, QStringLiteral("id"));
    addField(m_name, QStringLiteral("name"));
    addField(m_kind, QStringLiteral("kind"));
    addField(access, QStringLiteral("read"));
    addField(pages, QStringLiteral("pages"));
    addField(m_path);
    addField(m_title);
    addField(m_body);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int page) {
        if (!showing() && page >= 0) {
            m_page = page;
            showCurrent();
        }
    });
    connect(m_addPage, &QPushButton::clicked, this, &SitePage::addPage);
    connect(m_removePage, &QPushButton::clicked, this, &SitePage::removePage);
    finishSetup();
}

void SitePage::retranslateUi()
{
    setLabels({tr("Id"), tr("Name"), tr("Kind"), tr("Read / Post"), tr("Pages"), tr("Page path"), tr("Page title"),
               tr("Page body")});
    addButton()->setText(tr("Add site"));
    removeButton()->setText(tr("Remove site"));
    m_read->setToolTip(tr("Who may read the site"));
    m_post->setToolTip(tr("Who may post on the site (none: only the control team)"));
    m_addPage->setText(tr("Add page"));
    m_removePage->setText(tr("Remove page"));
    m_path->setPlaceholderText(tr("/path"));
    for (TextPairEdit *t : {m_name, m_title, m_body})
        t->retranslateUi();
    showCurrent();
}

void SitePage::showItem(int row)
{
    const scenario::Scenario &s = document()->scenario();
    const scenario::Site &site = s.sites[row];
    if (row != m_shownRow)
        m_page = 0;
    m_shownRow = row;
    m_id->setText(site.id);
    m_name->setText(site.name);
    m_kind->setCurrentIndex(m_kind->findData(site.kind));
    if (m_kind->currentIndex() < 0) {
        m_kind->addItem(site.kind, site.kind);
        m_kind->setCurrentIndex(m_kind->count() - 1);
    }
    const auto rooms = fields::roomChoices(s, model()->language(), true);
    m_read->setChoices(rooms);
    m_read->setChecked(site.read);
    m_post->setChoices(rooms);
    m_post->setChecked(site.post);
    m_pages->clear();
    for (const scenario::Page &p : site.pages)
        m_pages->addItem(p.path.isEmpty() ? tr("(no path)") : p.path);
    const bool hasPage = !site.pages.empty();
    m_page = hasPage ? qBound(0, m_page, int(site.pages.size()) - 1) : 0;
    if (hasPage)
        m_pages->setCurrentRow(m_page);
    const scenario::Page page = hasPage ? site.pages[m_page] : scenario::Page{};
    m_path->setText(page.path);
    m_title->setText(page.title);
    m_body->setText(page.body);
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_title, m_body, m_removePage})
        w->setEnabled(hasPage);
}

void SitePage::commitItem(int row)
{
    const scenario::Site &before = document()->scenario().sites[row];
    if (const QString id = m_id->text().trimmed(); id != before.id) {
        if (!renameOrWarn(this, document(), IdKind::Site, before.id, id))  // every reference follows
            showCurrent();
        return;
    }
    scenario::Site site = before;
    site.name = m_name->text();
    site.kind = m_kind->currentData().toString();
    site.read = m_read->checked();
    site.post = m_post->checked();
    if (m_page >= 0 && m_page < int(site.pages.size())) {
        scenario::Page &p = site.pages[m_page];
        p.path = m_path->text().trimmed();
        p.title = m_title->text();
        p.body = m_body->text();
    }
    if (!(site == before))
        push(new SetSiteCommand(document(), row, site));
}

void SitePage::addPage()
{
    const int row = currentRow();
    if (row < 0)
        return;
    scenario::Site site = document()->scenario().sites[row];
    QStringList paths;
    for (const scenario::Page &p : site.pages)
        paths << p.path;
    scenario::Page page;
    page.site = site.id;
    page.path = fields::freshId(QStringLiteral("/page-%1"), paths);
    page.title = scenario::Text::fromPair(tr("New page"), QStringLiteral("New page"));
    site.pages.push_back(page);
    m_page = int(site.pages.size()) - 1;
    push(new SetSiteCommand(document(), row, site));
}

void SitePage::removePage()
{
    const int row = currentRow();
    if (row < 0 || m_page < 0 || m_page >= int(document()->scenario().sites[row].pages.size()))
        return;
    scenario::Site site = document()->scenario().sites[row];
    site.pages.erase(site.pages.begin() + m_page);
    push(new SetSiteCommand(document(), row, site));
}

void SitePage::addItem()
{
    const auto &list = document()->scenario().sites;
    scenario::Site site;
    site.id = fields::freshId(QStringLiteral("site-%1"), fields::idsOf(list));
    site.name = scenario::Text::fromPair(tr("New site"), QStringLiteral("New site"));
    site.kind = QStringLiteral("news");
    site.read = {QStringLiteral("all")};
    pushAndSelect(new AddSiteCommand(document(), int(list.size()), site), int(list.size()));
}

void SitePage::removeItem(int row)
{
    push(new RemoveSiteCommand(document(), row));
}

}  // namespace cd::editor
