#pragma once
// How an inject's trigger condition reads in the UI, one function for the scenario editor's MSEL
// and the console's timeline: "Telecom q ≥ 0.3 or (+00:30 after I-1 and not (E-2 met))".
// Nested groups are bracketed; numbers follow the language's locale; sectors are named by
// `nodeName` (the caller's lookup, in `lang`). Texts are in the UI language (context
// cd::gui::ConditionText).

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cd::gui {

using NodeNameOf = std::function<QString(const QString &id)>;

class ConditionText
{
    Q_DECLARE_TR_FUNCTIONS(cd::gui::ConditionText)

public:
    static QString of(const scenario::Condition &c, const NodeNameOf &nodeName, const QString &lang);
};

inline QString conditionText(const scenario::Condition &c, const NodeNameOf &nodeName, const QString &lang)
{
    return ConditionText::of(c, nodeName, lang);
}

}  // namespace cd::gui
