// SPDX-License-Identifier: MIT
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtQml.Models
import Kitchen

/// "Export…": the predicted timeline as an image, trace or CSV, the meal as a program
/// or a meal file. Each choice asks where to save and says how it went.
Button {
    id: button

    required property MealDocument document

    /// What the last export did, in a sentence; empty until then.
    property string message
    property bool messageIsError: false
    /// The format the save dialog is open for.
    property string pendingFormat

    readonly property var formats: [
        { key: "png", title: qsTr("Timeline image (PNG)…"), filter: qsTr("PNG image (*.png)") },
        { key: "trace", title: qsTr("Chrome trace for Perfetto (JSON)…"), filter: qsTr("Trace JSON (*.json)") },
        { key: "csv", title: qsTr("Timeline segments (CSV)…"), filter: qsTr("CSV table (*.csv)") },
        { key: "python", title: qsTr("Python asyncio program…"), filter: qsTr("Python program (*.py)") },
        { key: "cpp", title: qsTr("C++/QCoro program…"), filter: qsTr("C++ source (*.cpp)") },
        { key: "json", title: qsTr("Meal file (JSON)…"), filter: qsTr("Meal file (*.json)") }
    ]

    function formatInfo(key) {
        return formats.find(format => format.key === key)
    }

    /// Asks where to save @p format, then writes it.
    function chooseFile(format) {
        pendingFormat = format
        saveDialog.nameFilters = [formatInfo(format).filter, qsTr("All files (*)")]
        saveDialog.selectedFile = saveDialog.currentFolder + "/" + exporter.suggestedFileName(format)
        saveDialog.open()
    }

    /// Writes @p format to @p fileUrl and reports the outcome.
    function exportTo(format, fileUrl) {
        const ok = exporter.exportTo(format, fileUrl)
        message = ok ? qsTr("Exported to %1").arg(exporter.lastPath) : exporter.errorString
        messageIsError = !ok
        feedback.open()
        return ok
    }

    objectName: "exportButton"
    text: qsTr("Export…")
    flat: true
    onClicked: formatMenu.open()
    ToolTip.visible: hovered && !formatMenu.visible
    ToolTip.delay: 500
    ToolTip.text: qsTr("Save the timeline, the program or the meal to a file")

    MealExporter {
        id: exporter
        document: button.document
    }

    KitchenMenu {
        id: formatMenu
        objectName: "exportMenu"
        // Items inserted after creation do not widen a Menu: size it for the longest title.
        width: 340
        y: button.height
        x: button.width - width

        // An Instantiator, not a Repeater: a Menu takes its items through insertItem().
        Instantiator {
            model: button.formats
            delegate: MenuItem {
                required property var modelData
                objectName: "export_" + modelData.key
                text: modelData.title
                onTriggered: button.chooseFile(modelData.key)
            }
            onObjectAdded: (index, item) => formatMenu.insertItem(index, item)
            onObjectRemoved: (index, item) => formatMenu.removeItem(item)
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "exportDialog"
        title: qsTr("Export")
        fileMode: FileDialog.SaveFile
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: button.exportTo(button.pendingFormat, selectedFile)
    }

    // How it went, under the button. A success fades after a while; an error stays until closed.
    Popup {
        id: feedback
        objectName: "exportFeedback"
        y: button.height + 4
        x: button.width - width
        width: Math.min(460, implicitContentWidth + leftPadding + rightPadding)
        padding: 8
        closePolicy: Popup.CloseOnEscape
        onOpened: if (!button.messageIsError) hideLater.restart()

        background: Rectangle {
            radius: 6
            color: KitchenStyle.panel
            border.color: button.messageIsError ? KitchenStyle.failed : KitchenStyle.done
            border.width: 2
        }
        contentItem: RowLayout {
            spacing: 6
            Label {
                objectName: "exportFeedbackText"
                Layout.maximumWidth: 400
                text: button.message
                color: button.messageIsError ? KitchenStyle.failed : KitchenStyle.text
                wrapMode: Text.Wrap
                font.pixelSize: 12
            }
            ToolButton {
                text: "✕"
                implicitWidth: 26
                implicitHeight: 26
                onClicked: feedback.close()
                Accessible.name: qsTr("Dismiss")
            }
        }
        Timer {
            id: hideLater
            interval: 6000
            onTriggered: feedback.close()
        }
    }
}
