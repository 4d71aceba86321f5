#pragma once
// The diagnostics of the last load, one row each, shown as the command line prints them
// ("FILE:LINE:COL: error: MESSAGE") with the file's name only (the window title has its path).

#include "scenario/diagnostic.h"

#include <QAbstractListModel>

namespace cd::gui {

class DiagnosticModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticModel)

public:
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, PathRole, SeverityRole };

    explicit DiagnosticModel(QObject *parent = nullptr);

    void setDiagnostics(scenario::Diagnostics diagnostics);
    const scenario::Diagnostics &diagnostics() const { return m_diagnostics; }
    int errorCount() const;
    int warningCount() const;

    /// The row's text, e.g. "bad.cxs.json:7:18: error: unknown key 'chanel'".
    static QString displayText(const scenario::Diagnostic &d);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    scenario::Diagnostics m_diagnostics;
};

}  // namespace cd::gui
