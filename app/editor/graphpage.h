#pragma once
// The graph page of the editor: the canvas (add a sector, connect two, delete the selection)
// beside a form for the selected sector (id, names, rate, served units, verification level)
// or dependency (from, to, weight, autonomy, recharge, kind). Each edit is one command.

#include "editor/graphcanvas.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace cd::editor {

class ScenarioDocument;
class TextPairEdit;

class GraphPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPage)

public:
    explicit GraphPage(ScenarioDocument *document, QWidget *parent = nullptr);

    void setLanguage(const QString &lang);
    void selectNode(int index);
    void selectEdge(int index);
    GraphCanvas *canvas() const { return m_canvas; }
    QAction *addNodeAction() const { return m_addNode; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void onSelected(GraphCanvas::ItemKind kind, int index);
    void showForm();
    void commitNode();
    void commitEdge();
    void addNode();
    void connectNodes(const QString &from, const QString &to);
    void deleteSelection();

    ScenarioDocument *m_document;
    GraphCanvas *m_canvas;
    QToolBar *m_toolBar;
    QAction *m_addNode;
    QAction *m_connect;
    QAction *m_delete;
    QStackedWidget *m_stack;
    QList<QLabel *> m_labels;
    // node form
    QLineEdit *m_nodeId;
    TextPairEdit *m_nodeName;
    QLineEdit *m_rate;
    QDoubleSpinBox *m_served;
    QLineEdit *m_unit;
    QCheckBox *m_hasLevel;
    QDoubleSpinBox *m_levelUnits;
    QSpinBox *m_levelMinutes;
    QDoubleSpinBox *m_initial;
    // edge form
    QComboBox *m_from;
    QComboBox *m_to;
    QDoubleSpinBox *m_weight;
    QDoubleSpinBox *m_autonomy;
    QDoubleSpinBox *m_recharge;
    QComboBox *m_kind;

    QString m_lang = QStringLiteral("en");
    GraphCanvas::ItemKind m_selKind = GraphCanvas::ItemKind::Node;
    int m_selIndex = -1;
    bool m_showing = false;
};

}  // namespace cd::editor
