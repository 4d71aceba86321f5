#pragma once
// The timeline page: the MSEL on the exercise's hours (TimelineView) and, below, what one room
// would receive, in order (time, channel, subject).

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace cd::editor {

class ScenarioDocument;
class TimelineView;

class TimelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePage)

public:
    explicit TimelinePage(ScenarioDocument *document, QWidget *parent = nullptr);
    void setLanguage(const QString &lang);
    TimelineView *timeline() const { return m_timeline; }
    QComboBox *roomPicker() const { return m_room; }
    QListWidget *preview() const { return m_preview; }

signals:
    void injectActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void showPreview();

    ScenarioDocument *m_document;
    TimelineView *m_timeline;
    QLabel *m_roomLabel;
    QComboBox *m_room;
    QListWidget *m_preview;
    QString m_lang = QStringLiteral("en");
};

}  // namespace cd::editor
