// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// One click on a step switches blocking work and a non-blocking wait.
TestCase {
    id: testCase
    name: "ToggleSteps"
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

    function test_pastaBoilingByHandHoldsTheWholeKitchen() {
        const chip = findChild(kitchen.view, "step_pasta_0")
        verify(chip)
        verify(!chip.work)
        compare(kitchen.document.total, 10)

        mouseClick(chip)

        // Ten minutes of blocking work first: meatloaf and avocado only start after it.
        tryCompare(kitchen.document, "total", 13)
        compare(findChild(kitchen.view, "totalLabel").text, "13 min")
        tryVerify(() => findChild(kitchen.view, "step_pasta_0").work)
    }

    function test_avocadoAsAWaitNoLongerBlocks() {
        verify(kitchen.document.setLaneMode(0, "sync"))
        compare(kitchen.document.total, 15)

        mouseClick(findChild(kitchen.view, "step_avocado_0"))

        // In sync it still waits its turn, so only the cook's row changes, not the total…
        tryVerify(() => !findChild(kitchen.view, "step_avocado_0").work)
        compare(kitchen.document.total, 15)
        // …but with avocado first in a gather lane, nobody waits for it any more.
        verify(kitchen.document.setLaneMode(0, "gather"))
        verify(kitchen.document.moveDish("avocado", 0, 0))
        compare(kitchen.document.total, 10)
        waitForRendering(kitchen) // the moved card is a new one; the old one goes away
        mouseClick(findChild(kitchen.view, "step_avocado_0"))
        tryCompare(kitchen.document, "total", 12)
    }

    function test_undoRestoresTheStep() {
        mouseClick(findChild(kitchen.view, "step_pasta_0"))
        tryCompare(kitchen.document, "total", 13)
        kitchen.document.undo()
        compare(kitchen.document.total, 10)
        tryVerify(() => !findChild(kitchen.view, "step_pasta_0").work)
    }
}
