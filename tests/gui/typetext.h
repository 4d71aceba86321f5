#pragma once
// Shared by the editor's GUI tests.
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>

namespace {
// Types `text` into a line edit as an input method commits it (QTest::keyClicks takes ASCII
// only), replacing what was there; the field is not finished until Return.
inline void typeText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(edit, &event);
}
}  // namespace
