// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Controls.Material
import Kitchen

/// Asks before unsaved work would go: Save, Discard or Cancel. ask(action) runs the
/// action at once when there is nothing to lose, and after Save or Discard otherwise.
Dialog {
    id: dialog

    required property MealDocument document
    property var pendingAction: null

    function ask(action) {
        if (!document.modified) {
            action()
            return
        }
        pendingAction = action
        open()
    }

    function finish() {
        const action = pendingAction
        pendingAction = null
        if (action)
            action()
    }

    objectName: "unsavedChangesDialog"
    title: qsTr("Save changes to “%1”?").arg(document.displayName)
    modal: true
    width: 440
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
    Material.elevation: 0

    background: Rectangle {
        color: KitchenStyle.panel
        radius: KitchenStyle.radius
        border.color: KitchenStyle.border
    }

    Label {
        width: dialog.availableWidth
        wrapMode: Text.WordWrap
        text: qsTr("Your changes to this meal are not saved. If you don't save them, they are lost.")
        color: KitchenStyle.text
    }

    onAccepted: {
        if (document.save())
            finish()
        else if (document.filePath.length === 0)
            saveAsDialog.open()
        // A failed save shows its message in the window; the action waits.
    }
    onDiscarded: {
        document.discardChanges()
        close()
        finish()
    }
    onRejected: pendingAction = null

    FileDialog {
        id: saveAsDialog
        title: qsTr("Save meal as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Meal files (*.json)"), qsTr("All files (*)")]
        onAccepted: {
            if (dialog.document.saveAs(selectedFile))
                dialog.finish()
        }
        onRejected: dialog.pendingAction = null
    }
}
