// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// One bar of a timeline row: a span of one state, with its symbol when it is wide enough.
Rectangle {
    id: bar

    required property string spanState
    required property real start
    required property real end
    required property string dish  ///< whose span it is; the cook's row names it
    required property bool isCook
    required property real unitWidth

    /// The symbol a state's bar carries.
    function stateIcon(state) {
        switch (state) {
        case "work": return "hands"
        case "waiting": return "timer"
        case "queued": return "hourglass"
        case "helper": return "helper"
        case "cancelled": return "ban"
        case "failed": return "flame"
        }
        return ""
    }

    // How a dish ended (cancelled, failed) often takes no time at all: it still gets a cap.
    readonly property bool ending: spanState === "cancelled" || spanState === "failed"
    objectName: "bar_" + spanState
    x: start * unitWidth
    width: Math.max(ending ? height : 1, (end - start) * unitWidth)
    radius: 4
    color: KitchenStyle.stateColor(spanState)

    Row {
        anchors.centerIn: parent
        spacing: 3
        visible: bar.width > 26 || bar.ending
        Icon {
            name: bar.stateIcon(bar.spanState)
            visible: name.length > 0
            color: "white"
            size: bar.ending && bar.width < 26 ? 12 : 14
            anchors.verticalCenter: parent.verticalCenter
        }
        Label {
            visible: bar.isCook && bar.width > 70
            text: bar.dish
            color: "white"
            font.pixelSize: 11
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
