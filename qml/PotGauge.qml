// SPDX-License-Identifier: MIT
import QtQuick
import Kitchen

/// A pot that fills as its dish gets through its steps, steaming while it waits on a timer.
Item {
    id: pot

    property real progress: 0
    property color fill: KitchenStyle.waiting
    property bool steaming: false

    implicitWidth: 64
    implicitHeight: 48

    // The contents, inside the pot's walls, rising from the bottom.
    Item {
        x: 14
        y: 13
        width: 36
        height: 31
        clip: true
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: parent.height * Math.max(0, Math.min(1, pot.progress))
            radius: 3
            color: pot.fill
            opacity: 0.9
        }
    }
    Image {
        anchors.fill: parent
        source: KitchenStyle.art("pot")
        sourceSize: Qt.size(64, 48)
    }
    Image {
        anchors.bottom: parent.top
        anchors.bottomMargin: -6
        anchors.horizontalCenter: parent.horizontalCenter
        source: KitchenStyle.art("steam")
        sourceSize: Qt.size(36, 24)
        visible: pot.steaming
        SequentialAnimation on opacity {
            running: pot.steaming && KitchenStyle.animated
            loops: Animation.Infinite
            NumberAnimation { from: 0.25; to: 0.9; duration: 700; easing.type: Easing.InOutSine }
            NumberAnimation { from: 0.9; to: 0.25; duration: 700; easing.type: Easing.InOutSine }
        }
    }
}
