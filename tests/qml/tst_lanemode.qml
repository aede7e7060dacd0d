// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// A lane's mode: sync, gather, TaskGroup, by mouse and by keyboard.
TestCase {
    id: testCase
    name: "LaneMode"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: fixtureComponent
        KitchenFixture {}
    }

    property var kitchen

    function init() {
        kitchen = createTemporaryObject(fixtureComponent, testCase)
        verify(kitchen.document.open("lunch"))
        waitForRendering(kitchen)
    }

    function test_switchingModesChangesTheTotal() {
        compare(kitchen.document.laneMode(0), "gather")

        mouseClick(findChild(kitchen.view, "modeButton_0_sync"))
        tryCompare(kitchen.document, "total", 15)
        compare(kitchen.document.laneMode(0), "sync")
        verify(findChild(kitchen.view, "modeButton_0_sync").checked)
        verify(!findChild(kitchen.view, "modeButton_0_gather").checked)

        mouseClick(findChild(kitchen.view, "modeButton_0_taskgroup"))
        tryCompare(kitchen.document, "total", 10)
        compare(kitchen.document.laneMode(0), "taskgroup")
    }

    function test_modeByKeyboard() {
        const button = findChild(kitchen.view, "modeButton_0_sync")
        button.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(kitchen.document, "total", 15)
        compare(kitchen.document.laneMode(0), "sync")
    }

    function test_strategyTotalsStaySideBySide() {
        mouseClick(findChild(kitchen.view, "modeButton_0_sync"))
        tryCompare(kitchen.document, "total", 15)
        // The comparison does not depend on the lane's own mode.
        compare(findChild(kitchen.view, "strategyTotal_sync").valueText, "15 min")
        compare(findChild(kitchen.view, "strategyTotal_gather").valueText, "10 min")
        compare(findChild(kitchen.view, "strategyTotal_taskgroup").valueText, "10 min")
    }

    function test_addAndRemoveLanes() {
        mouseClick(findChild(kitchen.view, "addLaneButton"))
        tryCompare(kitchen.document.lanes, "count", 2)
        compare(kitchen.document.laneMode(1), "sync")
        const secondLane = findChild(kitchen.view, "lane_1")
        verify(secondLane)
        mouseClick(findChild(secondLane, "removeLaneButton"))
        tryCompare(kitchen.document.lanes, "count", 1)
        mouseClick(findChild(findChild(kitchen.view, "lane_0"), "removeLaneButton"))
        tryCompare(kitchen.document.shelf, "count", 3)
        compare(kitchen.document.total, 0)
    }

    function menuItem(menu, text) {
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.text === text)
                return item
        }
        return null
    }

    function test_laneMenuReordersLanes() {
        verify(kitchen.document.moveDishToNewLane("avocado", 1, "sync"))
        compare(kitchen.document.total, 12)
        waitForRendering(kitchen)

        const second = findChild(kitchen.view, "lane_1")
        mouseClick(findChild(second, "laneMenuButton"))
        const menu = findChild(second, "laneMenu")
        tryCompare(menu, "opened", true)
        mouseClick(menuItem(menu, qsTr("Run earlier")))

        // The blocking avocado now runs before the gather: 2 + 10.
        tryVerify(() => kitchen.document.laneOf("avocado") === 0)
        compare(kitchen.document.laneMode(1), "gather")
        compare(kitchen.document.total, 12)
    }

    function test_modeFromTheLaneMenu() {
        const first = findChild(kitchen.view, "lane_0")
        mouseClick(findChild(first, "laneMenuButton"))
        const menu = findChild(first, "laneMenu")
        tryCompare(menu, "opened", true)
        mouseClick(menuItem(menu, qsTr("Mode: sync")))
        tryCompare(kitchen.document, "total", 15)
    }
}
