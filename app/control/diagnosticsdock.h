#pragma once
// The dock listing the last load's diagnostics, one per line as FILE:LINE:COL: error: MESSAGE.
// Double-clicking one asks the window to show what its JSON path points to.

#include "scenario/diagnostic.h"

#include <QDockWidget>

class QLabel;
class QListView;

namespace cd::gui {

class DiagnosticModel;

class DiagnosticsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDock)

public:
    explicit DiagnosticsDock(QWidget *parent = nullptr);

    /// Shows `diagnostics`; `loaded` says whether a file was loaded at all (for the summary).
    void setDiagnostics(scenario::Diagnostics diagnostics, bool loaded = true);
    DiagnosticModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

signals:
    /// A diagnostic was double-clicked or activated with the keyboard.
    void diagnosticActivated(const QString &jsonPath, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DiagnosticModel *m_model;
    QLabel *m_summary;
    QListView *m_view;
    bool m_loaded = false;
};

}  // namespace cd::gui
