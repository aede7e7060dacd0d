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
    required property string unit
    required property bool loopBlocked

    readonly property bool holdsLoop: phase === "work"
    readonly property bool late: phase === "late"
    /// Everyone else freezes while another dish's blocking work holds the loop.
    readonly property bool frozen: loopBlocked && !holdsLoop && phase !== "done" && phase !== "notStarted"

    objectName: "station_" + dishId

    function badgeText() {
        switch (phase) {
        case "notStarted": return qsTr("not started")
        case "ready": return loopBlocked ? qsTr("ready, waits for the cook") : qsTr("ready")
        case "running": return qsTr("running")
        case "work": return qsTr("busy until %1").arg(KitchenStyle.duration(until, unit))
        case "waiting": return qsTr("until %1").arg(KitchenStyle.duration(until, unit))
        case "late": return qsTr("LATE, rang at %1").arg(KitchenStyle.duration(until, unit))
        case "done": return qsTr("done")
        case "cancelled": return qsTr("cancelled")
        case "failed": return qsTr("failed")
        }
        return phase
    }

    function badgeIcon() {
        switch (phase) {
        case "work": return "hands"
        case "waiting": return "timer"
        case "late": return "alarm"
        case "done": return "check"
        }
        return ""
    }

    ColumnLayout {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width
        spacing: 2

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
            color: KitchenStyle.stateColor(station.phase === "notStarted" ? "" : station.phase)
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
                    color: station.phase === "late" ? KitchenStyle.text : "white"
                    size: 14
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label {
                    text: station.badgeText()
                    color: station.phase === "late" || station.phase === "ready" || station.phase === "notStarted"
                           ? "#2b2722" : "white"
                    font.pixelSize: 11
                    font.bold: station.holdsLoop || station.late
                    // Narrow stations wrap onto a second line rather than cut the time off.
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    width: Math.min(implicitWidth, station.width - 40)
                    horizontalAlignment: Text.AlignHCenter
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            ToolTip.visible: badgeHover.hovered
            ToolTip.delay: 300
            ToolTip.text: station.stepLabel.length > 0 ? qsTr("%1 (%2): %3").arg(station.name).arg(station.stepLabel).arg(station.badgeText())
                                                       : station.badgeText()
            HoverHandler { id: badgeHover }
        }
        }

        PotGauge {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 10
            progress: station.progress
            fill: station.stepKind === "work" ? KitchenStyle.work : KitchenStyle.waiting
            steaming: station.phase === "waiting"
            opacity: station.phase === "notStarted" ? 0.5 : 1
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: station.width - 4
            text: station.phase === "notStarted" || station.phase === "done" ? "" : station.stepLabel
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
            opacity: station.frozen ? 0.6 : 1
        }
    }
}
