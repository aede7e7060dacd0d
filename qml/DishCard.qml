// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// A dish in a lane or on the shelf: drag it, or use its menu and keys instead.
Rectangle {
    id: card

    required property MealDocument document
    required property DishDragGhost dragGhost
    required property int laneIndex // -1 on the shelf
    required property int index
    required property string dishId
    required property string name
    required property string station
    required property var steps
    required property real duration

    /// The lane editor: it gives the keyboard back to a dish after the dish moved.
    required property Item editor
    /// The dish's own icon, or empty for the station's art (the list model has no icon role).
    readonly property string icon: document.revision >= 0 ? (document.dish(dishId).icon ?? "") : ""

    // Edits run on the next turn: the move rebuilds the lists this card lives in.
    function moveTo(lane, position) {
        const doc = document, id = dishId, owner = editor
        Qt.callLater(() => { if (doc.moveDish(id, lane, position)) owner.focusDish(id) })
    }
    function moveToNewLane() {
        const doc = document, id = dishId, owner = editor
        Qt.callLater(() => { if (doc.moveDishToNewLane(id, doc.laneCount(), "sync")) owner.focusDish(id) })
    }

    objectName: "dishCard_" + dishId
    implicitHeight: content.implicitHeight + 16
    radius: KitchenStyle.radius
    color: dragArea.drag.active ? KitchenStyle.panelAlt : KitchenStyle.panel
    border.color: activeFocus ? KitchenStyle.accent : KitchenStyle.border
    border.width: activeFocus ? 2 : 1
    opacity: dragArea.drag.active ? 0.45 : 1
    activeFocusOnTab: true

    Accessible.role: Accessible.ListItem
    Accessible.name: name

    Keys.onPressed: event => {
        const lanes = document.laneCount()
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9 && event.modifiers === Qt.NoModifier) {
            const lane = event.key - Qt.Key_1
            if (lane < lanes)
                moveTo(lane, -1)
        } else if (event.key === Qt.Key_N) {
            moveToNewLane()
        } else if (event.key === Qt.Key_0 || event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
            moveTo(-1, -1)
        } else if (event.key === Qt.Key_Up && (event.modifiers & Qt.ControlModifier) && laneIndex >= 0) {
            moveTo(laneIndex, Math.max(0, index - 1))
        } else if (event.key === Qt.Key_Down && (event.modifiers & Qt.ControlModifier) && laneIndex >= 0) {
            moveTo(laneIndex, index + 1)
        } else if (event.key === Qt.Key_F2 || event.key === Qt.Key_E) {
            document.editDish(dishId)
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space
                   || event.key === Qt.Key_Menu) {
            moveMenu.popup(menuButton, 0, menuButton.height)
        } else {
            return
        }
        event.accepted = true
    }

    MouseArea {
        id: dragArea
        anchors.fill: parent
        drag.target: card.dragGhost
        drag.threshold: 6
        preventStealing: true
        cursorShape: drag.active ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        hoverEnabled: true
        onDoubleClicked: card.document.editDish(card.dishId)
        onPressed: mouse => {
            card.forceActiveFocus()
            card.dragGhost.prepare(card, card.dishId, card.name, card.station, mouse.x, mouse.y)
        }
        drag.onActiveChanged: {
            if (drag.active)
                card.dragGhost.dragging = true
        }
        onReleased: {
            if (!card.dragGhost.dragging)
                return
            const id = card.dishId
            const taken = card.dragGhost.dropHere()
            // Dropped outside every target: the dish leaves its lane for the shelf.
            if (!taken && card.laneIndex >= 0)
                Qt.callLater(() => card.document.moveDish(id, -1, -1))
        }
        ToolTip.visible: containsMouse && !pressed
        ToolTip.delay: 900
        ToolTip.text: qsTr("Drag into a lane, or out of it to put it back on the shelf.\nDouble-click to edit it.\nKeys: 1–9 a lane, N a new lane, 0 the shelf, Ctrl+↑/↓ reorder, E edit, Enter the menu.")
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            spacing: 6
            Layout.fillWidth: true

            Icon {
                name: "grip"
                color: KitchenStyle.textMuted
            }
            Image {
                source: card.icon.length > 0 ? KitchenStyle.art(card.icon) : KitchenStyle.stationArt(card.station)
                sourceSize: Qt.size(28, 28)
            }
            Label {
                text: card.name
                font.bold: true
                font.pixelSize: 14
                color: KitchenStyle.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: KitchenStyle.duration(card.duration, card.document.unit)
                color: KitchenStyle.textMuted
                font.pixelSize: 12
            }
            ToolButton {
                id: menuButton
                objectName: "dishMenuButton"
                icon.source: KitchenStyle.art("menu")
                implicitWidth: 32
                implicitHeight: 32
                padding: 4
                onClicked: moveMenu.popup(menuButton, 0, menuButton.height)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Edit, move or delete…")
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: card.steps
                StepChip {
                    required property int index
                    required property var modelData
                    objectName: "step_" + card.dishId + "_" + index
                    step: modelData
                    unit: card.document.unit
                    onToggleRequested: card.document.toggleStepKind(card.dishId, index)
                }
            }
        }
    }

    KitchenMenu {
        id: moveMenu
        objectName: "moveMenu"
        title: qsTr("Move to lane…")

        Instantiator {
            model: card.document.lanes
            // Instantiator in 6.4 hands roles over as context properties, not required ones.
            delegate: MenuItem {
                text: qsTr("Lane %1 (%2)").arg(model.index + 1).arg(KitchenStyle.modeTitle(model.mode))
                enabled: model.index !== card.laneIndex
                onTriggered: card.moveTo(model.index, -1)
            }
            onObjectAdded: (index, object) => moveMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => moveMenu.removeItem(object)
        }
        MenuItem {
            text: qsTr("A new sync lane at the end")
            onTriggered: card.moveToNewLane()
        }
        MenuItem {
            text: qsTr("Back to the shelf")
            enabled: card.laneIndex >= 0
            onTriggered: card.moveTo(-1, -1)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Move up")
            enabled: card.laneIndex >= 0 && card.index > 0
            onTriggered: card.moveTo(card.laneIndex, card.index - 1)
        }
        MenuItem {
            text: qsTr("Move down")
            enabled: card.laneIndex >= 0
            onTriggered: card.moveTo(card.laneIndex, card.index + 1)
        }
        MenuSeparator {}
        MenuItem {
            objectName: "editDishMenuItem"
            text: qsTr("Edit dish…")
            onTriggered: card.document.editDish(card.dishId)
        }
        MenuItem {
            text: qsTr("Duplicate")
            onTriggered: {
                const doc = card.document, id = card.dishId
                Qt.callLater(() => doc.editDish(doc.duplicateDish(id)))
            }
        }
        MenuItem {
            objectName: "deleteDishMenuItem"
            text: qsTr("Delete dish")
            onTriggered: {
                const doc = card.document, id = card.dishId
                Qt.callLater(() => doc.removeDish(id))
            }
        }
    }
}
