// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// What the timeline's colours and marks mean. The three every meal has are always there;
/// the others appear when some bar or mark on the chart needs them, so none goes unexplained.
Flow {
    id: legend

    /// The states the chart's bars show now (TimelineModel.states of every timeline drawn).
    property var barStates: []
    /// The kinds of note the chart marks now (TimelineModel.noteKinds).
    property var noteKinds: []

    readonly property var allEntries: [
        { state: "work", icon: "hands", always: true, text: qsTr("blocking work"), tip: qsTr("time.sleep(): the cook is busy and the whole loop waits") },
        { state: "waiting", icon: "timer", always: true, text: qsTr("waiting on a timer"), tip: qsTr("await asyncio.sleep(): the dish cooks by itself, the cook is free") },
        { state: "delayed", icon: "alarm", always: true, text: qsTr("ready but delayed"), tip: qsTr("ready to go on, or its timer rang, but the loop was busy") },
        { state: "running", icon: "", text: qsTr("running"), tip: qsTr("holds the cook without blocking") },
        { state: "queued", icon: "hourglass", text: qsTr("waiting for a place"), tip: qsTr("async with an appliance (asyncio.Semaphore) that is full, or asyncio.to_thread with every helper busy: the cook is free") },
        { state: "helper", icon: "helper", text: qsTr("a helper works"), tip: qsTr("await asyncio.to_thread(...): a kitchen helper (a thread) does the work, the cook is free") },
        { state: "cancelled", icon: "", text: qsTr("cancelled"), tip: qsTr("CancelledError: its TaskGroup, a timeout, or asyncio.run() at the end stopped it") },
        { state: "failed", icon: "", text: qsTr("failed"), tip: qsTr("raised an exception") },
        { note: "neverAwaited", icon: "ghost", text: qsTr("never awaited"), tip: qsTr("a coroutine made and never awaited: it never runs") },
        { note: "lostTask", icon: "send", text: qsTr("fire and forget"), tip: qsTr("a task started and never awaited") },
        { note: "notReady", icon: "notready", text: qsTr("not ready"), tip: qsTr("started before the dishes it needs were done") }
    ]

    function shown(entry) {
        if (entry.always)
            return true
        if (entry.note)
            return noteKinds.indexOf(entry.note) >= 0
        return barStates.indexOf(entry.state) >= 0
    }

    spacing: 10

    Repeater {
        model: legend.allEntries.filter(entry => legend.shown(entry))
        Row {
            required property var modelData
            objectName: "legend_" + (modelData.note ?? modelData.state)
            spacing: 4
            Rectangle {
                width: 22
                height: 14
                radius: modelData.note ? 7 : 3
                color: modelData.note ? KitchenStyle.panel : KitchenStyle.stateColor(modelData.state)
                border.color: modelData.note ? KitchenStyle.textMuted : "transparent"
                anchors.verticalCenter: parent.verticalCenter
                Icon {
                    anchors.centerIn: parent
                    name: modelData.icon
                    visible: name.length > 0
                    color: modelData.note ? KitchenStyle.textMuted : "white"
                    size: 12
                }
            }
            Label {
                text: modelData.text
                color: KitchenStyle.textMuted
                font.pixelSize: 11
                anchors.verticalCenter: parent.verticalCenter
            }
            ToolTip.visible: tipHover.hovered
            ToolTip.delay: 300
            ToolTip.text: modelData.tip
            HoverHandler { id: tipHover }
        }
    }
}
