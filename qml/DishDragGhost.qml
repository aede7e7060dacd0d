// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// The card under the pointer while a dish is dragged. Drop targets read dishId from it.
Rectangle {
    id: ghost

    property string dishId
    property string name
    property string station
    property bool dragging: false

    /// Puts the ghost over @p card, ready to follow the pointer from (@p pressX, @p pressY).
    function prepare(card, dishId, name, station, pressX, pressY) {
        const origin = card.mapToItem(parent, 0, 0)
        x = origin.x
        y = origin.y
        width = card.width
        ghost.dishId = dishId
        ghost.name = name
        ghost.station = station
        Drag.hotSpot = Qt.point(pressX, pressY)
    }

    /// Ends the drag: returns true when a lane, the shelf or the new-lane zone took the dish.
    function dropHere() {
        const action = Drag.drop()
        dragging = false
        return action !== Qt.IgnoreAction
    }

    visible: dragging
    z: 1000
    height: 48
    radius: KitchenStyle.radius
    color: KitchenStyle.panel
    border.color: KitchenStyle.accent
    border.width: 2
    opacity: 0.95

    Drag.active: dragging
    Drag.keys: ["dish"]
    Drag.source: ghost

    Row {
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.leftMargin: 10
        spacing: 8
        Image {
            source: KitchenStyle.stationArt(ghost.station)
            sourceSize: Qt.size(32, 32)
            anchors.verticalCenter: parent.verticalCenter
        }
        Label {
            text: ghost.name
            font.bold: true
            color: KitchenStyle.text
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
