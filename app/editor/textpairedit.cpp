#include "editor/textpairedit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace cd::editor {

TextPairEdit::TextPairEdit(bool multiLine, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 2; ++i) {
        if (multiLine) {
            m_box[i] = new QPlainTextEdit(this);
            m_box[i]->setTabChangesFocus(true);
            m_box[i]->setMinimumHeight(60);
            m_box[i]->installEventFilter(this);
            layout->addWidget(m_box[i]);
        } else {
            m_line[i] = new QLineEdit(this);
            connect(m_line[i], &QLineEdit::editingFinished, this, [this] {
                if (!(text() == m_shown))
                    emit edited();
            });
            layout->addWidget(m_line[i]);
        }
    }
    retranslateUi();
}

void TextPairEdit::retranslateUi()
{
    const QString ja = tr("Japanese"), en = tr("English (leave empty for a single-language text)");
    if (m_line[0]) {
        m_line[0]->setPlaceholderText(ja);
        m_line[1]->setPlaceholderText(en);
    } else {
        m_box[0]->setPlaceholderText(ja);
        m_box[1]->setPlaceholderText(en);
    }
}

bool TextPairEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !(text() == m_shown))
        emit edited();
    return QWidget::eventFilter(watched, event);
}

QString TextPairEdit::field(int i) const
{
    return m_line[i] ? m_line[i]->text() : m_box[i]->toPlainText();
}

void TextPairEdit::setText(const scenario::Text &text)
{
    m_shown = text;
    const QString a = text.bilingual ? text.ja : text.plain;
    const QString b = text.bilingual ? text.en : QString();
    if (m_line[0]) {
        m_line[0]->setText(a);
        m_line[1]->setText(b);
    } else {
        m_box[0]->setPlainText(a);
        m_box[1]->setPlainText(b);
    }
}

scenario::Text TextPairEdit::text() const
{
    const QString a = field(0), b = field(1);
    if (!m_shown.bilingual && b.isEmpty())
        return scenario::Text::fromPlain(a);
    return scenario::Text::fromPair(a, b);
}

}  // namespace cd::editor
