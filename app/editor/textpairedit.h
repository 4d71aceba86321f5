#pragma once
// A bilingual text field: Japanese and English side by side. A plain (single-language) text
// stays plain while the English field is left empty; typing English makes it {"ja","en"}.
// Emits edited() when the user leaves a field whose text changed (one undo step per field).

#include "scenario/scenario.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace cd::editor {

class TextPairEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextPairEdit)

public:
    /// `multiLine`: two plain-text boxes instead of two line edits.
    explicit TextPairEdit(bool multiLine, QWidget *parent = nullptr);

    void setText(const scenario::Text &text);
    scenario::Text text() const;
    void retranslateUi();

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString field(int i) const;
    QLineEdit *m_line[2] = {};
    QPlainTextEdit *m_box[2] = {};
    scenario::Text m_shown;
};

}  // namespace cd::editor
