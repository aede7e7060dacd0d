// SPDX-License-Identifier: MIT
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Kitchen

/// The meal as a program: Python asyncio or C++/QCoro, highlighted, with line numbers.
/// It follows every edit, and during a live run marks the line each dish has reached.
Item {
    id: panel

    required property MealDocument document
    required property KitchenPlayer player

    property alias language: mealCode.language
    /// What the last Copy or Save As did, in a sentence; empty until then.
    property string message
    property bool messageIsError: false

    function showMessage(text, isError) {
        message = text
        messageIsError = isError
    }

    /// Scrolls so that 0-based @p line sits near the top of the view.
    function scrollToLine(line) {
        if (line < 0)
            return
        const y = codeText.positionToRectangle(mealCode.positionOfLine(line)).y
        codeView.contentY = Math.max(0, Math.min(y - 8, codeView.contentHeight - codeView.height))
    }

    function copy() {
        mealCode.copyToClipboard()
        showMessage(qsTr("Copied the %1 program to the clipboard (%2 lines).")
                    .arg(languageTitle()).arg(mealCode.lineCount), false)
    }

    function saveTo(fileUrl) {
        if (exporter.exportTo(mealCode.language, fileUrl))
            showMessage(qsTr("Saved to %1").arg(exporter.lastPath), false)
        else
            showMessage(exporter.errorString, true)
    }

    function languageTitle() {
        return mealCode.language === "cpp" ? qsTr("C++") : qsTr("Python")
    }

    objectName: "codePanel"

    MealCode {
        id: mealCode
        document: panel.document
        player: panel.player
        // Any other text on screen is stale now.
        onTextChanged: panel.message = ""
    }
    MealExporter {
        id: exporter
        document: panel.document
    }

    FileDialog {
        id: saveDialog
        objectName: "saveCodeDialog"
        title: qsTr("Save the %1 program").arg(panel.languageTitle())
        fileMode: FileDialog.SaveFile
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        nameFilters: mealCode.language === "cpp"
                     ? [qsTr("C++ source (*.cpp)"), qsTr("All files (*)")]
                     : [qsTr("Python program (*.py)"), qsTr("All files (*)")]
        onAccepted: panel.saveTo(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The toolbar: the language, copy and save; below it, jump to a dish.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 6
            Layout.topMargin: 6
            spacing: 6

            Repeater {
                model: [
                    { key: "python", title: qsTr("Python"), tip: qsTr("The meal as a Python asyncio program (3.11 or newer)") },
                    { key: "cpp", title: qsTr("C++"), tip: qsTr("The same meal as C++20 with QCoro coroutines") }
                ]
                SegmentButton {
                    required property var modelData
                    objectName: "languageButton_" + modelData.key
                    text: modelData.title
                    tip: modelData.tip
                    checked: mealCode.language === modelData.key
                    onClicked: {
                        mealCode.language = modelData.key
                        checked = Qt.binding(() => mealCode.language === modelData.key)
                    }
                }
            }

            Item { Layout.fillWidth: true }

            Button {
                objectName: "copyCodeButton"
                text: qsTr("Copy")
                flat: true
                horizontalPadding: 10
                onClicked: panel.copy()
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Copy the whole program to the clipboard")
            }
            Button {
                objectName: "saveCodeButton"
                text: qsTr("Save As…")
                flat: true
                horizontalPadding: 10
                onClicked: {
                    saveDialog.selectedFile = saveDialog.currentFolder + "/" + exporter.suggestedFileName(mealCode.language)
                    saveDialog.open()
                }
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Save the program to a file")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 4
            spacing: 10

            ComboBox {
                id: jumpBox
                objectName: "jumpToDish"
                Layout.preferredWidth: 180
                implicitHeight: 40
                font.pixelSize: 12
                textRole: "name"
                valueRole: "id"
                displayText: qsTr("Go to a dish…")
                model: {
                    mealCode.text // the dishes change with the code
                    return mealCode.dishIds().map(id => ({ id: id, name: panel.document.dishName(id) }))
                }
                onActivated: panel.scrollToLine(mealCode.functionLine(currentValue))
                // Material's shadowed frame is a shader effect the software renderer drops.
                popup.background: Rectangle {
                    radius: 4
                    color: KitchenStyle.panel
                    border.color: KitchenStyle.border
                }
                ToolTip.visible: hovered && !popup.visible
                ToolTip.delay: 500
                ToolTip.text: qsTr("Scroll to the dish's coroutine")
            }

            Label {
                objectName: "liveCodeHint"
                Layout.fillWidth: true
                text: mealCode.reachedLines.length > 0
                      ? qsTr("Following the run: a marked line is where a dish has got to.")
                      : qsTr("Press Play to see each dish's line marked as it cooks.")
                color: KitchenStyle.textMuted
                font.pixelSize: 12
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }

        // What Copy or Save As did; an error stays until the next action.
        Rectangle {
            objectName: "codeMessage"
            visible: panel.message.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 10
            Layout.rightMargin: 10
            Layout.bottomMargin: 6
            implicitHeight: messageRow.implicitHeight + 10
            radius: 5
            color: panel.messageIsError ? Qt.rgba(KitchenStyle.failed.r, KitchenStyle.failed.g, KitchenStyle.failed.b, 0.15)
                                        : Qt.rgba(KitchenStyle.done.r, KitchenStyle.done.g, KitchenStyle.done.b, 0.15)
            border.color: panel.messageIsError ? KitchenStyle.failed : KitchenStyle.done

            RowLayout {
                id: messageRow
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 4
                Label {
                    objectName: "codeMessageText"
                    Layout.fillWidth: true
                    text: panel.message
                    color: KitchenStyle.text
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                }
                ToolButton {
                    text: "✕"
                    implicitWidth: 26
                    implicitHeight: 26
                    onClicked: panel.message = ""
                    Accessible.name: qsTr("Dismiss")
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: KitchenStyle.border
        }

        // The code, with line numbers that stay put when it scrolls sideways.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: KitchenStyle.dark ? "#1e2226" : "#fbf8f3"
            radius: KitchenStyle.radius
            clip: true

            Item {
                id: gutter
                width: lineNumbers.implicitWidth + 12
                height: parent.height
                clip: true

                Rectangle {
                    anchors.fill: parent
                    color: KitchenStyle.panelAlt
                    opacity: 0.6
                }
                TextEdit {
                    id: lineNumbers
                    objectName: "lineNumbers"
                    x: 6
                    y: -codeView.contentY
                    topPadding: codeText.topPadding
                    readOnly: true
                    enabled: false
                    font: codeText.font
                    color: KitchenStyle.textMuted
                    horizontalAlignment: TextEdit.AlignRight
                    text: Array.from({ length: mealCode.lineCount }, (_, i) => i + 1).join("\n")
                }
            }

            Flickable {
                id: codeView
                objectName: "codeView"
                anchors.left: gutter.right
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                contentWidth: Math.max(width, codeText.implicitWidth)
                contentHeight: codeText.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}

                // Where each dish has got to in a live run, under the text.
                Repeater {
                    model: mealCode.reachedLines
                    Rectangle {
                        required property int modelData
                        objectName: "reachedLine_" + modelData
                        readonly property rect place: codeText.positionToRectangle(mealCode.positionOfLine(modelData))
                        x: 0
                        y: place.y
                        width: codeView.contentWidth
                        height: place.height
                        color: Qt.rgba(KitchenStyle.accent.r, KitchenStyle.accent.g, KitchenStyle.accent.b, KitchenStyle.dark ? 0.28 : 0.2)
                        Rectangle {
                            width: 3
                            height: parent.height
                            color: KitchenStyle.accent
                        }
                    }
                }

                TextArea {
                    id: codeText
                    objectName: "codeText"
                    width: codeView.contentWidth
                    text: mealCode.text
                    readOnly: true
                    selectByMouse: true
                    selectByKeyboard: true
                    wrapMode: TextEdit.NoWrap
                    textFormat: TextEdit.PlainText
                    font.family: KitchenStyle.monoFont
                    font.pixelSize: 13
                    color: KitchenStyle.text
                    selectionColor: KitchenStyle.highlight
                    selectedTextColor: KitchenStyle.text
                    leftPadding: 10
                    rightPadding: 10
                    topPadding: 8
                    bottomPadding: 8
                    background: null
                    Accessible.name: qsTr("%1 program").arg(panel.languageTitle())
                }
            }

            CodeHighlighter {
                objectName: "codeHighlighter"
                textDocument: codeText.textDocument
                language: mealCode.language
                keywordColor: KitchenStyle.dark ? "#9aa6ff" : "#3d48a8"
                stringColor: KitchenStyle.dark ? "#6fd1c4" : "#1c7268"
                commentColor: KitchenStyle.textMuted
                numberColor: KitchenStyle.dark ? "#f0a860" : "#b0580f"
            }
        }
    }
}
