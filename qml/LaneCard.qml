// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// One lane: its mode, its dishes in order, and a drop target for more.
Rectangle {
    id: lane

    required property MealDocument document
    required property DishDragGhost dragGhost
    required property Item editor
    required property int index
    required property string mode
    required property DishListModel dishes
    required property int dishCount

    /// Where a dish dropped at @p y (lane coordinates) would go, not counting the dish itself.
    function insertionIndex(y) {
        let position = 0
        for (let i = 0; i < dishRepeater.count; ++i) {
            const item = dishRepeater.itemAt(i)
            if (!item || item.dishId === dragGhost.dishId)
                continue
            if (item.mapToItem(lane, 0, item.height / 2).y < y)
                ++position
        }
        return position
    }

    /// The lane as Python: what the Code view would show, in one line.
    function pythonHint(ids) {
        const calls = ids.map(id => id + "()")
        if (calls.length === 0)
            return ""
        if (mode === "gather")
            return "await asyncio.gather(" + calls.join(", ") + ")"
        if (mode === "taskgroup")
            return "async with asyncio.TaskGroup() as tg: " + calls.map(c => "tg.create_task(" + c + ")").join("; ")
        return calls.map(c => "await " + c).join("; ")
    }

    objectName: "lane_" + index
    implicitHeight: column.implicitHeight + 20
    radius: KitchenStyle.radius
    color: dropArea.containsDrag ? KitchenStyle.highlight : KitchenStyle.panelAlt
    border.color: dropArea.containsDrag ? KitchenStyle.waiting : KitchenStyle.border
    border.width: dropArea.containsDrag ? 2 : 1

    DropArea {
        id: dropArea
        objectName: "laneDropArea"
        anchors.fill: parent
        keys: ["dish"]
        property int insertion: 0
        onPositionChanged: drag => insertion = lane.insertionIndex(drag.y)
        onEntered: drag => insertion = lane.insertionIndex(drag.y)
        onDropped: drop => {
            drop.accept(Qt.MoveAction)
            const doc = lane.document, id = drop.source.dishId, target = lane.index
            const position = lane.insertionIndex(drop.y)
            Qt.callLater(() => doc.moveDish(id, target, position))
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 4

            Rectangle {
                implicitWidth: 24
                implicitHeight: 24
                radius: 12
                color: KitchenStyle.accent
                Label {
                    anchors.centerIn: parent
                    text: lane.index + 1
                    color: "white"
                    font.bold: true
                }
            }
            Item { implicitWidth: 4 }

            Repeater {
                model: [
                    { key: "sync", tip: qsTr("sync: await each dish in turn, one after another") },
                    { key: "gather", tip: qsTr("gather: await asyncio.gather(…) starts every dish, then waits for all") },
                    { key: "taskgroup", tip: qsTr("TaskGroup: async with asyncio.TaskGroup() starts every dish, then waits for all; a failure cancels the rest") }
                ]
                SegmentButton {
                    required property var modelData
                    objectName: "modeButton_" + lane.index + "_" + modelData.key
                    text: KitchenStyle.modeTitle(modelData.key)
                    tip: modelData.tip
                    checked: lane.mode === modelData.key
                    onClicked: {
                        lane.document.setLaneMode(lane.index, modelData.key)
                        checked = Qt.binding(() => lane.mode === modelData.key)
                    }
                }
            }

            Item { Layout.fillWidth: true }

            ToolButton {
                objectName: "removeLaneButton"
                icon.source: KitchenStyle.art("trash")
                implicitWidth: 28
                implicitHeight: 28
                padding: 4
                onClicked: lane.document.removeLane(lane.index)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Remove this lane; its dishes go back to the shelf")
            }
            ToolButton {
                objectName: "laneMenuButton"
                icon.source: KitchenStyle.art("menu")
                implicitWidth: 28
                implicitHeight: 28
                padding: 4
                onClicked: laneMenu.popup(this, 0, height)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Mode…, order and removal")

                KitchenMenu {
                    id: laneMenu
                    objectName: "laneMenu"
                    MenuItem {
                        text: qsTr("Mode: sync")
                        enabled: lane.mode !== "sync"
                        onTriggered: lane.document.setLaneMode(lane.index, "sync")
                    }
                    MenuItem {
                        text: qsTr("Mode: gather")
                        enabled: lane.mode !== "gather"
                        onTriggered: lane.document.setLaneMode(lane.index, "gather")
                    }
                    MenuItem {
                        text: qsTr("Mode: TaskGroup")
                        enabled: lane.mode !== "taskgroup"
                        onTriggered: lane.document.setLaneMode(lane.index, "taskgroup")
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Run earlier")
                        enabled: lane.index > 0
                        onTriggered: lane.document.moveLane(lane.index, lane.index - 1)
                    }
                    MenuItem {
                        text: qsTr("Run later")
                        enabled: lane.index < lane.document.lanes.count - 1
                        onTriggered: lane.document.moveLane(lane.index, lane.index + 1)
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Remove lane")
                        onTriggered: lane.document.removeLane(lane.index)
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: lane.document.revision >= 0 ? lane.pythonHint(lane.dishes.ids()) : ""
            font.family: KitchenStyle.monoFont
            font.pixelSize: 11
            color: KitchenStyle.textMuted
            elide: Text.ElideRight
            ToolTip.visible: hintHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: hintHover }
        }

        Repeater {
            id: dishRepeater
            model: lane.dishes
            DishCard {
                Layout.fillWidth: true
                document: lane.document
                dragGhost: lane.dragGhost
                editor: lane.editor
                laneIndex: lane.index
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.preferredHeight: 40
            visible: lane.dishCount === 0
            text: qsTr("An empty lane. Drag dishes here.")
            color: KitchenStyle.textMuted
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    // Where the dragged dish will land.
    Rectangle {
        visible: dropArea.containsDrag && lane.dishCount > 0
        x: 10
        width: lane.width - 20
        height: 3
        radius: 1.5
        color: KitchenStyle.waiting
        y: {
            if (!visible)
                return 0
            let seen = 0
            for (let i = 0; i < dishRepeater.count; ++i) {
                const item = dishRepeater.itemAt(i)
                if (!item || item.dishId === lane.dragGhost.dishId)
                    continue
                if (seen === dropArea.insertion)
                    return item.mapToItem(lane, 0, 0).y - 5
                ++seen
            }
            const last = dishRepeater.itemAt(dishRepeater.count - 1)
            return last ? last.mapToItem(lane, 0, last.height).y + 2 : 0
        }
    }
}
