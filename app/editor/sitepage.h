#pragma once
// The simulated web sites: id, ja/en name, kind, who may read and who may post (rooms or
// "all"), and the initial pages (path, ja/en title and body), one page edited at a time.
// Every field edit, and adding or removing a page, is one SetSiteCommand.

#include "editor/listformpage.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace cd::editor {

class SitePage final : public ListFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitePage)

public:
    explicit SitePage(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showItem(int row) override;
    void commitItem(int row) override;
    void addItem() override;
    void removeItem(int row) override;

private:
    void addPage();
    void removePage();

    QLineEdit *m_id;
    TextPairEdit *m_name;
    QComboBox *m_kind;
    IdChecklist *m_read;
    IdChecklist *m_post;
    QListWidget *m_pages;
    QPushButton *m_addPage;
    QPushButton *m_removePage;
    QLineEdit *m_path;
    TextPairEdit *m_title;
    TextPairEdit *m_body;
    int m_page = 0;       ///< the page shown in the page fields
    int m_shownRow = -1;  ///< the site whose page m_page is
};

}  // namespace cd::editor
