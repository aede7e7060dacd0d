// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// One step of a dish in the dish editor: every field edits the meal as it is typed.
Rectangle {
    id: editor

    required property MealDocument document
    required property string dishId
    required property int stepIndex
    required property var step
    required property int stepCount

    readonly property bool work: step.kind === "work"

    objectName: "stepEditor_" + stepIndex
    implicitHeight: column.implicitHeight + 16
    radius: KitchenStyle.radius
    color: KitchenStyle.panelAlt
    border.color: work ? KitchenStyle.work : KitchenStyle.waiting

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
                onTextEdited: editor.document.setStepLabel(editor.dishId, editor.stepIndex, text)
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
                onTextEdited: if (acceptableInput) editor.document.setStepDuration(editor.dishId, editor.stepIndex, Number(text))
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
            SegmentButton {
                objectName: "stepWait_" + editor.stepIndex
                text: qsTr("wait")
                tip: qsTr("A non-blocking wait, like await asyncio.sleep()")
                checked: !editor.work
                onClicked: {
                    editor.document.setStepKind(editor.dishId, editor.stepIndex, "wait")
                    checked = Qt.binding(() => !editor.work)
                }
            }
            SegmentButton {
                objectName: "stepWork_" + editor.stepIndex
                text: qsTr("work")
                tip: qsTr("Blocking work, like time.sleep(): the cook can do nothing else")
                checked: editor.work
                onClicked: {
                    editor.document.setStepKind(editor.dishId, editor.stepIndex, "work")
                    checked = Qt.binding(() => editor.work)
                }
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
                onTextEdited: editor.document.setStepStartMessage(editor.dishId, editor.stepIndex, text)
                onEditingFinished: editor.document.endTyping()
            }
            TextField {
                objectName: "stepEnd_" + editor.stepIndex
                Layout.fillWidth: true
                font.pixelSize: 12
                text: editor.step.endMessage
                placeholderText: qsTr("Printed after, e.g. Pasta is done.")
                onTextEdited: editor.document.setStepEndMessage(editor.dishId, editor.stepIndex, text)
                onEditingFinished: editor.document.endTyping()
            }
            ToolButton {
                objectName: "stepUp_" + editor.stepIndex
                text: "↑"
                enabled: editor.stepIndex > 0
                implicitWidth: 30
                onClicked: editor.document.moveStep(editor.dishId, editor.stepIndex, editor.stepIndex - 1)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Earlier")
            }
            ToolButton {
                objectName: "stepDown_" + editor.stepIndex
                text: "↓"
                enabled: editor.stepIndex < editor.stepCount - 1
                implicitWidth: 30
                onClicked: editor.document.moveStep(editor.dishId, editor.stepIndex, editor.stepIndex + 1)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Later")
            }
            ToolButton {
                objectName: "stepDelete_" + editor.stepIndex
                icon.source: KitchenStyle.art("trash")
                implicitWidth: 30
                padding: 4
                onClicked: editor.document.removeStep(editor.dishId, editor.stepIndex)
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Delete this step")
            }
        }
    }
}
