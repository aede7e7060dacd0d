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
    required property bool returnExceptions
    /// asyncio.timeout in the meal's unit; 0: none.
    required property real timeout
    /// main()'s own steps, shown in a create_task lane.
    required property var laneSteps
    /// Where main()'s steps are edited field by field.
    readonly property alias stepsDialog: laneStepsDialog

    /// The five ways a lane awaits its dishes, with what each is in asyncio.
    readonly property var modes: [
        { key: "sync", tip: qsTr("sync: await each dish in turn, one after another") },
        { key: "gather", tip: qsTr("gather: await asyncio.gather(…) starts every dish, then waits for all; a failure reaches main() at once while the others cook on") },
        { key: "taskgroup", tip: qsTr("TaskGroup: async with asyncio.TaskGroup() starts every dish, then waits for all; a failure cancels the rest") },
        { key: "create_task", tip: qsTr("create_task: asyncio.create_task(…) starts each dish as a task; main() goes on with its own steps, then awaits each task") },
        { key: "as_completed", tip: qsTr("as_completed: for next_done in asyncio.as_completed(…) serves each dish as soon as it is done, fastest first") }
    ]

    /// A timeout to start from: half the lane's longest dish, so switching it on shows what it cancels.
    function suggestedTimeout() {
        let longest = 0
        for (const id of dishes.ids()) {
            const steps = document.dish(id).steps ?? []
            longest = Math.max(longest, steps.reduce((sum, step) => sum + step.duration, 0))
        }
        return Math.max(1, Math.round(longest / 2))
    }

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
        const forgotten = document.lane(index).unawaited ?? []
        const awaited = ids.filter(id => forgotten.indexOf(id) < 0).map(id => id + "()")
        const dropped = ids.filter(id => forgotten.indexOf(id) >= 0).map(id => id + "()")
        if (ids.length === 0)
            return ""
        let hint
        if (mode === "gather")
            hint = "await asyncio.gather(" + awaited.concat(returnExceptions ? ["return_exceptions=True"] : []).join(", ") + ")"
        else if (mode === "taskgroup")
            hint = "async with asyncio.TaskGroup() as tg: " + awaited.map(c => "tg.create_task(" + c + ")").join("; ")
        else if (mode === "create_task")
            hint = ids.map(id => (forgotten.indexOf(id) < 0 ? "t_" + id + " = " : "") + "asyncio.create_task(" + id + "())").join("; ")
                   + (laneSteps.length > 0 ? "; …" : "")
                   + (awaited.length > 0 ? "; " + ids.filter(id => forgotten.indexOf(id) < 0).map(id => "await t_" + id).join("; ") : "")
        else if (mode === "as_completed")
            hint = "for next_done in asyncio.as_completed([" + awaited.join(", ") + "]): print(await next_done)"
        else
            hint = awaited.map(c => "await " + c).join("; ")
        if (mode !== "create_task" && dropped.length > 0)
            hint = dropped.join("; ") + (awaited.length > 0 ? "; " + hint : "")
        if (timeout > 0)
            hint = "async with asyncio.timeout(" + KitchenStyle.number(timeout) + "): " + hint
        return hint
    }

    objectName: "lane_" + index
    implicitHeight: column.implicitHeight + 20
    radius: KitchenStyle.radius
    color: dropArea.containsDrag ? KitchenStyle.highlight : KitchenStyle.panelAlt
    border.color: dropArea.containsDrag ? KitchenStyle.waiting : pointedAt ? KitchenStyle.accent : KitchenStyle.border
    border.width: dropArea.containsDrag || pointedAt ? 2 : 1
    /// A warning points at this lane itself, not at one of its dishes (MealDocument.selection).
    readonly property bool pointedAt: document.selection.lane === index && (document.selection.dishId ?? "") === ""

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
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 1
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

            // Five modes wrap onto two rows in a narrow panel rather than hide one.
            Flow {
                objectName: "modeButtons"
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: lane.modes
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
            }

            ToolButton {
                objectName: "removeLaneButton"
                Layout.alignment: Qt.AlignTop
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
                Layout.alignment: Qt.AlignTop
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
                    MenuItem {
                        text: qsTr("Mode: create_task")
                        enabled: lane.mode !== "create_task"
                        onTriggered: lane.document.setLaneMode(lane.index, "create_task")
                    }
                    MenuItem {
                        text: qsTr("Mode: as_completed")
                        enabled: lane.mode !== "as_completed"
                        onTriggered: lane.document.setLaneMode(lane.index, "as_completed")
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "timeoutMenuItem"
                        text: qsTr("Time out (asyncio.timeout)")
                        checkable: true
                        checked: lane.timeout > 0
                        onTriggered: lane.document.setLaneTimeout(lane.index, lane.timeout > 0 ? 0 : lane.suggestedTimeout())
                    }
                    MenuItem {
                        text: qsTr("Collect errors (return_exceptions)")
                        enabled: lane.mode === "gather"
                        checkable: true
                        checked: lane.returnExceptions && lane.mode === "gather"
                        onTriggered: lane.document.setLaneReturnExceptions(lane.index, !lane.returnExceptions)
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

        // What can go wrong around the whole lane: errors collected, a deadline.
        Flow {
            objectName: "laneOptions"
            Layout.fillWidth: true
            spacing: 6

            OptionToggle {
                objectName: "returnExceptions_" + lane.index
                visible: lane.mode === "gather"
                text: "return_exceptions=True"
                tip: checked
                     ? qsTr("return_exceptions=True: a dish's error comes back as its result, and main() goes on. Click to let errors raise.")
                     : qsTr("Errors raise: the first dish that fails stops main() at the gather. Click for return_exceptions=True, which hands errors back as results.")
                checked: lane.returnExceptions
                onClicked: {
                    lane.document.setLaneReturnExceptions(lane.index, !lane.returnExceptions)
                    checked = Qt.binding(() => lane.returnExceptions)
                }
            }
            // The switch and its duration wrap together.
            Row {
                spacing: 4
                OptionToggle {
                    id: timeoutToggle
                    objectName: "timeoutToggle_" + lane.index
                    text: "asyncio.timeout"
                    tip: checked
                         ? qsTr("async with asyncio.timeout(…): dishes still cooking at the deadline are cancelled and main() gets TimeoutError. Click to take it off.")
                         : qsTr("No deadline: main() waits as long as the lane takes. Click to add asyncio.timeout(…) around the lane.")
                    checked: lane.timeout > 0
                    onClicked: {
                        lane.document.setLaneTimeout(lane.index, lane.timeout > 0 ? 0 : lane.suggestedTimeout())
                        checked = Qt.binding(() => lane.timeout > 0)
                    }
                }
                Row {
                    visible: lane.timeout > 0
                    spacing: 4
                    height: timeoutToggle.height
                    TextField {
                        id: timeoutField
                        objectName: "timeoutField_" + lane.index
                        anchors.verticalCenter: parent.verticalCenter
                        width: 56
                        topPadding: 2
                        bottomPadding: 2
                        font.pixelSize: 12
                        horizontalAlignment: TextInput.AlignRight
                        text: KitchenStyle.number(lane.timeout)
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        validator: DoubleValidator {
                            bottom: 0.001
                            top: 1000000
                            notation: DoubleValidator.StandardNotation
                            locale: "C"
                        }
                        onTextEdited: if (acceptableInput && Number(text) > 0) lane.document.setLaneTimeout(lane.index, Number(text))
                        onEditingFinished: {
                            lane.document.endTyping()
                            text = Qt.binding(() => KitchenStyle.number(lane.timeout))
                        }
                        ToolTip.visible: activeFocus && !acceptableInput
                        ToolTip.text: qsTr("A number of %1, more than 0").arg(lane.document.unit === "s" ? qsTr("seconds") : qsTr("minutes"))
                    }
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        text: lane.document.unit
                        color: KitchenStyle.textMuted
                        font.pixelSize: 12
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
                laneMode: lane.mode
            }
        }

        // create_task: what main() does itself between starting the tasks and awaiting them.
        ColumnLayout {
            objectName: "mainSteps"
            visible: lane.mode === "create_task"
            Layout.fillWidth: true
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: qsTr("main() meanwhile, before it awaits the tasks:")
                    font.pixelSize: 12
                    color: KitchenStyle.textMuted
                    elide: Text.ElideRight
                }
                ToolButton {
                    objectName: "addLaneStepButton_" + lane.index
                    icon.source: KitchenStyle.art("plus")
                    implicitWidth: 28
                    implicitHeight: 28
                    padding: 4
                    onClicked: lane.document.addLaneStep(lane.index, -1)
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Give main() a step of its own here; the tasks start at its first await")
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: lane.laneSteps
                    StepChip {
                        required property int index
                        required property var modelData
                        objectName: "laneStep_" + lane.index + "_" + index
                        step: modelData
                        unit: lane.document.unit
                        appliances: lane.document.appliances
                        onToggleRequested: lane.document.toggleLaneStepKind(lane.index, index)
                        onKindRequested: kind => lane.document.setLaneStepKind(lane.index, index, kind)
                        onBurnRequested: burns => lane.document.setLaneStepError(lane.index, index, burns ? qsTr("main() burnt it!") : "")
                        onApplianceRequested: id => lane.document.setLaneStepAppliance(lane.index, index, id)
                        onEditRequested: laneStepsDialog.edit()
                        onRemoveRequested: {
                            const doc = lane.document, at = lane.index, step = index
                            Qt.callLater(() => doc.removeLaneStep(at, step))
                        }
                    }
                }
                Button {
                    objectName: "editLaneStepsButton_" + lane.index
                    visible: lane.laneSteps.length > 0
                    flat: true
                    implicitHeight: 28
                    topInset: 0
                    bottomInset: 0
                    font.pixelSize: 12
                    font.capitalization: Font.MixedCase
                    text: qsTr("Edit…")
                    onClicked: laneStepsDialog.edit()
                }
            }
            Label {
                visible: lane.laneSteps.length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Nothing: main() awaits the tasks at once.")
                font.pixelSize: 12
                color: KitchenStyle.textMuted
            }
        }

        LaneStepsDialog {
            id: laneStepsDialog
            document: lane.document
            laneIndex: lane.index
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
