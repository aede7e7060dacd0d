// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// One dish at its station: the appliance, its pot, and what it is doing now.
Item {
    id: station

    required property int index
    required property string dishId
    required property string name
    required property string station
    required property string phase
    required property real progress
    required property string stepLabel
    required property string stepKind
    required property real until
    required property string waitingFor
    required property string appliance
    required property bool unawaited
    required property string cancelledBy
    required property string notReadyFor
    required property string unit
    required property bool loopBlocked

    readonly property bool holdsLoop: phase === "work"
    readonly property bool late: phase === "late"
    /// Everyone else freezes while another dish's blocking work holds the loop.
    readonly property bool frozen: loopBlocked && !holdsLoop && phase !== "done" && phase !== "notStarted"
                                   && phase !== "neverAwaited"
    /// main() made its coroutine and never awaited it: it never cooks.
    readonly property bool forgotten: phase === "neverAwaited"
    /// Phases whose badge is light, so its text is dark.
    readonly property bool lightBadge: phase === "late" || phase === "ready" || phase === "notStarted" || forgotten

    objectName: "station_" + dishId

    function badgeText() {
        switch (phase) {
        case "notStarted": return qsTr("not started")
        case "ready": return loopBlocked ? qsTr("ready, waits for the cook") : qsTr("ready")
        case "running": return qsTr("running")
        case "work": return qsTr("busy until %1").arg(KitchenStyle.duration(until, unit))
        case "waiting": return qsTr("until %1").arg(KitchenStyle.duration(until, unit))
        case "late": return qsTr("LATE, rang at %1").arg(KitchenStyle.duration(until, unit))
        case "queued": return waitingFor.length > 0 ? qsTr("waiting for %1").arg(waitingFor) : qsTr("waiting for a helper")
        case "helper": return qsTr("helper, until %1").arg(KitchenStyle.duration(until, unit))
        case "neverAwaited": return qsTr("never awaited")
        case "done": return qsTr("done")
        case "cancelled":
            switch (cancelledBy) {
            case "end": return qsTr("cancelled: main() returned")
            case "timeout": return qsTr("cancelled: out of time")
            case "group": return qsTr("cancelled by its TaskGroup")
            }
            return qsTr("cancelled")
        case "failed": return qsTr("failed")
        }
        return phase
    }

    /// One sentence for the badge's tool tip: what the phase means in asyncio.
    function badgeTip() {
        switch (phase) {
        case "queued":
            return waitingFor.length > 0
                ? qsTr("%1 waits at “async with %2:” for a free place; the cook is free meanwhile.").arg(name).arg(waitingFor)
                : qsTr("%1 waits in asyncio.to_thread for a free kitchen helper; the cook is free meanwhile.").arg(name)
        case "helper":
            return qsTr("A kitchen helper (a thread, asyncio.to_thread) does “%1” until %2; the cook is free for other dishes.")
                .arg(stepLabel).arg(KitchenStyle.duration(until, unit))
        case "neverAwaited":
            return qsTr("main() called %1() and dropped the coroutine without await: it never cooks. Python warns “coroutine was never awaited”.").arg(dishId)
        case "cancelled":
            switch (cancelledBy) {
            case "end": return qsTr("A task nobody awaited: when main() returned, asyncio.run() cancelled it half-cooked.")
            case "timeout": return qsTr("Its lane's asyncio.timeout() ran out and cancelled it.")
            case "group": return qsTr("Another dish of its TaskGroup failed, so the group cancelled it.")
            }
            break
        }
        return stepLabel.length > 0 ? qsTr("%1 (%2): %3").arg(name).arg(stepLabel).arg(badgeText()) : badgeText()
    }

    function badgeIcon() {
        switch (phase) {
        case "work": return "hands"
        case "waiting": return "timer"
        case "late": return "alarm"
        case "queued": return "hourglass"
        case "helper": return "helper"
        case "neverAwaited": return "ghost"
        case "cancelled": return "ban"
        case "done": return "check"
        }
        return ""
    }

    ColumnLayout {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width
        spacing: 2

        // What the run noted about the dish, and the appliance it holds: small tags over its name.
        Repeater {
            model: {
                const tags = []
                if (station.notReadyFor.length > 0)
                    tags.push({ key: "notReady", icon: "notready", color: KitchenStyle.delayed, text: qsTr("not ready"),
                                tip: qsTr("%1 started before %2 was done, so it serves its result not ready.").arg(station.name).arg(station.notReadyFor) })
                if (station.unawaited)
                    tags.push({ key: "unawaited", icon: "send", color: KitchenStyle.textMuted, text: qsTr("fire and forget"),
                                tip: qsTr("Started with asyncio.create_task() and never awaited: if it is still cooking when main() returns, it is cancelled.") })
                if (station.appliance.length > 0)
                    tags.push({ key: "appliance", icon: "", color: KitchenStyle.queued, text: qsTr("on %1").arg(station.appliance),
                                tip: qsTr("%1 holds a place at %2 (async with) until its step ends.").arg(station.name).arg(station.appliance) })
                return tags
            }
            Rectangle {
                required property var modelData
                objectName: "tag_" + modelData.key
                readonly property string text: tagLabel.text
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: station.width - 4
                implicitWidth: tagRow.implicitWidth + 12
                implicitHeight: 20
                radius: 10
                clip: true
                color: KitchenStyle.panel
                border.color: modelData.color
                border.width: 1.5
                Row {
                    id: tagRow
                    anchors.centerIn: parent
                    spacing: 3
                    Icon {
                        name: modelData.icon
                        visible: name.length > 0
                        color: KitchenStyle.text
                        size: 12
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Label {
                        id: tagLabel
                        text: modelData.text
                        color: KitchenStyle.text
                        font.pixelSize: 10
                        font.bold: true
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
                ToolTip.visible: tagHover.hovered
                ToolTip.delay: 300
                ToolTip.text: modelData.tip
                HoverHandler { id: tagHover }
            }
        }

        Label {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: station.width - 4
            text: station.name
            font.bold: true
            font.pixelSize: 13
            color: KitchenStyle.text
            elide: Text.ElideRight
        }

        // What the dish is doing, in words and colour; room for two lines keeps the names aligned.
        Item {
            Layout.fillWidth: true
            implicitHeight: 40
        Rectangle {
            id: badge
            objectName: "badge"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            width: Math.min(implicitWidth, station.width - 4)
            implicitWidth: badgeRow.implicitWidth + 14
            implicitHeight: Math.max(24, badgeRow.implicitHeight + 8)
            radius: 12
            color: station.forgotten ? KitchenStyle.panel : KitchenStyle.stateColor(station.phase === "notStarted" ? "" : station.phase)
            border.color: station.forgotten ? KitchenStyle.textMuted : "transparent"
            border.width: station.forgotten ? 1.5 : 0
            opacity: station.phase === "notStarted" ? 0.7 : 1

            SequentialAnimation on opacity {
                running: station.late && KitchenStyle.animated
                loops: Animation.Infinite
                NumberAnimation { to: 0.35; duration: 350 }
                NumberAnimation { to: 1; duration: 350 }
            }

            Row {
                id: badgeRow
                anchors.centerIn: parent
                width: Math.min(implicitWidth, station.width - 18)
                spacing: 4
                Icon {
                    name: station.badgeIcon()
                    visible: name.length > 0
                    color: station.lightBadge ? (station.forgotten ? KitchenStyle.text : "#2b2722") : "white"
                    size: 14
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    id: badgeLabel
                    objectName: "badgeLabel"
                    text: station.badgeText()
                    color: station.lightBadge ? (station.forgotten ? KitchenStyle.text : "#2b2722") : "white"
                    font.pixelSize: 11
                    font.bold: station.holdsLoop || station.late
                    // Narrow stations wrap onto a second line rather than cut the time off.
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    // The one-line width comes from TextMetrics: a wrapped Label's own implicitWidth
                    // changes with its width, and a binding on both loops.
                    width: Math.min(Math.ceil(badgeMetrics.advanceWidth), station.width - 40)
                    horizontalAlignment: Text.AlignHCenter
                    anchors.verticalCenter: parent.verticalCenter
                    TextMetrics {
                        id: badgeMetrics
                        font: badgeLabel.font
                        text: badgeLabel.text
                    }
                }
            }
            ToolTip.visible: badgeHover.hovered
            ToolTip.delay: 300
            // The station goes when the scene changes, maybe under a resting pointer: cancel the
            // pending tip, or it opens for an item no longer in any window (a warning).
            Component.onDestruction: ToolTip.hide()
            ToolTip.text: station.badgeTip()
            HoverHandler { id: badgeHover }
        }
        }

        PotGauge {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 10
            progress: station.progress
            fill: station.stepKind === "work" ? KitchenStyle.work
                : station.stepKind === "helper" ? KitchenStyle.helper : KitchenStyle.waiting
            steaming: station.phase === "waiting"
            opacity: station.forgotten ? 0.3 : station.phase === "notStarted" ? 0.5 : 1
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: station.width - 4
            text: station.phase === "notStarted" || station.phase === "done" || station.forgotten ? "" : station.stepLabel
            color: KitchenStyle.textMuted
            font.pixelSize: 11
            font.italic: true
            elide: Text.ElideRight
        }

        Image {
            Layout.alignment: Qt.AlignHCenter
            readonly property int side: Math.max(32, Math.min(96, station.width - 12, station.height - 170))
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            source: KitchenStyle.stationArt(station.station)
            sourceSize: Qt.size(96, 96)
            opacity: station.forgotten ? 0.3 : station.frozen ? 0.6 : 1

            // A kitchen helper at work here: a thread does the step, the cook stays free.
            Rectangle {
                objectName: "helperBadge"
                visible: station.phase === "helper"
                width: 30
                height: 30
                radius: 15
                x: -6
                y: parent.height - height + 4
                color: KitchenStyle.helper
                border.color: "white"
                border.width: 2
                Icon {
                    anchors.centerIn: parent
                    name: "helper"
                    color: "white"
                    size: 18
                }
            }
        }
    }
}
