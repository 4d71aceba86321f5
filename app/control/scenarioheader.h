#pragma once
// A short description of the open scenario above its pages: title, kind, clock start,
// duration and summary, in the UI language.

#include "scenario/scenario.h"

#include <QLabel>

namespace cd::gui {

class ScenarioHeader final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioHeader)

public:
    explicit ScenarioHeader(QWidget *parent = nullptr);

    /// `s` is not owned; nullptr shows that nothing is open, or that `fileName` did not load.
    void show(const scenario::Scenario *s, const QString &lang, const QString &fileName = {});
};

}  // namespace cd::gui
