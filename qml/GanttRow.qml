// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// The bars of one timeline row: a dish's spans, or the cook's blocking work.
Item {
    id: row

    required property var segments
    required property bool isCook
    property real unitWidth: 10

    Repeater {
        model: row.segments
        Rectangle {
            required property var modelData
            x: modelData.start * row.unitWidth
            width: Math.max(1, (modelData.end - modelData.start) * row.unitWidth)
            height: row.height
            radius: 4
            color: KitchenStyle.stateColor(modelData.state)

            Row {
                anchors.centerIn: parent
                spacing: 3
                visible: parent.width > 26
                Icon {
                    readonly property string state: modelData.state
                    name: state === "work" ? "hands" : state === "waiting" ? "timer" : ""
                    visible: name.length > 0
                    color: "white"
                    size: 14
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    visible: row.isCook && parent.parent.width > 70
                    text: modelData.dish
                    color: "white"
                    font.pixelSize: 11
                    font.bold: true
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
}
