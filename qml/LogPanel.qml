// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// What the dishes print, with the meal's time, as the articles show it.
Rectangle {
    id: panel

    required property MealDocument document
    required property KitchenPlayer player

    objectName: "logPanel"
    radius: KitchenStyle.radius
    color: KitchenStyle.panel
    border.color: KitchenStyle.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        SectionHeading {
            Layout.fillWidth: true
            title: qsTr("Log")
            hint: panel.player.log.predicted ? qsTr("what a run will print") : ""
        }

        ListView {
            id: lines
            objectName: "logView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.player.log
            spacing: 2
            onCountChanged: Qt.callLater(positionViewAtEnd)
            ScrollBar.vertical: ScrollBar {}

            delegate: RowLayout {
                required property real time
                required property int dish
                required property string dishName
                required property string text
                width: ListView.view.width - 8
                spacing: 6
                opacity: panel.player.log.predicted ? 0.6 : 1

                Label {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 58
                    horizontalAlignment: Text.AlignRight
                    text: KitchenStyle.duration(parent.time, panel.document.unit)
                    font.family: KitchenStyle.monoFont
                    font.pixelSize: 11
                    color: KitchenStyle.textMuted
                }
                Label {
                    Layout.fillWidth: true
                    text: parent.text
                    font.family: KitchenStyle.monoFont
                    font.pixelSize: 11
                    color: parent.dish < 0 ? KitchenStyle.textMuted : KitchenStyle.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
