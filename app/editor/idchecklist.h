#pragma once
// A list of ids to tick (rooms, optionally "all"): the to/cc of an inject, who may read or post
// on a site, who may request a response. checked() keeps the order of the ids it was given and
// appends newly ticked ones, so editing another field never reorders the file; an id it was
// given that is not among the choices (a dangling reference) is shown, marked, so it can be
// unticked. Emits edited() when the user ticks or unticks.

#include <QListWidget>

namespace cd::editor {

class IdChecklist final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdChecklist)

public:
    explicit IdChecklist(QWidget *parent = nullptr);

    /// The choices, as (id, label) pairs in display order.
    void setChoices(const QList<std::pair<QString, QString>> &choices);
    /// Ticks exactly `ids` (after setChoices()).
    void setChecked(const QStringList &ids);
    QStringList checked() const;

signals:
    void edited();

private:
    QStringList m_given;
    bool m_filling = false;
};

}  // namespace cd::editor
