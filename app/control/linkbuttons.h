#pragma once
// The Copy and Reissue buttons of a join-URL row, as the host dialog shows them for each room
// (HostDialog) and each seat (HostSeats): the same buttons, texts and tips in both tables.

#include <QString>

#include <functional>

class QTableWidget;

namespace cd::gui::linkbuttons {

struct Columns
{
    int copy = 0;
    int reissue = 0;
};

/// Puts into `row` a Copy button ("copy_ID", copies `url()`) and a Reissue button ("reissue_ID",
/// calls `reissue`), enabled as given, with their texts (retranslate()).
void add(QTableWidget *table, int row, Columns columns, const QString &id, std::function<QString()> url,
         std::function<void()> reissue, bool copyEnabled, bool reissueEnabled, const QString &reissueTip);
/// The buttons' texts in the UI language; `reissueTip` says what reissuing this row's token does.
void retranslate(QTableWidget *table, int row, Columns columns, const QString &reissueTip);
/// Enables the Copy button of `row` (once a URL is shown).
void enableCopy(QTableWidget *table, int row, Columns columns);

}  // namespace cd::gui::linkbuttons
