// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// One step of a dish in the dish editor, or of main() in a create_task lane: every field
/// edits the meal as it is typed.
Rectangle {
    id: editor

    required property MealDocument document
    /// The dish the step belongs to; empty for one of main()'s own steps in lane laneIndex.
    property string dishId: ""
    property int laneIndex: -1
    required property int stepIndex
    required property var step
    required property int stepCount

    readonly property bool ofLane: dishId.length === 0
    readonly property string kind: step.kind ?? "wait"
    readonly property bool work: kind === "work"
    readonly property bool burns: (step.error ?? "").length > 0
    readonly property var appliances: document.appliances

    // One call each, to the dish's step or to main()'s.
    function setLabel(text) {
        return ofLane ? document.setLaneStepLabel(laneIndex, stepIndex, text) : document.setStepLabel(dishId, stepIndex, text)
    }
    function setDuration(value) {
        return ofLane ? document.setLaneStepDuration(laneIndex, stepIndex, value)
                      : document.setStepDuration(dishId, stepIndex, value)
    }
    function setKind(kind) {
        return ofLane ? document.setLaneStepKind(laneIndex, stepIndex, kind) : document.setStepKind(dishId, stepIndex, kind)
    }
    function setStart(text) {
        return ofLane ? document.setLaneStepStartMessage(laneIndex, stepIndex, text)
                      : document.setStepStartMessage(dishId, stepIndex, text)
    }
    function setEnd(text) {
        return ofLane ? document.setLaneStepEndMessage(laneIndex, stepIndex, text)
                      : document.setStepEndMessage(dishId, stepIndex, text)
    }
    function setError(text) {
        return ofLane ? document.setLaneStepError(laneIndex, stepIndex, text) : document.setStepError(dishId, stepIndex, text)
    }
    function defaultError() {
        return ofLane ? qsTr("main() burnt it!") : document.defaultError(dishId)
    }
    function setAppliance(id) {
        return ofLane ? document.setLaneStepAppliance(laneIndex, stepIndex, id)
                      : document.setStepAppliance(dishId, stepIndex, id)
    }
    function move(to) {
        return ofLane ? document.moveLaneStep(laneIndex, stepIndex, to) : document.moveStep(dishId, stepIndex, to)
    }
    function remove() {
        return ofLane ? document.removeLaneStep(laneIndex, stepIndex) : document.removeStep(dishId, stepIndex)
    }

    objectName: "stepEditor_" + stepIndex
    implicitHeight: column.implicitHeight + 16
    radius: KitchenStyle.radius
    color: KitchenStyle.panelAlt
    border.color: work ? KitchenStyle.work : (kind === "helper" ? KitchenStyle.helper : KitchenStyle.waiting)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            TextField {
                objectName: "stepLabel_" + editor.stepIndex
                Layout.fillWidth: true
                text: editor.step.label
                placeholderText: qsTr("What happens, e.g. Boil water")
                onTextEdited: editor.setLabel(text)
                onEditingFinished: editor.document.endTyping()
            }
            TextField {
                id: durationField
                objectName: "stepDuration_" + editor.stepIndex
                Layout.preferredWidth: 64
                horizontalAlignment: TextInput.AlignRight
                text: KitchenStyle.number(editor.step.duration)
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                validator: DoubleValidator {
                    bottom: 0
                    top: 1000000
                    notation: DoubleValidator.StandardNotation
                    locale: "C"
                }
                // Half-typed numbers ("", "1.") wait for the next key; the rest apply at once.
                onTextEdited: if (acceptableInput) editor.setDuration(Number(text))
                onEditingFinished: {
                    editor.document.endTyping()
                    text = Qt.binding(() => KitchenStyle.number(editor.step.duration))
                }
                ToolTip.visible: activeFocus && !acceptableInput
                ToolTip.text: qsTr("A number of %1, 0 or more").arg(editor.document.unit === "s" ? qsTr("seconds") : qsTr("minutes"))
            }
            Label {
                text: editor.document.unit
                color: KitchenStyle.textMuted
            }
            Repeater {
                model: [
                    { key: "wait", name: "stepWait_", text: qsTr("wait"), tip: qsTr("A non-blocking wait, like await asyncio.sleep(): the cook is free") },
                    { key: "work", name: "stepWork_", text: qsTr("work"), tip: qsTr("Blocking work, like time.sleep(): the cook can do nothing else") },
                    { key: "helper", name: "stepHelper_", text: qsTr("helper"), tip: qsTr("A helper's job, like await asyncio.to_thread(time.sleep, …): a kitchen helper works, the cook is free") }
                ]
                SegmentButton {
                    required property var modelData
                    objectName: modelData.name + editor.stepIndex
                    text: modelData.text
                    tip: modelData.tip
                    checked: editor.kind === modelData.key
                    onClicked: {
                        editor.setKind(modelData.key)
                        checked = Qt.binding(() => editor.kind === modelData.key)
                    }
                }
            }
        }

        // What can go wrong in the step: it burns, or it waits for an appliance.
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            SegmentButton {
                objectName: "stepBurns_" + editor.stepIndex
                text: qsTr("burns here")
                tip: checked ? qsTr("The dish burns after this step and raises RuntimeError with the message beside. Click to stop it burning.")
                             : qsTr("Make the dish burn after this step: it raises RuntimeError, and the lane's mode decides what happens to the others")
                checked: editor.burns
                onClicked: {
                    editor.setError(editor.burns ? "" : editor.defaultError())
                    checked = Qt.binding(() => editor.burns)
                }
            }
            TextField {
                id: errorField
                objectName: "stepError_" + editor.stepIndex
                visible: editor.burns
                Layout.fillWidth: true
                font.pixelSize: 12
                text: editor.step.error ?? ""
                placeholderText: qsTr("What it raises, e.g. The toast burnt!")
                // An empty message would mean "does not burn": that is what the button is for.
                onTextEdited: if (text.length > 0) editor.setError(text)
                onEditingFinished: {
                    editor.document.endTyping()
                    text = Qt.binding(() => editor.step.error ?? "")
                }
                ToolTip.visible: activeFocus && text.length === 0
                ToolTip.text: qsTr("Type the message it raises; to stop it burning, use “burns here”")
            }
            Item {
                visible: !editor.burns
                Layout.fillWidth: true
            }
            ComboBox {
                id: appliancePicker
                objectName: "stepAppliance_" + editor.stepIndex
                visible: editor.appliances.length > 0 || (editor.step.appliance ?? "") !== ""
                Layout.preferredWidth: 150
                implicitHeight: 36
                font.pixelSize: 12
                // The first entry is "no appliance"; then the meal's, in order.
                model: [qsTr("no appliance")].concat(editor.appliances.map(a => a.name.length > 0 ? a.name : a.id))
                currentIndex: 1 + editor.appliances.findIndex(a => a.id === (editor.step.appliance ?? ""))
                onActivated: index => editor.setAppliance(index === 0 ? "" : editor.appliances[index - 1].id)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("An appliance the step holds, like async with burner: it waits while the appliance is full")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            TextField {
                objectName: "stepStart_" + editor.stepIndex
                Layout.fillWidth: true
                font.pixelSize: 12
                text: editor.step.startMessage
                placeholderText: qsTr("Printed before, e.g. Water on.")
                onTextEdited: editor.setStart(text)
                onEditingFinished: editor.document.endTyping()
            }
            TextField {
                objectName: "stepEnd_" + editor.stepIndex
                Layout.fillWidth: true
                font.pixelSize: 12
                text: editor.step.endMessage
                placeholderText: qsTr("Printed after, e.g. Pasta is done.")
                onTextEdited: editor.setEnd(text)
                onEditingFinished: editor.document.endTyping()
            }
            ToolButton {
                objectName: "stepUp_" + editor.stepIndex
                text: "↑"
                enabled: editor.stepIndex > 0
                implicitWidth: 30
                onClicked: editor.move(editor.stepIndex - 1)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Earlier")
            }
            ToolButton {
                objectName: "stepDown_" + editor.stepIndex
                text: "↓"
                enabled: editor.stepIndex < editor.stepCount - 1
                implicitWidth: 30
                onClicked: editor.move(editor.stepIndex + 1)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Later")
            }
            ToolButton {
                objectName: "stepDelete_" + editor.stepIndex
                icon.source: KitchenStyle.art("trash")
                implicitWidth: 30
                padding: 4
                onClicked: editor.remove()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Delete this step")
            }
        }
    }
}
