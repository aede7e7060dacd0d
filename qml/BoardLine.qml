// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// A line on the event-loop board, in coloured chalk.
RowLayout {
    id: line

    property string text
    property string iconName
    property color tint: KitchenStyle.chalk
    property bool bold: false
    property bool flashing: false

    Layout.fillWidth: true
    spacing: 6

    Icon {
        name: line.iconName
        visible: name.length > 0
        color: line.tint
        size: 14
    }
    Label {
        Layout.fillWidth: true
        text: line.text
        color: line.tint
        font.bold: line.bold
        font.pixelSize: 12
        wrapMode: Text.WordWrap
    }

    SequentialAnimation on opacity {
        running: line.flashing && line.visible && KitchenStyle.animated
        loops: Animation.Infinite
        onStopped: line.opacity = 1
        NumberAnimation { to: 0.35; duration: 350 }
        NumberAnimation { to: 1; duration: 350 }
    }
}
