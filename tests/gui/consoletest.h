#pragma once
// Shared by the console's GUI tests (tst_console*.cpp).
#include <QAbstractItemModel>
#include <QComboBox>
#include <QListWidget>
#include <QTest>

namespace {

inline QString drill()
{
    return QStringLiteral(CROSSDRILL_TEST_DATA "/console/drill.cxs.json");
}

inline QStringList column(const QAbstractItemModel *m, int col)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, col).data().toString();
    return out;
}

inline QStringList items(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

inline bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list)
        if (s.contains(needle))
            return true;
    return false;
}

inline void selectData(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

inline void click(QWidget *w)
{
    QVERIFY(w);
    QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
    QTest::mouseClick(w, Qt::LeftButton);
}

}  // namespace
