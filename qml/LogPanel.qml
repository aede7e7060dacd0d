// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// What the dishes print, with the meal's time, as the articles show it.
/// It sits on the Log tab of the side panel, which draws the frame and the title.
Item {
    id: panel

    required property MealDocument document
    required property KitchenPlayer player

    objectName: "logPanel"

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            visible: panel.player.log.predicted
            text: qsTr("What a run will print:")
            color: KitchenStyle.textMuted
            font.pixelSize: 11
        }

        ListView {
            id: lines
            objectName: "logView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.player.log
            // No rows made ahead of time: a play resets the log, and a row still being
            // made in the background for a row that is gone warns "DelegateModel::cancel".
            cacheBuffer: 0
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
