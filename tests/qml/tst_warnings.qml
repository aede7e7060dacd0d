// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// The warnings tab, used with the mouse and the keyboard: it counts what goes wrong,
/// says why and how to fix it, and a click shows the place in the lanes.
TestCase {
    id: testCase
    name: "Warnings"
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
        verify(kitchen)
    }

    function open(meal) {
        verify(kitchen.document.open(meal))
        waitForRendering(kitchen)
    }

    /// Clicks the Warnings tab and returns the list.
    function showWarnings() {
        mouseClick(findChild(kitchen.view, "warningsTab"))
        const list = findChild(kitchen.view, "warningsView")
        verify(list)
        tryCompare(list, "visible", true)
        waitForRendering(list)
        return list
    }

    /// The delegate of warning @p row, once the list has made it.
    function warningRow(list, row) {
        let item = null
        tryVerify(() => (item = findChild(list, "warning_" + row)) !== null, 5000, "warning_" + row)
        return item
    }

    function test_theTabCountsTheWarnings() {
        open("forgotten-await")
        const badge = findChild(kitchen.view, "warningsCount")
        verify(badge)
        compare(badge.text, "1")
        open("helpers") // nothing goes wrong with the helpers
        compare(badge.text, "✓")
        const list = showWarnings()
        compare(list.count, 0)
        verify(findChild(kitchen.view, "noWarnings").visible)
    }

    function test_clickingAForgottenAwaitSelectsTheDish() {
        open("forgotten-await")
        const list = showWarnings()
        compare(list.count, 1)
        const row = warningRow(list, 0)
        compare(row.kind, "never-awaited")
        verify(row.title.indexOf("never awaited") >= 0, row.title)
        verify(row.fix.length > 0)

        const card = findChild(kitchen.view, "dishCard_caesar_salad")
        verify(card)
        verify(!card.pointedAt)
        mouseClick(row)
        compare(kitchen.document.selection.dishId, "caesar_salad")
        compare(kitchen.document.selection.lane, 0)
        verify(card.pointedAt)
        compare(String(card.border.color), String(KitchenStyle.accent))
        // The other dishes stay as they were.
        verify(!findChild(kitchen.view, "dishCard_pasta").pointedAt)
        // The list keeps the keyboard, on the picked warning.
        verify(list.activeFocus)
        compare(list.currentIndex, 0)
    }

    function test_theKeyboardWalksTheWarnings() {
        open("lunch")
        // The pasta's wait becomes blocking work: a second warning, the first in time.
        mouseClick(findChild(kitchen.view, "step_pasta_0"))
        const list = showWarnings()
        tryCompare(list, "count", 2)
        mouseClick(warningRow(list, 0))
        compare(kitchen.document.selection.dishId, "pasta")
        compare(kitchen.document.selection.step, 0)

        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        compare(kitchen.document.selection.dishId, "pasta") // moving alone selects nothing
        keyClick(Qt.Key_Return)
        compare(kitchen.document.selection.dishId, "avocado")
        compare(kitchen.document.selection.step, 0)
        verify(findChild(kitchen.view, "dishCard_avocado").pointedAt)
        verify(!findChild(kitchen.view, "dishCard_pasta").pointedAt)
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Space)
        compare(kitchen.document.selection.dishId, "pasta")
    }

    function test_anEditUpdatesTheWarnings() {
        open("lunch")
        const badge = findChild(kitchen.view, "warningsCount")
        compare(badge.text, "1")
        // The avocado's blocking peel becomes a wait: nothing blocks the cook any more.
        mouseClick(findChild(kitchen.view, "step_avocado_0"))
        compare(badge.text, "✓")
        kitchen.document.undo()
        compare(badge.text, "1")
    }

    function test_aLaneWarningSelectsTheLane() {
        open("timeout")
        const list = showWarnings()
        const row = warningRow(list, 0)
        compare(row.kind, "cancelled-siblings")
        mouseClick(row)
        compare(kitchen.document.selection.dishId, "")
        compare(kitchen.document.selection.lane, 0)
        verify(findChild(kitchen.view, "lane_0").pointedAt)
    }

    function test_aWarningBringsBackTheLanesTab() {
        open("coffee-not-ready")
        const tabs = findChild(kitchen.view, "editorTabs")
        mouseClick(findChild(tabs, "codeTab"))
        compare(tabs.currentIndex, 1)
        const list = showWarnings()
        mouseClick(warningRow(list, 0))
        compare(kitchen.document.selection.dishId, "brew_coffee")
        compare(tabs.currentIndex, 0)
        tryVerify(() => findChild(kitchen.view, "dishCard_brew_coffee").visible)
        // Another meal forgets the old place.
        open("lunch")
        compare(Object.keys(kitchen.document.selection).length, 0)
    }

    function test_thePickedDishScrollsIntoView() {
        // Enough dishes that the last ones are below the fold of the lanes.
        open("lunch")
        let last = ""
        for (let i = 0; i < 8; ++i)
            last = kitchen.document.addDish(0)
        verify(last.length > 0)
        // A blocking step on the last dish makes a warning that points at it.
        verify(kitchen.document.setStepKind(last, 0, "work"))
        verify(kitchen.document.setStepDuration(last, 0, 5))
        waitForRendering(kitchen)
        const editor = findChild(kitchen.view, "laneEditor")
        const flick = editor.contentItem
        flick.contentY = 0
        const card = findChild(kitchen.view, "dishCard_" + last)
        verify(card)
        const below = () => card.mapToItem(editor, 0, 0).y
        verify(below() > editor.height, "the new dish starts out of sight")

        const list = showWarnings()
        let row = -1
        for (let i = 0; i < list.count; ++i) {
            if (warningRow(list, i).dishId === last)
                row = i
        }
        verify(row >= 0, "a warning points at " + last)
        list.positionViewAtIndex(row, ListView.Contain)
        mouseClick(warningRow(list, row))
        compare(kitchen.document.selection.dishId, last)
        tryVerify(() => below() >= 0 && below() + card.height <= editor.height, 3000, "scrolled into view")
    }
}
