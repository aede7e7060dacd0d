// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// Says why a file could not be opened or saved: the file, where, and what is wrong.
/// It opens by itself whenever the document reports a problem.
Dialog {
    id: dialog

    required property MealDocument document

    objectName: "fileProblemsDialog"
    title: qsTr("That did not work")
    modal: true
    width: Math.min(640, parent ? parent.width - 80 : 640)
    standardButtons: Dialog.Ok
    Material.elevation: 0
    onClosed: document.clearError()

    Connections {
        target: dialog.document
        function onErrorStringChanged() {
            if (dialog.document.errorString.length > 0)
                dialog.open()
        }
    }

    background: Rectangle {
        color: KitchenStyle.panel
        radius: KitchenStyle.radius
        border.color: KitchenStyle.work
        border.width: 2
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: KitchenStyle.text
            text: qsTr("Nothing was changed: the meal that was open is still open.")
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(problems.implicitHeight + 8, 260)
            clip: true
            TextArea {
                id: problems
                objectName: "fileProblemsText"
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.family: KitchenStyle.monoFont
                font.pixelSize: 12
                color: KitchenStyle.work
                text: dialog.document.errorDetails.join("\n")
                background: null
            }
        }
    }
}
