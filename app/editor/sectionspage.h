#pragma once
// The other sections (objectives, personas, sites, responses, channels, expected flows,
// survey), each edited as a JSON fragment checked by the strict loader: Apply makes one
// ReplaceSectionCommand, or lists the problems and changes nothing.

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cd::editor {

class ScenarioDocument;

class SectionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionsPage)

public:
    explicit SectionsPage(ScenarioDocument *document, QWidget *parent = nullptr);
    /// Shows `section` (a key of jsonSections()).
    void showSection(const QString &section);
    /// Parses the text and applies it; false (with the problems shown) when invalid.
    bool apply();
    QPlainTextEdit *editor() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    ScenarioDocument *m_document;
    QComboBox *m_section;
    QPlainTextEdit *m_text;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QLabel *m_status;
};

}  // namespace cd::editor
