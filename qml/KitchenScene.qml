// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// The kitchen: a station per dish on the counter, the cook (the event loop),
/// a wall clock on the meal's time, and a banner that says what the loop is doing.
Rectangle {
    id: scene

    required property MealDocument document
    required property KitchenPlayer player

    readonly property int passWidth: 96
    readonly property int stationCount: player.scene.count
    readonly property real slotWidth: stationCount > 0 ? Math.min(170, (width - passWidth - 16) / stationCount) : 0
    readonly property real counterTop: height - Math.min(86, Math.max(60, height * 0.2))
    readonly property bool blocked: player.loopBlocked
    readonly property bool started: player.status !== KitchenPlayer.Stopped

    function slotCenter(row) {
        return passWidth + 8 + slotWidth * (row + 0.5)
    }

    function bannerText() {
        const unit = document.unit
        if (blocked) {
            const item = stations.itemAt(player.cookRow)
            if (!item)
                return ""
            return qsTr("The loop is blocked: %1 holds the cook with “%2” until %3. Nothing else can run, and timers that ring now are late.")
                .arg(item.name).arg(item.stepLabel).arg(KitchenStyle.duration(item.until, unit))
        }
        switch (player.status) {
        case KitchenPlayer.Stopped:
            return document.finishes
                ? qsTr("Press Play to cook it live. The prediction: %1.").arg(KitchenStyle.duration(document.total, unit))
                : qsTr("Put dishes into a lane, then press Play.")
        case KitchenPlayer.Paused:
            return qsTr("Paused at %1.").arg(KitchenStyle.duration(player.playhead, unit))
        case KitchenPlayer.Finished:
            return player.lastRunMatched
                ? qsTr("Served in %1, exactly as predicted.").arg(KitchenStyle.duration(player.lastRunTotal, unit))
                : qsTr("Served in %1; the prediction said %2.").arg(KitchenStyle.duration(player.lastRunTotal, unit)).arg(KitchenStyle.duration(document.total, unit))
        }
        return qsTr("The cook is free: pots on timers cook by themselves while the loop runs whoever is ready.")
    }

    objectName: "kitchenScene"
    radius: KitchenStyle.radius
    color: KitchenStyle.wall
    border.color: blocked ? KitchenStyle.work : KitchenStyle.border
    border.width: blocked ? 3 : 1
    clip: true

    // Wall tiles, a little kitchen behind the stations.
    Image {
        x: 2
        y: 40
        width: parent.width - 4
        height: scene.counterTop - 40
        source: KitchenStyle.art("wall-tile")
        fillMode: Image.Tile
        opacity: KitchenStyle.dark ? 0.5 : 1
    }

    // The banner: what the loop does right now.
    Rectangle {
        id: banner
        objectName: "sceneBanner"
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 3 }
        height: 36
        radius: KitchenStyle.radius - 2
        color: scene.blocked ? KitchenStyle.work : KitchenStyle.panel
        Row {
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 10
            spacing: 8
            Icon {
                name: scene.blocked ? "hands" : (scene.player.status === KitchenPlayer.Stopped ? "info" : "timer")
                color: scene.blocked ? "white" : KitchenStyle.waiting
                size: 18
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                objectName: "bannerText"
                width: parent.width - 30
                anchors.verticalCenter: parent.verticalCenter
                text: scene.bannerText()
                color: scene.blocked ? "white" : KitchenStyle.text
                font.bold: scene.blocked
                font.pixelSize: 12
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }

    WallClock {
        x: (scene.passWidth - width) / 2 + 4
        y: 52
        time: scene.player.playhead
        total: Math.max(scene.document.total, scene.player.playhead)
        unit: scene.document.unit
        alarm: scene.blocked
    }

    // The counter the stations stand on.
    Rectangle {
        id: counter
        x: 0
        y: scene.counterTop
        width: scene.width
        height: scene.height - y
        color: KitchenStyle.counter
        Rectangle {
            width: parent.width
            height: 8
            color: KitchenStyle.counterEdge
        }
        // Cupboard doors under the worktop.
        Image {
            x: 8
            y: 8
            width: parent.width - 16
            height: parent.height - 8
            source: KitchenStyle.art("cupboard")
            fillMode: Image.TileHorizontally
            verticalAlignment: Image.AlignTop
        }
    }

    Repeater {
        id: stations
        model: scene.player.scene
        StationView {
            x: scene.slotCenter(index) - width / 2
            width: scene.slotWidth
            height: scene.counterTop - 48
            y: 44
            unit: scene.document.unit
            loopBlocked: scene.blocked
        }
    }

    // The cook: the event loop itself.
    Item {
        id: cook
        objectName: "cook"
        readonly property bool atStation: scene.player.cookRow >= 0
        width: 64
        height: 96
        x: (atStation ? scene.slotCenter(scene.player.cookRow) + scene.slotWidth * 0.22 : scene.passWidth / 2 + 4) - width / 2
        y: scene.height - height - 6
        Behavior on x {
            enabled: KitchenStyle.animated
            NumberAnimation { duration: 280; easing.type: Easing.InOutQuad }
        }

        Image {
            anchors.fill: parent
            source: KitchenStyle.art(scene.blocked ? "cook-busy" : "cook")
            sourceSize: Qt.size(80, 120)
        }
        // A speech bubble: stuck in blocking work, or free for whoever is ready.
        Rectangle {
            visible: scene.blocked || scene.player.status === KitchenPlayer.Playing
                     || scene.player.status === KitchenPlayer.Inspecting
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.top
            anchors.bottomMargin: 2
            width: bubble.implicitWidth + 14
            height: 20
            radius: 10
            color: scene.blocked ? KitchenStyle.work : KitchenStyle.waiting
            Label {
                id: bubble
                anchors.centerIn: parent
                text: scene.blocked ? qsTr("stuck!") : qsTr("free")
                color: "white"
                font.bold: true
                font.pixelSize: 11
            }
        }
        ToolTip.visible: cookHover.hovered
        ToolTip.text: scene.blocked
            ? qsTr("The cook is the event loop. Blocking work keeps them here: no other dish can move.")
            : qsTr("The cook is the event loop. Free now: waits happen on timers, by themselves.")
        HoverHandler { id: cookHover }
    }
}
