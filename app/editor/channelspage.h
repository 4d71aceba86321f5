#pragma once
// The channels' realism: for mail, phone and web, optionally the graph node the channel runs on,
// the degradation q at which it fails and the delay per unit of q it adds. Not a list: one
// form, every field edit one SetChannelsCommand.

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace cd::editor {

class ScenarioDocument;

class ChannelsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsPage)

public:
    explicit ChannelsPage(ScenarioDocument *document, QWidget *parent = nullptr);

    /// Focuses the field of `channel` ("mail", "phone", "web") named by `key` ("node", ...).
    void reveal(const QString &channel, const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString name;  ///< "mail", "phone", "web"
        QGroupBox *box;
        QComboBox *node;
        QLineEdit *downAtQ;
        QLineEdit *delay;
        QList<QLabel *> labels;
    };
    void retranslateUi();
    void refresh();
    void commit();

    ScenarioDocument *m_document;
    QLabel *m_intro;
    QList<Row> m_rows;
    bool m_showing = false;
};

}  // namespace cd::editor
