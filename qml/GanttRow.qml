// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// The bars of one timeline row: a dish's spans, or the cook's blocking work,
/// and marks for what the run noted (a forgotten await, a lost task, a dish not ready).
Item {
    id: row

    required property var segments
    required property bool isCook
    /// The bar still growing at the playhead, {state, start, dish}, or empty; it ends at @c end.
    property var growing: ({})
    property real end: 0
    property var notes: []
    property real unitWidth: 10

    Repeater {
        model: row.segments
        GanttBar {
            required property var modelData
            spanState: modelData.state
            start: modelData.start
            end: modelData.end
            dish: modelData.dish
            isCook: row.isCook
            unitWidth: row.unitWidth
            height: row.height
        }
    }
    // The bar still growing reaches the playhead; the finished ones above stay as they are.
    GanttBar {
        visible: row.growing.state !== undefined
        spanState: row.growing.state ?? ""
        start: row.growing.start ?? 0
        end: row.end
        dish: row.growing.dish ?? ""
        isCook: row.isCook
        unitWidth: row.unitWidth
        height: row.height
    }

    // Notes: a forgotten coroutine leaves its row empty, so it says so in words; the others are pins.
    Repeater {
        model: row.notes
        Rectangle {
            id: mark
            required property var modelData
            readonly property bool forgotten: modelData.kind === "neverAwaited"
            objectName: "note_" + modelData.kind
            x: Math.max(0, Math.min(modelData.at * row.unitWidth, row.width - width))
            anchors.verticalCenter: parent.verticalCenter
            width: forgotten ? markRow.implicitWidth + 12 : row.height - 2
            height: row.height - 2
            radius: height / 2
            color: forgotten ? "transparent" : KitchenStyle.panel
            border.color: modelData.kind === "notReady" ? KitchenStyle.delayed : KitchenStyle.textMuted
            border.width: 1.5

            Row {
                id: markRow
                anchors.centerIn: parent
                spacing: 4
                Icon {
                    name: mark.modelData.kind === "neverAwaited" ? "ghost"
                        : mark.modelData.kind === "lostTask" ? "send" : "notready"
                    color: mark.modelData.kind === "notReady" ? Qt.darker(KitchenStyle.delayed, 1.3) : KitchenStyle.textMuted
                    size: 12
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    visible: mark.forgotten
                    text: qsTr("never awaited: never cooked")
                    color: KitchenStyle.textMuted
                    font.pixelSize: 11
                    font.italic: true
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            HoverHandler { id: markHover }
            ToolTip.visible: markHover.hovered
            ToolTip.delay: 250
            ToolTip.text: {
                switch (modelData.kind) {
                case "neverAwaited": return qsTr("main() made this coroutine and never awaited it, so it never ran.")
                case "lostTask": return qsTr("Started as a task here and never awaited: fire and forget. When main() returns, asyncio.run() cancels it if it is still cooking.")
                }
                return qsTr("Started here before the dishes it needs were done: it serves its result not ready.")
            }
        }
    }
}
