// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// Edits one dish in place: name, station, icon and every step. Not modal, so the
/// timeline and the total beside it change as the user types.
Dialog {
    id: dialog

    required property MealDocument document
    property string dishId
    /// The dish as the document has it now; empty once the dish is gone.
    readonly property var dish: document.revision >= 0 && dishId.length > 0 ? document.dish(dishId) : ({})
    readonly property bool exists: dish.id !== undefined

    function edit(id) {
        dishId = id
        open()
        nameField.forceActiveFocus()
        nameField.selectAll()
    }

    objectName: "dishEditor"
    title: qsTr("Edit dish")
    modal: false
    width: 460
    padding: 16
    Material.elevation: 0
    onExistsChanged: if (!exists) close() // deleted, or undone away
    onClosed: document.endTyping()
    // Escape through a Shortcut: a popup that closes on Escape itself blocks every
    // window shortcut (Ctrl+S, Ctrl+Z) while it is open.
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

            Label {
                text: qsTr("Name")
                color: KitchenStyle.textMuted
            }
            TextField {
                id: nameField
                objectName: "dishNameField"
                Layout.fillWidth: true
                text: dialog.dish.name ?? ""
                placeholderText: qsTr("What people read, e.g. Pasta")
                onTextEdited: dialog.document.setDishName(dialog.dishId, text)
                onEditingFinished: dialog.document.endTyping()
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Station")
                        color: KitchenStyle.textMuted
                    }
                    ComboBox {
                        objectName: "dishStation"
                        Layout.fillWidth: true
                        model: dialog.document.stations
                        currentIndex: dialog.document.stations.indexOf(dialog.dish.station ?? "")
                        displayText: dialog.dish.station ?? ""
                        onActivated: index => dialog.document.setDishStation(dialog.dishId, dialog.document.stations[index])
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Icon")
                        color: KitchenStyle.textMuted
                    }
                    ComboBox {
                        id: iconPicker
                        objectName: "dishIcon"
                        Layout.fillWidth: true
                        // The first entry follows the station: a stove dish shows a stove.
                        model: [""].concat(dialog.document.icons)
                        currentIndex: Math.max(0, model.indexOf(dialog.dish.icon ?? ""))
                        displayText: currentIndex > 0 ? currentText : qsTr("Like the station")
                        onActivated: index => dialog.document.setDishIcon(dialog.dishId, model[index])
                        delegate: ItemDelegate {
                            required property string modelData
                            required property int index
                            width: iconPicker.width
                            icon.source: modelData.length > 0 ? KitchenStyle.art(modelData)
                                                              : KitchenStyle.stationArt(dialog.dish.station ?? "")
                            icon.color: "transparent"
                            text: modelData.length > 0 ? modelData : qsTr("Like the station")
                            highlighted: iconPicker.highlightedIndex === index
                        }
                    }
                }
                Image {
                    Layout.alignment: Qt.AlignBottom
                    source: (dialog.dish.icon ?? "").length > 0 ? KitchenStyle.art(dialog.dish.icon)
                                                                : KitchenStyle.stationArt(dialog.dish.station ?? "")
                    sourceSize: Qt.size(40, 40)
                }
            }

            // What it needs from other dishes: started too early, it is not ready.
            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: 6
                title: qsTr("Needs")
                hint: qsTr("Dishes whose results it uses; one not done when it starts makes it not ready")
            }
            Flow {
                objectName: "needsPicker"
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    id: needsRepeater
                    readonly property var choices: dialog.document.dishChoices.filter(choice => choice.id !== dialog.dishId)
                    // A count, not the list: a new list after each click would rebuild the
                    // buttons and take the keyboard away from the one just pressed.
                    model: choices.length
                    SegmentButton {
                        required property int index
                        readonly property var choice: needsRepeater.choices[index] ?? ({ id: "", name: "" })
                        objectName: "needs_" + choice.id
                        text: choice.name
                        tip: checked ? qsTr("Needs the result of %1. Click to do without it.").arg(choice.name)
                                     : qsTr("Click if it needs the result of %1").arg(choice.name)
                        checked: (dialog.dish.needs ?? []).indexOf(choice.id) >= 0
                        onClicked: {
                            dialog.document.setDishNeeds(dialog.dishId, choice.id, checked)
                            checked = Qt.binding(() => (dialog.dish.needs ?? []).indexOf(choice.id) >= 0)
                        }
                    }
                }
            }
            Label {
                visible: dialog.document.dishChoices.length < 2
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("No other dish to need yet.")
                color: KitchenStyle.textMuted
                font.pixelSize: 12
            }
            RowLayout {
                visible: (dialog.dish.needs ?? []).length > 0
                Layout.fillWidth: true
                spacing: 8
                Label {
                    text: qsTr("Not ready, it returns")
                    color: KitchenStyle.textMuted
                }
                TextField {
                    objectName: "notReadyField"
                    Layout.fillWidth: true
                    text: dialog.dish.notReadyResult ?? ""
                    placeholderText: dialog.dish.defaultNotReadyResult ?? ""
                    onTextEdited: dialog.document.setDishNotReadyResult(dialog.dishId, text)
                    onEditingFinished: dialog.document.endTyping()
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Its result when a dish it needs was not done in time; empty for “%1”")
                                  .arg(dialog.dish.defaultNotReadyResult ?? "")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 6
                SectionHeading {
                    Layout.fillWidth: true
                    title: qsTr("Steps")
                    hint: qsTr("In order; a wait or a helper frees the cook, work holds them")
                }
                Button {
                    objectName: "addStepButton"
                    flat: true
                    icon.source: KitchenStyle.art("plus")
                    text: qsTr("Step")
                    onClicked: dialog.document.addStep(dialog.dishId, -1)
                }
            }

            Repeater {
                // A count, not the steps: a new list on every keystroke would rebuild the
                // rows and take the keyboard away from the field being typed in.
                model: (dialog.dish.steps ?? []).length
                StepEditor {
                    required property int index
                    Layout.fillWidth: true
                    document: dialog.document
                    dishId: dialog.dishId
                    stepIndex: index
                    step: dialog.dish.steps[index] ?? ({})
                    stepCount: dialog.dish.steps.length
                }
            }
            Label {
                visible: (dialog.dish.steps ?? []).length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("No steps: the dish is ready at once. Add one with + Step.")
                color: KitchenStyle.textMuted
            }
        }
    }

    footer: DialogButtonBox {
        background: Item {}
        Button {
            objectName: "duplicateDishButton"
            text: qsTr("Duplicate")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                const copy = dialog.document.duplicateDish(dialog.dishId)
                if (copy.length > 0)
                    dialog.edit(copy)
            }
        }
        Button {
            objectName: "deleteDishButton"
            text: qsTr("Delete dish")
            flat: true
            Material.foreground: KitchenStyle.work
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: dialog.document.removeDish(dialog.dishId)
        }
        Button {
            objectName: "closeDishEditor"
            text: qsTr("Done")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
}
