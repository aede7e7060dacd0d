// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// Every drag has a keyboard and menu alternative.
TestCase {
    id: testCase
    name: "KeyboardMoves"
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

    function card(dishId) {
        return findChild(kitchen.view, "dishCard_" + dishId)
    }

    function test_keysMoveADishBetweenLanes() {
        card("avocado").forceActiveFocus()
        keyClick(Qt.Key_N) // a new sync lane at the end
        tryCompare(kitchen.document, "total", 12)
        compare(kitchen.document.laneOf("avocado"), 1)

        // The moved card keeps the keyboard, so the next key acts on it again.
        tryVerify(() => card("avocado") && card("avocado").activeFocus)
        keyClick(Qt.Key_1)
        tryCompare(kitchen.document, "total", 10)
        compare(kitchen.document.laneOf("avocado"), 0)

        tryVerify(() => card("avocado") && card("avocado").activeFocus)
        keyClick(Qt.Key_0) // back to the shelf
        tryCompare(kitchen.document.shelf, "count", 1)
        compare(kitchen.document.laneOf("avocado"), -1)
    }

    function test_keysReorderWithinALane() {
        card("avocado").forceActiveFocus()
        keyClick(Qt.Key_Up, Qt.ControlModifier)
        tryVerify(() => kitchen.document.indexInLane("avocado") === 1)
        compare(kitchen.document.total, 10)

        tryVerify(() => card("avocado") && card("avocado").activeFocus)
        keyClick(Qt.Key_Up, Qt.ControlModifier)
        tryCompare(kitchen.document, "total", 12)
        compare(kitchen.document.indexInLane("avocado"), 0)
    }

    function test_moveToLaneMenu() {
        const avocado = card("avocado")
        avocado.forceActiveFocus()
        keyClick(Qt.Key_Return)
        const menu = findChild(avocado, "moveMenu")
        verify(menu)
        tryCompare(menu, "opened", true)

        // Lane 1, a new sync lane, the shelf, a separator, up, down.
        let newLane = null
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.text === qsTr("A new sync lane at the end"))
                newLane = item
        }
        verify(newLane)
        mouseClick(newLane)
        tryCompare(kitchen.document, "total", 12)
        compare(kitchen.document.laneCount(), 2)
    }
}
