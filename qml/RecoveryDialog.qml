// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// Offers back the work a crashed or killed session left behind.
Dialog {
    id: dialog

    required property MealDocument document
    readonly property var leftover: document.leftover

    /// Opens when there is something to restore; true if it did.
    function offer() {
        if (document.findLeftover())
            open()
        return opened || visible
    }

    objectName: "recoveryDialog"
    title: qsTr("Restore unsaved work?")
    modal: true
    closePolicy: Popup.NoAutoClose
    width: 480
    Material.elevation: 0

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
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: KitchenStyle.text
            text: qsTr("Async Kitchen closed without saving “%1”. A copy from %2 is still here.")
                .arg(dialog.leftover.name ?? "")
                .arg(dialog.leftover.savedAt ? Qt.formatDateTime(dialog.leftover.savedAt, Locale.ShortFormat) : "")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            color: KitchenStyle.textMuted
            font.pixelSize: 12
            text: (dialog.leftover.originalPath ?? "").length > 0
                  ? qsTr("It was opened from %1.").arg(dialog.leftover.originalPath)
                  : qsTr("It was never saved to a file.")
        }
        Label {
            Layout.fillWidth: true
            visible: (dialog.leftover.problems ?? []).length > 0
            wrapMode: Text.WordWrap
            color: KitchenStyle.work
            font.pixelSize: 12
            text: qsTr("Part of it could not be read:\n%1").arg((dialog.leftover.problems ?? []).join("\n"))
        }
    }

    footer: DialogButtonBox {
        background: Item {}
        Button {
            objectName: "discardLeftoverButton"
            text: qsTr("Discard")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                dialog.document.discardLeftover()
                dialog.close()
            }
        }
        Button {
            objectName: "restoreLeftoverButton"
            text: qsTr("Restore")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: {
                dialog.document.restoreLeftover()
                dialog.close()
            }
        }
    }
}
