// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// The left panel: tabs over the meal's editors. The lanes are the first tab;
/// more views of the same meal (the Python code) join as TabButton + page pairs.
Pane {
    id: panel

    required property MealDocument document
    required property KitchenPlayer player
    required property DishDragGhost dragGhost

    padding: 0
    background: Rectangle {
        color: KitchenStyle.panel
        radius: KitchenStyle.radius
        border.color: KitchenStyle.border
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // A warning was picked: its place is on the Lanes tab.
        Connections {
            target: panel.document
            function onSelectionChanged() {
                if (panel.document.selection.lane !== undefined)
                    tabs.currentIndex = 0
            }
        }

        TabBar {
            id: tabs
            objectName: "editorTabs"
            Layout.fillWidth: true
            background: Item {}

            TabButton {
                text: qsTr("Lanes")
                width: implicitWidth + 24
            }
            TabButton {
                objectName: "codeTab"
                text: qsTr("Code")
                width: implicitWidth + 24
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: KitchenStyle.border
        }

        StackLayout {
            objectName: "editorPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            LaneEditor {
                document: panel.document
                player: panel.player
                dragGhost: panel.dragGhost
            }
            CodePanel {
                document: panel.document
                player: panel.player
            }
        }
    }
}
