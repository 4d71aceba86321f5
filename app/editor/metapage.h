#pragma once
// The scenario details page: id, title and summary (ja/en), kind, clock start, duration and
// model step. Each field edit is one SetMetaCommand; the allowed channels (meta.channels) are one
// SetAllowedChannelsCommand. (Objectives are edited as JSON on the sections page.)

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd::editor {

class ScenarioDocument;
class TextPairEdit;

class MetaPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetaPage)

public:
    explicit MetaPage(ScenarioDocument *document, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void commit();
    void commitChannels();

    ScenarioDocument *m_document;
    QList<QLabel *> m_labels;
    QLineEdit *m_id;
    TextPairEdit *m_title;
    TextPairEdit *m_summary;
    QComboBox *m_kind;
    QLineEdit *m_start;
    QLineEdit *m_duration;
    QSpinBox *m_step;
    QCheckBox *m_channels[3];  ///< mail, phone, web
    bool m_showing = false;
};

}  // namespace cd::editor
