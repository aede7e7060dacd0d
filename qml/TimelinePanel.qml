// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// The total in large type, the three strategies side by side, and the Gantt chart:
/// the prediction as a ghost, the live run growing over it behind the playhead.
Rectangle {
    id: panel

    required property MealDocument document
    required property KitchenPlayer player

    readonly property bool hasRun: player.status !== KitchenPlayer.Stopped
    readonly property int labelWidth: 170
    readonly property int rowHeight: 26
    readonly property int rowGap: 6
    readonly property real span: Math.max(document.total, player.playhead, 0.001)
    readonly property real tickStep: niceStep(span / 8)
    readonly property real unitWidth: chart.width / (Math.ceil(span / tickStep) * tickStep)

    function union(a, b) {
        return a.concat(b.filter(x => a.indexOf(x) < 0))
    }

    /// 1, 2 or 5 times a power of ten, so the axis reads 0, 2, 4… or 0, 0.5, 1…
    function niceStep(rough) {
        const power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-6))))
        for (const factor of [1, 2, 5, 10]) {
            if (factor * power >= rough)
                return factor * power
        }
        return 10 * power
    }

    objectName: "timelinePanel"
    radius: KitchenStyle.radius
    color: KitchenStyle.panel
    border.color: KitchenStyle.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 18

            ColumnLayout {
                spacing: 0
                Label {
                    text: qsTr("Total prep time")
                    color: KitchenStyle.textMuted
                    font.pixelSize: 12
                }
                Label {
                    objectName: "totalLabel"
                    text: panel.document.finishes ? KitchenStyle.duration(panel.document.total, panel.document.unit) : qsTr("never")
                    font.pixelSize: KitchenStyle.bigFont
                    font.bold: true
                    color: KitchenStyle.text
                }
            }

            Rectangle {
                implicitHeight: 48
                implicitWidth: 1
                color: KitchenStyle.border
            }

            ColumnLayout {
                spacing: 2
                Label {
                    text: qsTr("The same meal with every lane in one mode")
                    color: KitchenStyle.textMuted
                    font.pixelSize: 12
                }
                RowLayout {
                    spacing: 8
                    Repeater {
                        model: [
                            { key: "sync", value: panel.document.syncTotal },
                            { key: "gather", value: panel.document.gatherTotal },
                            { key: "taskgroup", value: panel.document.taskGroupTotal }
                        ]
                        Rectangle {
                            required property var modelData
                            objectName: "strategyTotal_" + modelData.key
                            readonly property string valueText: KitchenStyle.duration(modelData.value, panel.document.unit)
                            implicitWidth: strategyRow.implicitWidth + 20
                            implicitHeight: 34
                            radius: 6
                            color: KitchenStyle.panelAlt
                            border.color: KitchenStyle.border
                            Row {
                                id: strategyRow
                                anchors.centerIn: parent
                                spacing: 6
                                Label {
                                    text: KitchenStyle.modeTitle(modelData.key)
                                    color: KitchenStyle.textMuted
                                    anchors.baseline: strategyValue.baseline
                                }
                                Label {
                                    id: strategyValue
                                    text: parent.parent.valueText
                                    font.pixelSize: 18
                                    font.bold: true
                                    color: KitchenStyle.text
                                }
                            }
                        }
                    }
                }
            }

            Item { Layout.fillWidth: true }

            ExportButton {
                Layout.alignment: Qt.AlignTop
                document: panel.document
            }
        }

        // The chart.
        Flickable {
            id: flick
            contentWidth: width
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 90
            clip: true
            contentHeight: rows.height + axis.height + 6
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            ScrollBar.vertical: ScrollBar {}

            Column {
                id: rows
                width: flick.width
                spacing: panel.rowGap

                Repeater {
                    model: panel.document.prediction
                    Item {
                        id: rowItem
                        required property int index
                        required property string name
                        required property string station
                        required property bool isCook
                        required property var segments
                        required property var growing
                        required property real busy
                        required property real waiting
                        required property real delayed
                        required property var notes
                        objectName: isCook ? "timelineRow_cook" : "timelineRow_" + name
                        width: rows.width
                        height: panel.rowHeight

                        Rectangle {
                            anchors.fill: parent
                            radius: 4
                            color: rowHover.hovered ? KitchenStyle.highlight : (index % 2 ? "transparent" : KitchenStyle.panelAlt)
                            opacity: 0.6
                        }
                        Row {
                            x: 6
                            width: panel.labelWidth - 12
                            anchors.verticalCenter: parent.verticalCenter
                            spacing: 6
                            Image {
                                source: rowItem.isCook ? KitchenStyle.art("cook") : KitchenStyle.stationArt(rowItem.station)
                                sourceSize: Qt.size(rowItem.isCook ? 14 : 22, 22)
                                anchors.verticalCenter: parent.verticalCenter
                            }
                            Label {
                                text: rowItem.isCook ? qsTr("Cook (the loop)") : rowItem.name
                                font.bold: rowItem.isCook
                                color: KitchenStyle.text
                                elide: Text.ElideRight
                                width: parent.width - 28
                                anchors.verticalCenter: parent.verticalCenter
                            }
                        }
                        GanttRow {
                            x: panel.labelWidth
                            width: chart.width
                            height: parent.height - 4
                            anchors.verticalCenter: parent.verticalCenter
                            segments: rowItem.segments
                            growing: rowItem.growing
                            end: panel.document.prediction.end
                            isCook: rowItem.isCook
                            notes: rowItem.notes
                            unitWidth: panel.unitWidth
                            opacity: panel.hasRun ? 0.22 : 1
                        }
                        HoverHandler { id: rowHover }
                        ToolTip.visible: rowHover.hovered
                        ToolTip.delay: 250
                        // Rows go with every edit, maybe under a resting pointer: cancel the pending
                        // tip, or it opens for an item no longer in any window (a warning).
                        Component.onDestruction: ToolTip.hide()
                        ToolTip.text: {
                            const unit = panel.document.unit
                            if (isCook)
                                return qsTr("The cook's blocking work: %1. Everything else is free time for the loop.")
                                    .arg(KitchenStyle.duration(busy, unit))
                            if (segments.length === 0 && growing.state === undefined && notes.some(n => n.kind === "neverAwaited"))
                                return qsTr("%1 never cooked: main() never awaited its coroutine.").arg(name)
                            return qsTr("%1: busy %2 · waiting %3 · delayed %4")
                                .arg(name).arg(KitchenStyle.duration(busy, unit)).arg(KitchenStyle.duration(waiting, unit))
                                .arg(KitchenStyle.duration(delayed, unit))
                        }
                    }
                }
            }

            // The live run, over the ghost, row for row.
            Column {
                x: panel.labelWidth
                width: chart.width
                spacing: panel.rowGap
                visible: panel.hasRun
                Repeater {
                    model: panel.player.timeline
                    Item {
                        id: liveRow
                        required property var segments
                        required property var growing
                        required property bool isCook
                        required property var notes
                        width: chart.width
                        height: panel.rowHeight
                        GanttRow {
                            objectName: "liveRow"
                            width: parent.width
                            height: parent.height - 4
                            anchors.verticalCenter: parent.verticalCenter
                            segments: liveRow.segments
                            growing: liveRow.growing
                            end: panel.player.timeline.end
                            isCook: liveRow.isCook
                            notes: liveRow.notes
                            unitWidth: panel.unitWidth
                        }
                    }
                }
            }

            // The chart's area, for the axis, the playhead and scrubbing.
            Item {
                id: chart
                objectName: "timelineChart"
                x: panel.labelWidth
                width: rows.width - panel.labelWidth - 28
                height: rows.height + axis.height

                Rectangle {
                    objectName: "playhead"
                    visible: panel.hasRun
                    x: panel.player.playhead * panel.unitWidth - 1
                    width: 2
                    height: rows.height + 4
                    color: KitchenStyle.accent
                }

                MouseArea {
                    anchors.fill: parent
                    enabled: panel.player.status !== KitchenPlayer.Playing
                    cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
                    hoverEnabled: true
                    function inspectAt(x) {
                        // Within a few pixels of the end means the end: the last moment is worth a click.
                        const t = Math.abs(x - panel.document.total * panel.unitWidth) < 3 ? panel.document.total : x / panel.unitWidth
                        panel.player.inspect(Math.max(0, t))
                    }
                    onPressed: mouse => inspectAt(mouse.x)
                    onPositionChanged: mouse => { if (pressed) inspectAt(mouse.x) }
                    ToolTip.visible: containsMouse && !pressed && panel.player.status === KitchenPlayer.Stopped
                    ToolTip.delay: 1200
                    ToolTip.text: qsTr("Click or drag to see the kitchen at that moment of the prediction")
                }

                Item {
                    id: axis
                    y: rows.height + 4
                    width: parent.width
                    height: 20
                    Rectangle {
                        width: parent.width
                        height: 1
                        color: KitchenStyle.border
                    }
                    Repeater {
                        // From span alone: mixing in tickStep could see a new span with an old step.
                        model: Math.ceil(panel.span / panel.niceStep(panel.span / 8) - 1e-9) + 1
                        Item {
                            required property int index
                            x: index * panel.tickStep * panel.unitWidth
                            Rectangle {
                                width: 1
                                height: 5
                                color: KitchenStyle.textMuted
                            }
                            Label {
                                x: -width / 2
                                y: 5
                                text: KitchenStyle.duration(parent.index * panel.tickStep, panel.document.unit)
                                color: KitchenStyle.textMuted
                                font.pixelSize: 10
                            }
                        }
                    }
                }
            }
        }

        Legend {
            objectName: "legend"
            Layout.fillWidth: true
            // The ghost and the live run may show different states: explain both.
            barStates: panel.union(panel.document.prediction.states, panel.hasRun ? panel.player.timeline.states : [])
            noteKinds: panel.union(panel.document.prediction.noteKinds, panel.hasRun ? panel.player.timeline.noteKinds : [])
        }
    }
}
