// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// The shelf and the lanes: where a meal is planned by dragging dishes around.
ScrollView {
    id: laneEditor
    objectName: "laneEditor"

    required property MealDocument document
    required property KitchenPlayer player
    required property DishDragGhost dragGhost

    /// Gives the keyboard to the card of @p dishId, wherever it moved.
    function focusDish(dishId) {
        const card = findChild(content, "dishCard_" + dishId)
        if (card)
            card.forceActiveFocus()
    }

    function findChild(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChild(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    // A warning was picked: scroll its dish (or lane) into view; the cards highlight themselves.
    Connections {
        target: laneEditor.document
        function onSelectionChanged() {
            const place = laneEditor.document.selection
            const item = (place.dishId ?? "") !== "" ? laneEditor.findChild(content, "dishCard_" + place.dishId)
                       : place.lane >= 0 ? laneEditor.findChild(content, "lane_" + place.lane) : null
            if (!item)
                return
            const flick = laneEditor.contentItem
            const top = item.mapToItem(content, 0, 0).y
            const bottom = top + item.height
            if (top < flick.contentY + 8 || bottom > flick.contentY + flick.height - 8)
                flick.contentY = Math.max(0, Math.min(top - 24, flick.contentHeight - flick.height))
        }
    }

    contentWidth: availableWidth
    clip: true
    // Nothing scrolls sideways. Left AsNeeded, the bar stays invisible yet still takes the
    // presses on the bottom 16 px of the lanes, so buttons there did nothing.
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

    ColumnLayout {
        id: content
        width: laneEditor.availableWidth
        spacing: 10

        Item { implicitHeight: 2 }

        SectionHeading {
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            title: qsTr("Shelf")
            hint: qsTr("Dishes in no lane: they do not cook")
        }

        Rectangle {
            objectName: "shelf"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            implicitHeight: shelfColumn.implicitHeight + 20
            radius: KitchenStyle.radius
            color: shelfDrop.containsDrag ? KitchenStyle.highlight : "transparent"
            border.color: shelfDrop.containsDrag ? KitchenStyle.waiting : KitchenStyle.border
            border.width: shelfDrop.containsDrag ? 2 : 1

            DropArea {
                id: shelfDrop
                anchors.fill: parent
                keys: ["dish"]
                onDropped: drop => {
                    drop.accept(Qt.MoveAction)
                    const doc = laneEditor.document, id = drop.source.dishId
                    Qt.callLater(() => doc.moveDish(id, -1, -1))
                }
            }

            ColumnLayout {
                id: shelfColumn
                anchors.fill: parent
                anchors.margins: 10
                spacing: 8

                Repeater {
                    model: laneEditor.document.shelf
                    DishCard {
                        Layout.fillWidth: true
                        document: laneEditor.document
                        dragGhost: laneEditor.dragGhost
                        editor: laneEditor
                        laneIndex: -1
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: laneEditor.document.shelf.count === 0
                    text: qsTr("Every dish is in a lane. Drag one here to take it out.")
                    color: KitchenStyle.textMuted
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }

        RowLayout {
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.fillWidth: true
            SectionHeading {
                Layout.fillWidth: true
                title: qsTr("Lanes")
                hint: qsTr("Run top to bottom; each is awaited before the next")
            }
            Button {
                objectName: "addLaneButton"
                flat: true
                icon.source: KitchenStyle.art("plus")
                text: qsTr("Lane")
                onClicked: laneEditor.document.addLane(-1, "sync")
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Add an empty sync lane at the end")
            }
        }

        Repeater {
            model: laneEditor.document.lanes
            LaneCard {
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                document: laneEditor.document
                dragGhost: laneEditor.dragGhost
                editor: laneEditor
            }
        }

        Rectangle {
            objectName: "newLaneZone"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.bottomMargin: 12
            implicitHeight: 56
            radius: KitchenStyle.radius
            color: newLaneDrop.containsDrag ? KitchenStyle.highlight : "transparent"
            border.color: newLaneDrop.containsDrag ? KitchenStyle.waiting : KitchenStyle.border
            border.width: newLaneDrop.containsDrag ? 2 : 1

            DropArea {
                id: newLaneDrop
                anchors.fill: parent
                keys: ["dish"]
                onDropped: drop => {
                    drop.accept(Qt.MoveAction)
                    const doc = laneEditor.document, id = drop.source.dishId
                    Qt.callLater(() => doc.moveDishToNewLane(id, doc.laneCount(), "sync"))
                }
            }
            Row {
                anchors.centerIn: parent
                spacing: 8
                Icon {
                    name: "lane"
                    size: 20
                    color: KitchenStyle.textMuted
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    text: qsTr("Drop a dish here to give it its own sync lane")
                    color: KitchenStyle.textMuted
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
}
