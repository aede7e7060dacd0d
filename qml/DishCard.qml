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
    /// False when its lane forgets to await it (fire and forget in a create_task lane).
    required property bool awaited
    required property var needs
    /// The mode of the lane it is in; empty on the shelf.
    property string laneMode: ""
    readonly property bool forgotten: laneIndex >= 0 && !awaited

    /// The lane editor: it gives the keyboard back to a dish after the dish moved.
    required property Item editor
    /// The dish's own icon, or empty for the station's art (the list model has no icon role).
    readonly property string icon: document.revision >= 0 ? (document.dish(dishId).icon ?? "") : ""

    // Edits run on the next turn: the move rebuilds the lists this card lives in.
    function moveTo(lane, position) {
        const doc = document, id = dishId, owner = editor
        Qt.callLater(() => { if (doc.moveDish(id, lane, position)) owner.focusDish(id) })
    }
    function setAwaited(on) {
        const doc = document, id = dishId
        Qt.callLater(() => doc.setDishAwaited(id, on))
    }
    function moveToNewLane() {
        const doc = document, id = dishId, owner = editor
        Qt.callLater(() => { if (doc.moveDishToNewLane(id, doc.laneCount(), "sync")) owner.focusDish(id) })
    }

    objectName: "dishCard_" + dishId
    implicitHeight: content.implicitHeight + 16
    radius: KitchenStyle.radius
    color: dragArea.drag.active || forgotten ? KitchenStyle.panelAlt : KitchenStyle.panel
    border.color: activeFocus || pointedAt ? KitchenStyle.accent : (forgotten ? KitchenStyle.delayed : KitchenStyle.border)
    border.width: activeFocus || pointedAt ? 2 : 1
    /// A warning points at this dish (MealDocument.selection); pointedStep at one of its steps.
    readonly property bool pointedAt: document.selection.dishId === dishId
    readonly property int pointedStep: pointedAt ? document.selection.step : -1
    opacity: dragArea.drag.active ? 0.45 : 1
    activeFocusOnTab: true

    Accessible.role: Accessible.ListItem
    Accessible.name: forgotten ? qsTr("%1, not awaited").arg(name) : name

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
        } else if (event.key === Qt.Key_A && event.modifiers === Qt.NoModifier && laneIndex >= 0) {
            setAwaited(!awaited)
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
    }
    // Beside the card, not above it: above, a card near the top would have its tip over the toolbar.
    ToolTip {
        objectName: "dishCardTip"
        x: card.width + 8
        y: 0
        width: Math.min(implicitWidth, 380)
        visible: dragArea.containsMouse && !dragArea.pressed
        delay: 900
        text: qsTr("Drag into a lane, or out of it to put it back on the shelf.\nDouble-click to edit it.\nKeys: 1–9 a lane, N a new lane, 0 the shelf, Ctrl+↑/↓ reorder, A await or not, E edit, Enter the menu.")
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
            AbstractButton {
                id: awaitToggle
                objectName: "awaitToggle"
                visible: card.laneIndex >= 0
                checkable: true
                checked: card.awaited
                focusPolicy: Qt.StrongFocus
                implicitWidth: awaitLabel.implicitWidth + 12
                implicitHeight: 22
                Accessible.name: qsTr("Await %1").arg(card.name)
                Accessible.checkable: true
                Accessible.checked: checked
                onToggled: {
                    card.setAwaited(checked)
                    checked = Qt.binding(() => card.awaited)
                }
                // Quiet while it awaits (the normal case); loud once the await is forgotten.
                background: Rectangle {
                    radius: 4
                    color: awaitToggle.checked ? (awaitToggle.hovered ? KitchenStyle.panelAlt : "transparent") : KitchenStyle.delayed
                    border.color: awaitToggle.visualFocus ? KitchenStyle.text
                                                          : (awaitToggle.checked ? (awaitToggle.hovered ? KitchenStyle.border : "transparent")
                                                                                 : KitchenStyle.delayed)
                    border.width: awaitToggle.visualFocus ? 2 : 1
                }
                contentItem: Label {
                    id: awaitLabel
                    text: qsTr("await")
                    font.pixelSize: 11
                    font.family: KitchenStyle.monoFont
                    font.strikeout: !awaitToggle.checked
                    color: awaitToggle.checked ? KitchenStyle.textMuted : "#2b2722" // dark on the yellow, in both themes
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: checked
                    ? (card.laneMode === "create_task"
                       ? qsTr("main() awaits this task. Click (or press A on the card) to forget it: fire and forget.")
                       : qsTr("main() awaits this dish. Click (or press A on the card) to forget the await: the coroutine never runs."))
                    : qsTr("The await is forgotten. Click (or press A on the card) to await it again.")
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

        RowLayout {
            objectName: "forgottenNote"
            visible: card.forgotten
            Layout.fillWidth: true
            spacing: 6
            Icon {
                name: card.laneMode === "create_task" ? "send" : "ghost"
                color: KitchenStyle.text
            }
            Label {
                objectName: "forgottenText"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: KitchenStyle.text
                text: card.laneMode === "create_task"
                      ? qsTr("Fire and forget: the task starts, but main() never awaits it.")
                      : qsTr("Forgotten: %1() is never awaited, so it never cooks.").arg(card.dishId)
            }
        }

        Label {
            objectName: "needsNote"
            visible: card.needs.length > 0
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.pixelSize: 11
            color: KitchenStyle.textMuted
            text: card.document.revision >= 0
                  ? qsTr("needs %1").arg(card.needs.map(id => card.document.dishName(id)).join(", ")) : ""
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
                    appliances: card.document.appliances
                    onToggleRequested: card.document.toggleStepKind(card.dishId, index)
                    onKindRequested: kind => card.document.setStepKind(card.dishId, index, kind)
                    onBurnRequested: burns => card.document.setStepError(card.dishId, index,
                                                                         burns ? card.document.defaultError(card.dishId) : "")
                    onApplianceRequested: id => card.document.setStepAppliance(card.dishId, index, id)
                    onEditRequested: card.document.editDish(card.dishId)
                    onRemoveRequested: {
                        const doc = card.document, id = card.dishId, step = index
                        Qt.callLater(() => doc.removeStep(id, step))
                    }
                    // The step a warning points at wears a ring.
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -3
                        radius: height / 2
                        color: "transparent"
                        border.color: KitchenStyle.accent
                        border.width: 2
                        visible: card.pointedStep === index
                    }
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
        MenuItem {
            objectName: "awaitMenuItem"
            text: card.laneMode === "create_task" ? qsTr("Await the task") : qsTr("Await it")
            enabled: card.laneIndex >= 0
            checkable: true
            checked: card.awaited
            onTriggered: card.setAwaited(!card.awaited)
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
