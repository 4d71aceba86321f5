#pragma once
// The MSEL (master scenario events list) of a loaded scenario: one row per inject, in the
// scenario's order. A thin adapter: it reads the Scenario and never changes it.
// RawRole gives the Time column as minutes, with every condition-triggered or by-hand inject
// after all timed ones (in scenario order), so a proxy sorts times numerically.

#include "views/scenariotablemodel.h"

namespace cd::gui {

class MselModel final : public ScenarioTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MselModel)

public:
    enum Column { Id, Time, Channel, From, To, Subject, ColumnCount };
    /// True for a contingency inject (fired only by hand or by its condition).
    static constexpr int ContingencyRole = RawRole + 1;

    explicit MselModel(QObject *parent = nullptr);

    const scenario::Inject *injectAt(int row) const;
    /// A short description of a condition in the UI language, e.g. "telecom q ≥ 0.5".
    QString describe(const scenario::Condition &c) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows(const scenario::Scenario &s) const override;

private:
    QString timeText(const scenario::Inject &inject) const;
    QVariant rawValue(const scenario::Inject &inject, int row, int column) const;
    QString displayValue(const scenario::Inject &inject, int column) const;
    QString fromText(const QString &from) const;
    QString toText(const scenario::Inject &inject) const;
    QString subjectText(const scenario::Inject &inject) const;
    QString toolTip(const scenario::Inject &inject, int column) const;
};

}  // namespace cd::gui
