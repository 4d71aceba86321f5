#pragma once
// The selected inject in full, for the control team: what the players receive (body, phone
// script, web page, attachments) and what only the control team sees (expected actions and
// control notes). Texts come in the UI language through the MSEL model.

#include "scenario/scenario.h"

#include <QDockWidget>

class QTextBrowser;

namespace cd::gui {

class MselModel;

class InjectDetailsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InjectDetailsDock)

public:
    /// `msel` (not owned) supplies the column texts and the language.
    explicit InjectDetailsDock(const MselModel *msel, QWidget *parent = nullptr);

    /// Shows `inject` (not owned; it must outlive the call to showInject(nullptr) that the
    /// pages make before their scenario changes), or a hint when nullptr.
    void showInject(const scenario::Inject *inject);
    QTextBrowser *browser() const { return m_browser; }

    /// An expected action's kind in the UI language (情報連絡, 情報提供, ...).
    static QString actionName(scenario::Action action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString expectedHtml(const scenario::Expected &e) const;

    const MselModel *m_msel;
    QTextBrowser *m_browser;
    const scenario::Inject *m_inject = nullptr;
};

}  // namespace cd::gui
