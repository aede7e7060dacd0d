// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// The event loop as a chalkboard: who runs now, who is ready, who waits on a timer until when.
Rectangle {
    id: board

    required property MealDocument document
    required property KitchenPlayer player

    readonly property bool blocked: player.loopBlocked
    readonly property color chalk: KitchenStyle.chalk
    readonly property color chalkMuted: Qt.rgba(KitchenStyle.chalk.r, KitchenStyle.chalk.g, KitchenStyle.chalk.b, 0.6)

    objectName: "loopBoard"
    implicitHeight: content.implicitHeight + 24
    radius: KitchenStyle.radius
    color: KitchenStyle.board
    border.color: blocked ? KitchenStyle.work : Qt.darker(KitchenStyle.board, 1.3)
    border.width: blocked ? 3 : 4

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 12
        spacing: 4

        Label {
            text: qsTr("Event loop")
            font.pixelSize: 15
            font.bold: true
            color: board.chalk
        }

        BoardHeading { text: qsTr("Running now") }
        Repeater {
            model: board.player.scene
            BoardLine {
                required property int index
                required property string name
                required property string stepLabel
                required property real until
                visible: index === board.player.cookRow
                iconName: "hands"
                tint: KitchenStyle.work
                text: qsTr("%1: “%2”, blocking until %3").arg(name).arg(stepLabel).arg(KitchenStyle.duration(until, board.document.unit))
                bold: true
            }
        }
        BoardLine {
            visible: board.player.mainBlocking
            iconName: "hands"
            tint: KitchenStyle.work
            text: qsTr("main(): “%1”, blocking until %2").arg(board.player.mainStepLabel).arg(KitchenStyle.duration(board.player.mainUntil, board.document.unit))
            bold: true
        }
        BoardLine {
            visible: !board.blocked
            text: board.player.status === KitchenPlayer.Stopped ? qsTr("nothing yet")
                  : board.player.status === KitchenPlayer.Finished ? qsTr("nobody: main() returned")
                  : qsTr("nobody: the loop sleeps until the next timer")
            tint: board.chalkMuted
        }

        BoardHeading { text: qsTr("Ready") }
        Repeater {
            model: board.player.scene
            BoardLine {
                required property string name
                required property string phase
                required property real until
                visible: phase === "ready" || phase === "late"
                iconName: phase === "late" ? "alarm" : ""
                tint: KitchenStyle.delayed
                flashing: phase === "late"
                text: phase === "late" ? qsTr("%1: LATE, its timer rang at %2").arg(name).arg(KitchenStyle.duration(until, board.document.unit))
                                       : qsTr("%1: waits for the cook").arg(name)
            }
        }
        BoardLine {
            visible: !board.anyPhase(["ready", "late"])
            text: qsTr("none")
            tint: board.chalkMuted
        }

        BoardHeading { text: qsTr("Waiting on a timer") }
        Repeater {
            model: board.player.scene
            BoardLine {
                required property string name
                required property string phase
                required property string stepLabel
                required property real until
                visible: phase === "waiting"
                iconName: "timer"
                tint: Qt.lighter(KitchenStyle.waiting, 1.35)
                text: qsTr("%1 (%2) until %3").arg(name).arg(stepLabel).arg(KitchenStyle.duration(until, board.document.unit))
            }
        }
        BoardLine {
            visible: !board.anyPhase(["waiting"])
            text: qsTr("none")
            tint: board.chalkMuted
        }

        // Awaiting a future someone else completes: a place at an appliance, or a helper's thread.
        BoardHeading {
            visible: board.showsResources
            text: qsTr("Waiting for a place or a helper")
        }
        Repeater {
            model: board.player.scene
            BoardLine {
                required property string name
                required property string phase
                required property string waitingFor
                required property real until
                visible: board.showsResources && (phase === "queued" || phase === "helper")
                iconName: phase === "helper" ? "helper" : "hourglass"
                tint: phase === "helper" ? Qt.lighter(KitchenStyle.helper, 1.35) : Qt.lighter(KitchenStyle.queued, 1.25)
                text: phase === "helper" ? qsTr("%1: a helper works until %2").arg(name).arg(KitchenStyle.duration(until, board.document.unit))
                    : waitingFor.length > 0 ? qsTr("%1: waiting for %2").arg(name).arg(waitingFor)
                    : qsTr("%1: waiting for a helper").arg(name)
            }
        }
        BoardLine {
            visible: board.showsResources && !board.anyPhase(["queued", "helper"])
            text: qsTr("none")
            tint: board.chalkMuted
        }
    }

    readonly property bool showsResources: player.scene.appliances.length > 0 || player.scene.usesHelpers

    /// True when some dish is in one of @p phases; reads the playhead so it follows every frame.
    function anyPhase(phases) {
        return player.playhead >= 0 && player.scene.countIn(phases) > 0
    }
}
