// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// What goes wrong in the predicted run, lint style: one row per warning with what happened,
/// why it matters and the fix. Click a row, or Enter on it, to see its place in the lanes.
Item {
    id: panel

    required property MealDocument document
    required property WarningsModel warnings

    /// The icon and the colour of a kind of warning.
    function kindIcon(kind) {
        switch (kind) {
        case "blocking-step": return "hands"
        case "never-awaited": return "ghost"
        case "lost-task": return "send"
        case "cancelled-siblings": return "ban"
        case "not-ready": return "notready"
        }
        return "warning"
    }
    function kindColor(kind) {
        switch (kind) {
        case "blocking-step": return KitchenStyle.work
        case "never-awaited": return KitchenStyle.cancelled
        case "lost-task": return KitchenStyle.queued
        case "cancelled-siblings": return KitchenStyle.failed
        case "not-ready": return KitchenStyle.delayed
        }
        return KitchenStyle.accent
    }
    function kindTitle(kind) {
        switch (kind) {
        case "blocking-step": return qsTr("blocking step")
        case "never-awaited": return qsTr("never awaited")
        case "lost-task": return qsTr("lost task")
        case "cancelled-siblings": return qsTr("cancelled")
        case "not-ready": return qsTr("not ready")
        }
        return kind
    }

    /// Gives the keyboard to the list, on the current warning.
    function focusList() {
        list.forceActiveFocus()
    }

    objectName: "warningsPanel"

    ListView {
        id: list
        objectName: "warningsView"
        anchors.fill: parent
        clip: true
        spacing: 6
        model: panel.warnings
        activeFocusOnTab: true
        keyNavigationEnabled: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Warnings")

        Keys.onPressed: event => {
            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
                if (currentIndex >= 0)
                    panel.warnings.select(currentIndex)
                event.accepted = true
            }
        }

        delegate: Rectangle {
            id: row
            required property int index
            required property string kind
            required property string title
            required property string explanation
            required property string fix
            required property string dishId
            required property real at
            readonly property bool current: ListView.isCurrentItem

            objectName: "warning_" + index
            width: ListView.view.width - 10
            height: Math.max(kindIcon.height, content.height) + 16
            radius: 6
            color: rowHover.hovered || current ? Qt.rgba(KitchenStyle.highlight.r, KitchenStyle.highlight.g, KitchenStyle.highlight.b, current ? 0.8 : 0.45)
                                               : KitchenStyle.panelAlt
            border.color: current && list.activeFocus ? KitchenStyle.accent : KitchenStyle.border
            border.width: current && list.activeFocus ? 2 : 1

            Accessible.role: Accessible.ListItem
            Accessible.name: title
            Accessible.description: explanation + " " + fix

            // Plain positioners, not layouts: wrapped text in a layout sized by its own content loops.
            Rectangle {
                id: kindIcon
                x: 8
                y: 8
                width: 26
                height: 26
                radius: 13
                color: panel.kindColor(row.kind)
                Icon {
                    anchors.centerIn: parent
                    name: panel.kindIcon(row.kind)
                    color: "white"
                    size: 16
                }
            }
            Column {
                id: content
                x: kindIcon.x + kindIcon.width + 8
                y: 8
                width: row.width - x - 8
                spacing: 2
                Label {
                    width: parent.width
                    text: qsTr("%1 · at %2").arg(panel.kindTitle(row.kind)).arg(KitchenStyle.duration(row.at, panel.document.unit))
                    font.pixelSize: 10
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 0.5
                    color: KitchenStyle.textMuted
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "warningTitle"
                    width: parent.width
                    text: row.title
                    font.bold: true
                    font.pixelSize: 12
                    color: KitchenStyle.text
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: row.explanation
                    font.pixelSize: 11
                    color: KitchenStyle.textMuted
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: qsTr("<b>Fix:</b> %1").arg(row.fix)
                    textFormat: Text.StyledText
                    font.pixelSize: 11
                    color: KitchenStyle.text
                    wrapMode: Text.Wrap
                }
            }

            HoverHandler {
                id: rowHover
                cursorShape: Qt.PointingHandCursor
            }
            TapHandler {
                onTapped: {
                    list.currentIndex = row.index
                    list.forceActiveFocus()
                    panel.warnings.select(row.index)
                }
            }
            ToolTip.visible: rowHover.hovered
            ToolTip.delay: 900
            ToolTip.text: qsTr("Click (or Enter) to show it in the lanes")
        }
    }

    // Nothing to warn about: say so, so an empty panel does not look broken.
    Column {
        anchors.centerIn: parent
        width: parent.width - 24
        visible: list.count === 0
        spacing: 6
        Icon {
            anchors.horizontalCenter: parent.horizontalCenter
            name: "check"
            size: 28
            color: KitchenStyle.done
        }
        Label {
            objectName: "noWarnings"
            width: parent.width
            text: qsTr("No warnings: nothing blocks the cook for long, every coroutine is awaited, and every dish gets what it needs.")
            color: KitchenStyle.textMuted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: 12
        }
    }
}
