// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// Edits main()'s own steps in a create_task lane: what main() does between starting the
/// tasks and awaiting them. The same step editor as a dish's; not modal, so the timeline
/// beside it changes as the user types.
Dialog {
    id: dialog

    required property MealDocument document
    required property int laneIndex
    /// The lane as the document has it now.
    readonly property var lane: document.revision >= 0 ? document.lane(laneIndex) : ({})
    readonly property var steps: lane.steps ?? []

    function edit() {
        open()
    }

    objectName: "laneStepsDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    title: qsTr("main() in lane %1").arg(laneIndex + 1)
    modal: false
    width: 480
    padding: 16
    Material.elevation: 0
    onClosed: document.endTyping()
    // Escape through a Shortcut, as in the dish editor: the window's shortcuts keep working.
    closePolicy: Popup.NoAutoClose

    Shortcut {
        sequence: "Escape"
        enabled: dialog.opened
        onActivated: dialog.close()
    }

    background: Rectangle {
        color: KitchenStyle.panel
        radius: KitchenStyle.radius
        border.color: KitchenStyle.accent
        border.width: 2
    }
    // The title on the dialog's own background, inside its frame.
    header: Label {
        text: dialog.title
        padding: 16
        bottomPadding: 4
        font.bold: true
        font.pixelSize: 18
        color: KitchenStyle.text
    }

    contentItem: ScrollView {
        id: scroller
        contentWidth: availableWidth
        implicitHeight: Math.min(form.implicitHeight, dialog.parent ? dialog.parent.height - 200 : 600)
        clip: true
        // Left AsNeeded, an invisible bar still takes the presses on the right edge, where the
        // delete buttons are: a bar only when the form is taller than the dialog.
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
        ScrollBar.vertical.policy: form.implicitHeight > height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff

        ColumnLayout {
            id: form
            width: scroller.availableWidth - (scroller.ScrollBar.vertical.policy === ScrollBar.AlwaysOn ? 14 : 0)
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                SectionHeading {
                    Layout.fillWidth: true
                    title: qsTr("Steps")
                    hint: qsTr("main()'s own, after create_task and before the awaits")
                }
                Button {
                    objectName: "addLaneStepDialogButton"
                    flat: true
                    icon.source: KitchenStyle.art("plus")
                    text: qsTr("Step")
                    onClicked: dialog.document.addLaneStep(dialog.laneIndex, -1)
                }
            }

            Repeater {
                // A count, not the steps: see the dish editor.
                model: dialog.steps.length
                StepEditor {
                    required property int index
                    Layout.fillWidth: true
                    document: dialog.document
                    laneIndex: dialog.laneIndex
                    stepIndex: index
                    step: dialog.steps[index] ?? ({})
                    stepCount: dialog.steps.length
                }
            }
            Label {
                visible: dialog.steps.length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("No steps: main() awaits the tasks at once. A wait here lets the tasks start; blocking work here holds them back.")
                color: KitchenStyle.textMuted
            }
        }
    }

    footer: DialogButtonBox {
        background: Item {}
        Button {
            objectName: "closeLaneStepsDialog"
            text: qsTr("Done")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
}
