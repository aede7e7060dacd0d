// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// What the timeline's colours mean.
Flow {
    id: legend

    spacing: 10

    Repeater {
        model: [
            { state: "work", icon: "hands", text: qsTr("blocking work"), tip: qsTr("time.sleep(): the cook is busy and the whole loop waits") },
            { state: "waiting", icon: "timer", text: qsTr("waiting on a timer"), tip: qsTr("await asyncio.sleep(): the dish cooks by itself, the cook is free") },
            { state: "delayed", icon: "alarm", text: qsTr("ready but delayed"), tip: qsTr("ready to go on, or its timer rang, but the loop was busy") },
            { state: "running", icon: "", text: qsTr("running"), tip: qsTr("holds the cook without blocking") },
            { state: "cancelled", icon: "", text: qsTr("cancelled"), tip: qsTr("stopped by its TaskGroup") },
            { state: "failed", icon: "", text: qsTr("failed"), tip: qsTr("raised an exception") }
        ]
        Row {
            required property var modelData
            spacing: 4
            Rectangle {
                width: 22
                height: 14
                radius: 3
                color: KitchenStyle.stateColor(modelData.state)
                anchors.verticalCenter: parent.verticalCenter
                Icon {
                    anchors.centerIn: parent
                    name: modelData.icon
                    visible: name.length > 0
                    color: "white"
                    size: 12
                }
            }
            Label {
                text: modelData.text
                color: KitchenStyle.textMuted
                font.pixelSize: 11
                anchors.verticalCenter: parent.verticalCenter
            }
            ToolTip.visible: tipHover.hovered
            ToolTip.delay: 300
            ToolTip.text: modelData.tip
            HoverHandler { id: tipHover }
        }
    }
}
