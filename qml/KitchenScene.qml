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
    /// The meal has appliances or helpers: their strip runs along the top of the wall.
    readonly property bool showsResources: player.scene.appliances.length > 0 || player.scene.usesHelpers
    readonly property real stationsTop: showsResources ? resources.y + resources.height + 4 : 44

    function slotCenter(row) {
        return passWidth + 8 + slotWidth * (row + 0.5)
    }

    function bannerText() {
        const unit = document.unit
        if (blocked && player.mainBlocking)
            return qsTr("The loop is blocked: main() itself holds the cook with “%1” until %2, before it awaits any task. Nothing else can run.")
                .arg(player.mainStepLabel).arg(KitchenStyle.duration(player.mainUntil, unit))
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
        const resources = resourcesParts()
        if (resources.length > 0)
            return qsTr("The cook is free: %1.").arg(resources.join("; "))
        return qsTr("The cook is free: pots on timers cook by themselves while the loop runs whoever is ready.")
    }

    /// What the helpers and the full appliances do now, for the banner.
    function resourcesParts() {
        const kitchen = player.scene
        const parts = []
        const busy = kitchen.helpersBusy
        if (busy > 0)
            parts.push(busy === 1 ? qsTr("a helper works in a thread") : qsTr("%1 helpers work in threads").arg(busy))
        for (const appliance of kitchen.appliances) {
            if (appliance.waiting === 1)
                parts.push(qsTr("%1 is full, one dish waits for a place").arg(appliance.name))
            else if (appliance.waiting > 1)
                parts.push(qsTr("%1 is full, %2 dishes wait for a place").arg(appliance.name).arg(appliance.waiting))
        }
        const queued = kitchen.helpersWaiting
        if (queued > 0)
            parts.push(queued === 1 ? qsTr("one dish waits for a free helper") : qsTr("%1 dishes wait for a free helper").arg(queued))
        return parts
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

    // The appliances (asyncio.Semaphore: a few places each) and the kitchen helpers
    // (asyncio.to_thread's threads): how many are in use now, and who waits for one.
    Flow {
        id: resources
        objectName: "sceneResources"
        visible: scene.showsResources
        x: scene.passWidth + 8
        y: 46
        width: scene.width - x - 8
        spacing: 6

        Repeater {
            // By index: the list is new at every change, the chips stay.
            model: scene.player.scene.appliances.length
            Rectangle {
                id: applianceChip
                required property int index
                readonly property var modelData: scene.player.scene.appliances[index] ?? ({ id: "", name: "", capacity: 0, used: 0, waiting: 0, users: [] })
                readonly property bool full: modelData.used >= modelData.capacity
                readonly property string text: modelData.name + " " + occupancy.text
                objectName: "sceneAppliance_" + modelData.id
                implicitWidth: applianceRow.implicitWidth + 16
                implicitHeight: 28
                radius: 14
                color: KitchenStyle.panel
                border.color: full ? KitchenStyle.queued : KitchenStyle.border
                border.width: full ? 2 : 1
                Row {
                    id: applianceRow
                    anchors.centerIn: parent
                    spacing: 6
                    Label {
                        text: applianceChip.modelData.name
                        font.bold: true
                        font.pixelSize: 12
                        color: KitchenStyle.text
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    // One square per place, filled while a dish holds it.
                    Row {
                        spacing: 2
                        anchors.verticalCenter: parent.verticalCenter
                        Repeater {
                            model: Math.min(applianceChip.modelData.capacity, 12)
                            Rectangle {
                                required property int index
                                width: 10
                                height: 10
                                radius: 2
                                color: index < applianceChip.modelData.used ? KitchenStyle.queued : "transparent"
                                border.color: KitchenStyle.queued
                            }
                        }
                    }
                    Label {
                        id: occupancy
                        objectName: "occupancy"
                        text: qsTr("%1 of %2 in use").arg(applianceChip.modelData.used).arg(applianceChip.modelData.capacity)
                              + (applianceChip.modelData.waiting > 0 ? qsTr(" · %1 waiting").arg(applianceChip.modelData.waiting) : "")
                        font.pixelSize: 11
                        color: KitchenStyle.textMuted
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
                HoverHandler { id: applianceHover }
                ToolTip.visible: applianceHover.hovered
                ToolTip.delay: 300
                ToolTip.text: qsTr("%1 has room for %2 at once (asyncio.Semaphore(%2)). ").arg(modelData.name).arg(modelData.capacity)
                              + (modelData.users.length > 0 ? qsTr("In use by %1.").arg(modelData.users.join(", ")) : qsTr("Free."))
            }
        }

        Rectangle {
            id: helpersChip
            objectName: "helpers"
            readonly property string text: helpersLabel.text
            visible: scene.player.scene.usesHelpers
            implicitWidth: helpersRow.implicitWidth + 16
            implicitHeight: 28
            radius: 14
            color: KitchenStyle.panel
            border.color: scene.player.scene.helpersBusy > 0 ? KitchenStyle.helper : KitchenStyle.border
            border.width: scene.player.scene.helpersBusy > 0 ? 2 : 1
            Row {
                id: helpersRow
                anchors.centerIn: parent
                spacing: 6
                Label {
                    text: qsTr("Helpers")
                    font.bold: true
                    font.pixelSize: 12
                    color: KitchenStyle.text
                    anchors.verticalCenter: parent.verticalCenter
                }
                Row {
                    spacing: 1
                    anchors.verticalCenter: parent.verticalCenter
                    Repeater {
                        model: Math.min(scene.player.scene.helpers, 12)
                        Icon {
                            required property int index
                            name: "person"
                            size: 14
                            color: index < scene.player.scene.helpersBusy ? KitchenStyle.helper : KitchenStyle.idle
                        }
                    }
                }
                Label {
                    id: helpersLabel
                    text: qsTr("%1 of %2 busy").arg(scene.player.scene.helpersBusy).arg(scene.player.scene.helpers)
                          + (scene.player.scene.helpersWaiting > 0 ? qsTr(" · %1 waiting").arg(scene.player.scene.helpersWaiting) : "")
                    font.pixelSize: 11
                    color: KitchenStyle.textMuted
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            HoverHandler { id: helpersHover }
            ToolTip.visible: helpersHover.hovered
            ToolTip.delay: 300
            ToolTip.text: qsTr("Kitchen helpers are the threads of asyncio.to_thread: they do blocking work while the cook (the loop) stays free. At most %1 at once.").arg(scene.player.scene.helpers)
        }
    }

    Repeater {
        id: stations
        model: scene.player.scene
        StationView {
            x: scene.slotCenter(index) - width / 2
            width: scene.slotWidth
            height: scene.counterTop - 4 - y
            y: scene.stationsTop
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
