// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kitchen

/// One step of a dish. Red with hands: blocking work. Teal with a timer: a wait.
/// One click switches between the two.
Button {
    id: chip

    required property var step
    required property string unit
    readonly property bool work: step.kind === "work"

    signal toggleRequested

    text: qsTr("%1 · %2").arg(step.label).arg(KitchenStyle.duration(step.duration, unit))
    icon.source: KitchenStyle.art(work ? "hands" : "timer")
    icon.color: work ? "white" : KitchenStyle.waiting
    icon.width: 16
    icon.height: 16
    font.pixelSize: 12
    font.capitalization: Font.MixedCase
    font.bold: work
    topInset: 0
    bottomInset: 0
    leftPadding: 8
    rightPadding: 10
    topPadding: 4
    bottomPadding: 4
    implicitHeight: 28
    Material.foreground: work ? "white" : KitchenStyle.waiting
    Material.elevation: 0

    background: Rectangle {
        radius: height / 2
        color: chip.work ? KitchenStyle.work : Qt.rgba(KitchenStyle.waiting.r, KitchenStyle.waiting.g, KitchenStyle.waiting.b, chip.hovered ? 0.22 : 0.12)
        border.color: chip.work ? Qt.darker(KitchenStyle.work, 1.2) : KitchenStyle.waiting
        border.width: 1.5
    }

    onClicked: toggleRequested()

    ToolTip.visible: hovered
    ToolTip.delay: 500
    ToolTip.text: work
        ? qsTr("Blocking work, like time.sleep(): the cook's hands are busy and nothing else moves.\nClick to make it a non-blocking wait.")
        : qsTr("A non-blocking wait, like await asyncio.sleep(): the pot cooks by itself and the cook is free.\nClick to make it blocking work.")
}
