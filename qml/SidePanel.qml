// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// Beside the kitchen: the log of the run, and the warnings about the meal with their count.
Rectangle {
    id: panel

    required property MealDocument document
    required property KitchenPlayer player
    required property WarningsModel warnings

    /// Shows the warnings tab and gives its list the keyboard.
    function showWarnings() {
        tabs.currentIndex = 1
        warningsPanel.focusList()
    }

    objectName: "sidePanel"
    radius: KitchenStyle.radius
    color: KitchenStyle.panel
    border.color: KitchenStyle.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        TabBar {
            id: tabs
            objectName: "sideTabs"
            Layout.fillWidth: true
            background: Item {}

            TabButton {
                objectName: "logTab"
                text: qsTr("Log")
                width: implicitWidth + 16
            }
            TabButton {
                id: warningsTab
                objectName: "warningsTab"
                readonly property int count: panel.warnings.count
                width: implicitWidth + 16
                text: qsTr("Warnings")
                Accessible.name: qsTr("Warnings: %1").arg(count)
                contentItem: Row {
                    spacing: 6
                    Label {
                        text: warningsTab.text
                        font: warningsTab.font
                        color: warningsTab.checked ? KitchenStyle.waiting : KitchenStyle.textMuted
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    // The count, in warning colours while there is something to fix.
                    Rectangle {
                        objectName: "warningsCount"
                        readonly property string text: countLabel.text
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.max(height, countLabel.implicitWidth + 10)
                        height: 18
                        radius: 9
                        color: warningsTab.count > 0 ? KitchenStyle.accent : KitchenStyle.done
                        Label {
                            id: countLabel
                            anchors.centerIn: parent
                            text: warningsTab.count > 0 ? String(warningsTab.count) : "✓"
                            color: "white"
                            font.pixelSize: 11
                            font.bold: true
                        }
                    }
                }
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: warningsTab.count === 0 ? qsTr("Nothing goes wrong in this meal")
                            : warningsTab.count === 1 ? qsTr("One thing goes wrong in this meal: why, and how to fix it")
                            : qsTr("%1 things go wrong in this meal: why, and how to fix them").arg(warningsTab.count)
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: KitchenStyle.border
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 9
            currentIndex: tabs.currentIndex

            LogPanel {
                document: panel.document
                player: panel.player
            }
            WarningsPanel {
                id: warningsPanel
                document: panel.document
                warnings: panel.warnings
            }
        }
    }
}
