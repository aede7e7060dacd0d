// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kitchen

/// One step of a dish, or of main() in a create_task lane. Red with hands: blocking work.
/// Teal with a timer: a wait. Blue with two people: a helper's job (asyncio.to_thread).
/// A flame: the dish burns after it. A small tag: the appliance it holds.
/// A click switches blocking and non-blocking; a right-click (or the Menu key) offers the rest.
Button {
    id: chip

    required property var step
    required property string unit
    /// The meal's appliances, [{id, name}], for the menu.
    property var appliances: []

    readonly property string kind: step.kind ?? "wait"
    readonly property bool work: kind === "work"
    readonly property bool helper: kind === "helper"
    readonly property bool burns: (step.error ?? "").length > 0
    readonly property string applianceName: step.applianceName ?? ""
    readonly property color tint: work ? KitchenStyle.work : (helper ? KitchenStyle.helper : KitchenStyle.waiting)
    readonly property color ink: work ? "white" : tint

    signal toggleRequested
    signal kindRequested(string kind)
    signal burnRequested(bool burns)
    signal applianceRequested(string applianceId)
    signal editRequested
    signal removeRequested

    /// Made on the first right-click; it goes with the chip.
    property Menu menu: null

    function openMenu() {
        if (!menu)
            menu = menuComponent.createObject(chip)
        menu.popup(chip, 0, chip.height)
    }

    text: qsTr("%1 · %2").arg(step.label).arg(KitchenStyle.duration(step.duration, unit))
    font.pixelSize: 12
    font.capitalization: Font.MixedCase
    font.bold: work
    topInset: 0
    bottomInset: 0
    leftPadding: 8
    rightPadding: applianceName.length > 0 ? 4 : 10
    topPadding: 4
    bottomPadding: 4
    implicitHeight: 28
    Material.foreground: ink
    Material.elevation: 0
    Accessible.name: text + (burns ? qsTr(", burns here") : "") + (applianceName.length > 0 ? qsTr(", holds the %1").arg(applianceName) : "")

    contentItem: Row {
        spacing: 5
        Icon {
            anchors.verticalCenter: parent.verticalCenter
            name: chip.work ? "hands" : (chip.helper ? "helper" : "timer")
            color: chip.ink
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: chip.text
            font: chip.font
            color: chip.ink
        }
        Icon {
            objectName: "burnMark"
            anchors.verticalCenter: parent.verticalCenter
            visible: chip.burns
            name: "flame"
            size: 15
            color: chip.work ? "white" : KitchenStyle.failed
        }
        Rectangle {
            objectName: "applianceBadge"
            anchors.verticalCenter: parent.verticalCenter
            visible: chip.applianceName.length > 0
            implicitWidth: badgeText.implicitWidth + 10
            implicitHeight: 18
            width: implicitWidth
            height: implicitHeight
            radius: 9
            color: chip.work ? Qt.darker(KitchenStyle.work, 1.25) : KitchenStyle.panel
            border.color: chip.work ? "transparent" : chip.tint
            Label {
                id: badgeText
                anchors.centerIn: parent
                text: chip.applianceName
                font.pixelSize: 10
                color: chip.work ? "white" : KitchenStyle.text
            }
        }
    }

    background: Rectangle {
        radius: height / 2
        color: chip.work ? KitchenStyle.work : Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, chip.hovered ? 0.22 : 0.12)
        border.color: chip.visualFocus ? KitchenStyle.text : (chip.work ? Qt.darker(KitchenStyle.work, 1.2) : chip.tint)
        border.width: chip.visualFocus ? 2 : 1.5
    }

    onClicked: toggleRequested()
    Keys.onMenuPressed: openMenu()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)) {
            openMenu()
            event.accepted = true
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: chip.openMenu()
    }

    ToolTip.visible: hovered
    ToolTip.delay: 500
    ToolTip.text: {
        let tip = work
            ? qsTr("Blocking work, like time.sleep(): the cook's hands are busy and nothing else moves.\nClick to make it a non-blocking wait.")
            : helper
              ? qsTr("A helper's job, like await asyncio.to_thread(time.sleep, …): a kitchen helper does the work and the cook is free.\nClick to make it blocking work.")
              : qsTr("A non-blocking wait, like await asyncio.sleep(): the pot cooks by itself and the cook is free.\nClick to make it blocking work.")
        if (burns)
            tip += "\n" + qsTr("Burns here: raises RuntimeError(\"%1\").").arg(step.error)
        if (applianceName.length > 0)
            tip += "\n" + qsTr("Holds the %1 while it runs: async with %2:").arg(applianceName).arg(step.appliance)
        return tip + "\n" + qsTr("Right-click for wait, work, helper, burning and appliances.")
    }

    Component {
        id: menuComponent
        KitchenMenu {
            objectName: "stepMenu"
            width: 290
            MenuItem {
                objectName: "stepMenuWait"
                text: qsTr("Wait (asyncio.sleep)")
                checkable: true
                checked: chip.kind === "wait"
                onTriggered: chip.kindRequested("wait")
            }
            MenuItem {
                objectName: "stepMenuWork"
                text: qsTr("Blocking work (time.sleep)")
                checkable: true
                checked: chip.work
                onTriggered: chip.kindRequested("work")
            }
            MenuItem {
                objectName: "stepMenuHelper"
                text: qsTr("Helper (asyncio.to_thread)")
                checkable: true
                checked: chip.helper
                onTriggered: chip.kindRequested("helper")
            }
            MenuSeparator {}
            MenuItem {
                objectName: "stepMenuBurns"
                text: qsTr("Burns here")
                checkable: true
                checked: chip.burns
                onTriggered: chip.burnRequested(!chip.burns)
            }
            MenuItem {
                id: noAppliance
                objectName: "stepMenuNoAppliance"
                enabled: chip.appliances.length > 0
                text: enabled ? qsTr("Holds no appliance") : qsTr("No appliances (see Meal details)")
                checkable: enabled
                checked: enabled && (chip.step.appliance ?? "") === ""
                onTriggered: chip.applianceRequested("")
            }
            Instantiator {
                model: chip.appliances
                // Instantiator in 6.4 hands the entry over as a context property.
                delegate: MenuItem {
                    objectName: "stepMenuAppliance_" + modelData.id
                    text: qsTr("Holds the %1").arg(modelData.name.length > 0 ? modelData.name : modelData.id)
                    checkable: true
                    checked: chip.step.appliance === modelData.id
                    onTriggered: chip.applianceRequested(modelData.id)
                }
                // Right after "Holds no appliance", in the meal's order.
                onObjectAdded: (index, object) => {
                    const menu = noAppliance.menu
                    let at = 0
                    while (at < menu.count && menu.itemAt(at) !== noAppliance)
                        ++at
                    menu.insertItem(at + 1 + index, object)
                }
                onObjectRemoved: (index, object) => noAppliance.menu.removeItem(object)
            }
            MenuSeparator {}
            MenuItem {
                objectName: "stepMenuEdit"
                text: qsTr("Edit step…")
                onTriggered: chip.editRequested()
            }
            MenuItem {
                objectName: "stepMenuRemove"
                text: qsTr("Delete step")
                onTriggered: chip.removeRequested()
            }
        }
    }
}
