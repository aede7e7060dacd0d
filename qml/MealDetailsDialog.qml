// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// The meal's name, its description, the unit its times count in, and its kitchen: how many
/// helpers asyncio.to_thread has, and the appliances (semaphores) steps can hold.
Dialog {
    id: dialog

    required property MealDocument document

    objectName: "mealDetails"
    title: qsTr("Meal details")
    modal: false
    width: 480
    Material.elevation: 0
    onOpened: nameField.forceActiveFocus()
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

    // The title and the buttons on the dialog's own background, inside its frame.
    header: Label {
        text: dialog.title
        padding: 24
        topPadding: 18
        bottomPadding: 4
        font.bold: true
        font.pixelSize: 18
        color: KitchenStyle.text
    }
    footer: DialogButtonBox {
        background: Item {}
        Button {
            objectName: "closeMealDetails"
            text: qsTr("Done")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }

    // Scrolls when many appliances make it taller than the window.
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
                objectName: "mealNameField"
                Layout.fillWidth: true
                text: dialog.document.title
                onTextEdited: dialog.document.setMealName(text)
                onEditingFinished: dialog.document.endTyping()
            }
            Label {
                text: qsTr("Description")
                color: KitchenStyle.textMuted
            }
            TextField {
                objectName: "mealSummaryField"
                Layout.fillWidth: true
                text: dialog.document.summary
                placeholderText: qsTr("One line about the meal")
                onTextEdited: dialog.document.setMealSummary(text)
                onEditingFinished: dialog.document.endTyping()
            }
            Label {
                text: qsTr("Times count in")
                color: KitchenStyle.textMuted
            }
            RowLayout {
                spacing: 4
                SegmentButton {
                    objectName: "unitMinutes"
                    text: qsTr("minutes")
                    checked: dialog.document.unit === "min"
                    onClicked: {
                        dialog.document.setUnit("min")
                        checked = Qt.binding(() => dialog.document.unit === "min")
                    }
                }
                SegmentButton {
                    objectName: "unitSeconds"
                    text: qsTr("seconds")
                    checked: dialog.document.unit === "s"
                    onClicked: {
                        dialog.document.setUnit("s")
                        checked = Qt.binding(() => dialog.document.unit === "s")
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: 8
                title: qsTr("Kitchen helpers")
                hint: qsTr("Workers for asyncio.to_thread: helper steps beyond them queue")
            }
            RowLayout {
                spacing: 8
                SpinBox {
                    id: helpersSpin
                    objectName: "helpersSpin"
                    from: 1
                    to: 32
                    editable: true
                    value: dialog.document.helpers
                    onValueModified: {
                        dialog.document.setHelpers(value)
                        value = Qt.binding(() => dialog.document.helpers)
                    }
                    onActiveFocusChanged: if (!activeFocus) dialog.document.endTyping()
                    Accessible.name: qsTr("Kitchen helpers")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    color: KitchenStyle.textMuted
                    text: qsTr("1 to 32, like ThreadPoolExecutor(max_workers=%1)").arg(dialog.document.helpers)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 8
                SectionHeading {
                    Layout.fillWidth: true
                    title: qsTr("Appliances")
                    hint: qsTr("asyncio.Semaphore: room for a few dishes at once")
                }
                Button {
                    objectName: "addApplianceButton"
                    flat: true
                    icon.source: KitchenStyle.art("plus")
                    text: qsTr("Appliance")
                    onClicked: dialog.document.addAppliance()
                }
            }
            Label {
                visible: dialog.document.appliances.length === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: KitchenStyle.textMuted
                text: qsTr("None yet. Add one, then let steps hold it (right-click a step) to see dishes queue for it.")
            }
            RowLayout {
                visible: dialog.document.appliances.length > 0
                Layout.fillWidth: true
                spacing: 6
                Label {
                    Layout.preferredWidth: 110
                    text: qsTr("id (in the code)")
                    font.pixelSize: 11
                    color: KitchenStyle.textMuted
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("name")
                    font.pixelSize: 11
                    color: KitchenStyle.textMuted
                }
                Label {
                    Layout.preferredWidth: 158
                    text: qsTr("room for")
                    font.pixelSize: 11
                    color: KitchenStyle.textMuted
                }
            }
            Repeater {
                // A count, not the list: a new list on every keystroke would rebuild the rows
                // and take the keyboard away from the field being typed in.
                model: dialog.document.appliances.length
                ApplianceRow {
                    required property int index
                    Layout.fillWidth: true
                    document: dialog.document
                    applianceIndex: index
                }
            }
        }
    }
}
