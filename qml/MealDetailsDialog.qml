// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// The meal's name, its description and the unit its times count in.
Dialog {
    id: dialog

    required property MealDocument document

    objectName: "mealDetails"
    title: qsTr("Meal details")
    modal: false
    width: 420
    standardButtons: Dialog.Close
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

    ColumnLayout {
        anchors.fill: parent
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
    }
}
