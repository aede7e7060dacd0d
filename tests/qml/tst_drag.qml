// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// Dragging dishes with the mouse: into a gather lane, into a new lane, reordering, out again.
TestCase {
    id: testCase
    name: "DragDishes"
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
        waitForRendering(kitchen, 200)
    }

    function card(dishId) {
        const found = findChild(kitchen.view, "dishCard_" + dishId)
        verify(found, "no card for " + dishId)
        return found
    }

    /// Presses on the card's title row, moves in small steps, releases over (x, y) of target.
    function drag(dishId, target, x, y) {
        const source = card(dishId)
        const from = Qt.point(70, 18)
        const to = target.mapToItem(source, x, y)
        mousePress(source, from.x, from.y)
        for (let step = 1; step <= 12; ++step)
            mouseMove(source, from.x + (to.x - from.x) * step / 12, from.y + (to.y - from.y) * step / 12)
        mouseRelease(source, to.x, to.y)
    }

    function test_lunchShowsFifteenInSyncAndTenInGather() {
        compare(kitchen.document.syncTotal, 15)
        compare(kitchen.document.gatherTotal, 10)
        compare(kitchen.document.total, 10)
        compare(findChild(kitchen.view, "totalLabel").text, "10 min")
    }

    function test_dragFromTheShelfIntoTheGatherLane() {
        verify(kitchen.document.moveDish("pasta", -1, -1)) // set-up: pasta waits on the shelf
        compare(kitchen.document.total, 3)
        waitForRendering(kitchen, 200)

        // Dropped above the meatloaf: pasta goes first in the gather.
        const lane = findChild(kitchen.view, "lane_0")
        const first = card("meatloaf").mapToItem(lane, 0, 4)
        drag("pasta", lane, lane.width / 2, first.y)

        tryCompare(kitchen.document, "total", 10)
        compare(kitchen.document.laneOf("pasta"), 0)
        compare(kitchen.document.shelf.count, 0)
        compare(findChild(kitchen.view, "totalLabel").text, "10 min")
    }

    function test_dragAvocadoIntoItsOwnSyncLaneAfterTheGather() {
        const zone = findChild(kitchen.view, "newLaneZone")
        drag("avocado", zone, zone.width / 2, zone.height / 2)

        tryCompare(kitchen.document, "total", 12)
        compare(kitchen.document.laneCount(), 2)
        compare(kitchen.document.laneMode(1), "sync")
        compare(kitchen.document.laneOf("avocado"), 1)
        compare(findChild(kitchen.view, "totalLabel").text, "12 min")

        // One undo step takes back the new lane and the move together.
        kitchen.document.undo()
        compare(kitchen.document.laneCount(), 1)
        compare(kitchen.document.total, 10)
    }

    function test_reorderWithinTheLane() {
        const pasta = card("pasta")
        const lane = findChild(kitchen.view, "lane_0")
        const top = pasta.mapToItem(lane, 0, 4)
        drag("avocado", lane, lane.width / 2, top.y)

        // The blocking avocado now starts first, so the timers start 2 minutes late.
        tryCompare(kitchen.document, "total", 12)
        compare(kitchen.document.indexInLane("avocado"), 0)
        compare(kitchen.document.indexInLane("pasta"), 1)
    }

    function test_dragOutOfTheLanePutsItBackOnTheShelf() {
        const shelf = findChild(kitchen.view, "shelf")
        drag("pasta", shelf, shelf.width / 2, shelf.height / 2)

        tryCompare(kitchen.document.shelf, "count", 1)
        compare(kitchen.document.laneOf("pasta"), -1)
        compare(kitchen.document.total, 3)
    }

    function test_undoAndRedoKeys() {
        verify(kitchen.document.setLaneMode(0, "sync"))
        compare(kitchen.document.total, 15)
        kitchen.view.forceActiveFocus()
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        tryCompare(kitchen.document, "total", 10)
        keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
        tryCompare(kitchen.document, "total", 15)
    }
}
