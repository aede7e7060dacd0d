// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// Making each mistake of "what goes wrong" in the window, and taking it back, by mouse and
/// keyboard: the five lane modes, a forgotten await, wait / work / helper steps, a step that
/// burns, an appliance, a timeout, return_exceptions, main()'s own steps, needs, helpers.
TestCase {
    id: testCase
    name: "MistakesEditor"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: fixtureComponent
        KitchenFixture {}
    }

    property var kitchen
    property var header

    function init() {
        kitchen = createTemporaryObject(fixtureComponent, testCase)
        verify(kitchen.document.open("lunch"))
        header = findChild(kitchen.view, "headerBar")
        verify(header)
        waitForRendering(kitchen)
    }

    function cleanup() {
        // Popups live on the window's overlay, not in the fixture: close what a test left open.
        for (const dialog of [header.dishEditor, header.mealDetails])
            dialog.close()
    }

    function item(name) {
        const found = findChild(kitchen.view, name)
        verify(found, name)
        return found
    }

    /// The card of a dish; asked again after each edit, since a move makes a new card.
    function card(dishId) {
        return item("dishCard_" + dishId)
    }

    function typeInto(field, text) {
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        field.selectAll()
        for (const ch of text)
            keyClick(ch)
    }

    /// Scrolls the lanes so that @p target is on screen, where a click can reach it.
    function reveal(target) {
        const lanes = item("laneEditor")
        const flick = lanes.contentItem
        const top = target.mapToItem(flick.contentItem, 0, 0).y
        if (top < flick.contentY || top + target.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(top - 40, flick.contentHeight - flick.height))
        waitForRendering(kitchen)
        return target
    }

    function menuItemNamed(menu, name) {
        for (let i = 0; i < menu.count; ++i) {
            const entry = menu.itemAt(i)
            if (entry && entry.objectName === name)
                return entry
        }
        return null
    }

    /// Right-clicks a chip and picks @p name from its menu.
    function pickFromChipMenu(chip, name) {
        mouseClick(chip, chip.width / 2, chip.height / 2, Qt.RightButton)
        tryVerify(() => chip.menu && chip.menu.opened, 5000, "the step's menu opens")
        const entry = menuItemNamed(chip.menu, name)
        verify(entry, name)
        verify(entry.enabled, name + " is enabled")
        mouseClick(entry)
    }

    function openEditorFor(dishId) {
        mouseDoubleClickSequence(card(dishId), 60, 12)
        const editor = header.dishEditor
        tryCompare(editor, "opened", true)
        compare(editor.dishId, dishId)
        return editor
    }

    // 1. Five modes, each with a tooltip in asyncio terms.

    function test_theModeSelectorOffersAllFive() {
        const tips = {
            sync: "await each dish",
            gather: "asyncio.gather(",
            taskgroup: "asyncio.TaskGroup()",
            create_task: "asyncio.create_task(",
            as_completed: "asyncio.as_completed("
        }
        for (const mode of Object.keys(tips)) {
            const button = item("modeButton_0_" + mode)
            verify(button.visible, mode)
            verify(button.tip.indexOf(tips[mode]) >= 0, button.tip)
        }
        compare(item("modeButton_0_create_task").text, "create_task")
        compare(item("modeButton_0_as_completed").text, "as_completed")

        mouseClick(item("modeButton_0_create_task"))
        tryCompare(kitchen.document.lanes.dishesAt(0), "count", 3)
        compare(kitchen.document.laneMode(0), "create_task")
        compare(kitchen.document.undoText, "Make lane 1 create_task")
        verify(item("modeButton_0_create_task").checked)
        tryVerify(() => findChild(item("lane_0"), "mainSteps").visible, 5000, "main()'s steps show in a create_task lane")

        mouseClick(item("modeButton_0_as_completed"))
        compare(kitchen.document.laneMode(0), "as_completed")
        verify(!item("modeButton_0_create_task").checked)
        tryVerify(() => !findChild(item("lane_0"), "mainSteps").visible)
        kitchen.document.undo()
        compare(kitchen.document.laneMode(0), "create_task")
    }

    function test_theNewModesByKeyboard() {
        item("modeButton_0_as_completed").forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(kitchen.document.laneMode(0), "as_completed")
        item("modeButton_0_create_task").forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(kitchen.document.laneMode(0), "create_task")
    }

    // 2. Around the lane: return_exceptions, a timeout, main()'s own steps.

    function test_returnExceptionsIsForGatherOnly() {
        const option = item("returnExceptions_0")
        verify(option.visible)
        verify(!option.checked)
        mouseClick(option)
        compare(kitchen.document.lane(0).returnExceptions, true)
        compare(kitchen.document.undoText, "Collect the errors of lane 1 as results")
        tryVerify(() => option.checked)

        mouseClick(item("modeButton_0_sync"))
        tryVerify(() => !item("returnExceptions_0").visible, 5000, "a sync lane has no return_exceptions")
        mouseClick(item("modeButton_0_gather"))
        tryVerify(() => item("returnExceptions_0").visible && item("returnExceptions_0").checked)

        // By keyboard: it takes the focus and Space switches it.
        item("returnExceptions_0").forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(kitchen.document.lane(0).returnExceptions, false)
    }

    function test_aTimeoutCancelsTheLane() {
        compare(kitchen.document.total, 10)
        const toggle = item("timeoutToggle_0")
        verify(!findChild(item("lane_0"), "timeoutField_0").visible)
        mouseClick(toggle)
        // Half the longest dish: the pasta's 10 min.
        compare(kitchen.document.lane(0).timeout, 5)
        compare(kitchen.document.total, 5)
        compare(kitchen.document.undoText, "Give lane 1 a timeout")
        const field = item("timeoutField_0")
        tryVerify(() => field.visible)

        typeInto(field, "3")
        compare(kitchen.document.lane(0).timeout, 3)
        compare(kitchen.document.total, 3)
        keyClick(Qt.Key_Tab)
        kitchen.document.undo()
        compare(kitchen.document.lane(0).timeout, 5)

        mouseClick(toggle)
        compare(kitchen.document.lane(0).timeout, 0)
        compare(kitchen.document.total, 10)
        tryVerify(() => !field.visible)
    }

    function test_mainStepsInACreateTaskLane() {
        mouseClick(item("modeButton_0_create_task"))
        mouseClick(reveal(item("addLaneStepButton_0")))
        compare(kitchen.document.lane(0).steps.length, 1)
        compare(kitchen.document.undoText, "Add a step to main() in lane 1")
        let chip = null
        tryVerify(() => (chip = findChild(kitchen.view, "laneStep_0_0")) && chip.visible)
        verify(!chip.work)

        // The same chip as a dish's: a click makes main()'s step blocking work.
        mouseClick(reveal(chip))
        compare(kitchen.document.lane(0).steps[0].kind, "work")
        tryVerify(() => findChild(kitchen.view, "laneStep_0_0").work)

        // Edited field by field in the same step editor as a dish's.
        mouseClick(reveal(item("editLaneStepsButton_0")))
        const dialog = item("lane_0").stepsDialog
        tryCompare(dialog, "opened", true)
        typeInto(findChild(dialog.contentItem, "stepLabel_0"), "Set the table")
        compare(kitchen.document.lane(0).steps[0].label, "Set the table")
        mouseClick(findChild(dialog.contentItem, "stepHelper_0"))
        compare(kitchen.document.lane(0).steps[0].kind, "helper")
        mouseClick(findChild(dialog.contentItem, "addLaneStepDialogButton"))
        compare(kitchen.document.lane(0).steps.length, 2)
        mouseClick(findChild(dialog.contentItem, "stepDelete_1"))
        compare(kitchen.document.lane(0).steps.length, 1)
        dialog.close()
        tryCompare(dialog, "opened", false)

        // Deleted from the chip's own menu.
        pickFromChipMenu(reveal(findChild(kitchen.view, "laneStep_0_0")), "stepMenuRemove")
        tryVerify(() => kitchen.document.lane(0).steps.length === 0)
        tryVerify(() => !findChild(kitchen.view, "laneStep_0_0"))
    }

    // 3. The await of each dish.

    function test_forgettingAnAwaitByMouse() {
        const toggle = findChild(card("meatloaf"), "awaitToggle")
        verify(toggle.visible)
        verify(toggle.checked)
        verify(!findChild(card("meatloaf"), "forgottenNote").visible)
        mouseClick(toggle)
        tryVerify(() => !kitchen.document.isAwaited("meatloaf"))
        compare(kitchen.document.undoText, "Forget to await Meatloaf")
        tryVerify(() => findChild(card("meatloaf"), "forgottenNote").visible)
        verify(findChild(card("meatloaf"), "forgottenText").text.indexOf("never awaited") >= 0)
        verify(!toggle.checked)

        kitchen.document.undo()
        verify(kitchen.document.isAwaited("meatloaf"))
        tryVerify(() => !findChild(card("meatloaf"), "forgottenNote").visible)
        tryVerify(() => findChild(card("meatloaf"), "awaitToggle").checked)
    }

    function test_forgettingAnAwaitByKeyboard() {
        card("pasta").forceActiveFocus()
        keyClick(Qt.Key_A)
        tryVerify(() => !kitchen.document.isAwaited("pasta"))
        // The card keeps the keyboard: A again takes it back.
        tryVerify(() => card("pasta").activeFocus)
        keyClick(Qt.Key_A)
        tryVerify(() => kitchen.document.isAwaited("pasta"))

        // The toggle itself takes the focus on Tab; Space switches it.
        const toggle = findChild(card("pasta"), "awaitToggle")
        toggle.forceActiveFocus()
        verify(toggle.activeFocus)
        keyClick(Qt.Key_Space)
        tryVerify(() => !kitchen.document.isAwaited("pasta"))
    }

    function test_fireAndForgetInACreateTaskLane() {
        mouseClick(item("modeButton_0_create_task"))
        mouseClick(findChild(card("avocado"), "awaitToggle"))
        tryVerify(() => !kitchen.document.isAwaited("avocado"))
        compare(kitchen.document.undoText, "Fire and forget Avocado")
        tryVerify(() => findChild(card("avocado"), "forgottenNote").visible)
        verify(findChild(card("avocado"), "forgottenText").text.indexOf("Fire and forget") >= 0)
        // Off the lane it is awaited again: the shelf awaits nothing.
        card("avocado").forceActiveFocus()
        keyClick(Qt.Key_0)
        tryCompare(kitchen.document.shelf, "count", 1)
        verify(kitchen.document.isAwaited("avocado"))
        verify(!findChild(card("avocado"), "awaitToggle").visible)
    }

    // 4. A step: wait, work or helper; burning; an appliance.

    function test_theChipOffersTheThreeKinds() {
        let chip = item("step_avocado_0")
        verify(chip.work)
        pickFromChipMenu(chip, "stepMenuHelper")
        compare(kitchen.document.dish("avocado").steps[0].kind, "helper")
        compare(kitchen.document.undoText, "Hand “peel and slice” to a helper")
        tryVerify(() => item("step_avocado_0").helper)
        chip = item("step_avocado_0")
        verify(!chip.work)
        compare(chip.tint, KitchenStyle.helper)

        // A click on a helper's step makes it blocking work again…
        mouseClick(chip)
        compare(kitchen.document.dish("avocado").steps[0].kind, "work")
        tryVerify(() => item("step_avocado_0").work)
        // …and the Menu key opens the same choices.
        chip = item("step_avocado_0")
        chip.forceActiveFocus()
        keyClick(Qt.Key_Menu)
        tryVerify(() => chip.menu && chip.menu.opened)
        mouseClick(menuItemNamed(chip.menu, "stepMenuWait"))
        compare(kitchen.document.dish("avocado").steps[0].kind, "wait")
    }

    function test_aStepThatBurns() {
        verify(!findChild(item("step_pasta_0"), "burnMark").visible)
        pickFromChipMenu(item("step_pasta_0"), "stepMenuBurns")
        compare(kitchen.document.dish("pasta").steps[0].error, "The pasta burnt!")
        compare(kitchen.document.undoText, "Make Pasta burn after “boil”")
        tryVerify(() => findChild(item("step_pasta_0"), "burnMark").visible, 5000, "a flame on the chip")
        pickFromChipMenu(item("step_pasta_0"), "stepMenuBurns")
        compare(kitchen.document.dish("pasta").steps[0].error, "")
        tryVerify(() => !findChild(item("step_pasta_0"), "burnMark").visible)
    }

    function test_aStepThatHoldsAnAppliance() {
        const burner = kitchen.document.addAppliance()
        pickFromChipMenu(item("step_pasta_0"), "stepMenuAppliance_" + burner)
        compare(kitchen.document.dish("pasta").steps[0].appliance, burner)
        tryVerify(() => findChild(item("step_pasta_0"), "applianceBadge").visible, 5000, "a badge on the chip")
        pickFromChipMenu(item("step_pasta_0"), "stepMenuNoAppliance")
        compare(kitchen.document.dish("pasta").steps[0].appliance, "")
        tryVerify(() => !findChild(item("step_pasta_0"), "applianceBadge").visible)
    }

    function test_theStepEditorOffersKindsBurningAndAppliances() {
        const burner = kitchen.document.addAppliance()
        const editor = openEditorFor("pasta")
        const form = editor.contentItem
        mouseClick(findChild(form, "stepHelper_0"))
        compare(kitchen.document.dish("pasta").steps[0].kind, "helper")
        mouseClick(findChild(form, "stepWork_0"))
        compare(kitchen.document.dish("pasta").steps[0].kind, "work")

        verify(!findChild(form, "stepError_0").visible)
        mouseClick(findChild(form, "stepBurns_0"))
        compare(kitchen.document.dish("pasta").steps[0].error, "The pasta burnt!")
        const message = findChild(form, "stepError_0")
        tryVerify(() => message.visible)
        typeInto(message, "Boiled dry!")
        compare(kitchen.document.dish("pasta").steps[0].error, "Boiled dry!")
        keyClick(Qt.Key_Tab)
        kitchen.document.undo() // the whole message was one step
        compare(kitchen.document.dish("pasta").steps[0].error, "The pasta burnt!")

        const picker = findChild(form, "stepAppliance_0")
        verify(picker.visible)
        compare(picker.currentIndex, 0) // no appliance
        picker.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(kitchen.document.dish("pasta").steps[0].appliance, burner)
        tryVerify(() => findChild(item("step_pasta_0"), "applianceBadge").visible)
    }

    // 5. What a dish needs.

    function test_needsAndTheNotReadyResult() {
        const editor = openEditorFor("avocado")
        const form = editor.contentItem
        verify(!findChild(form, "needs_avocado"), "a dish cannot need itself")
        verify(!findChild(form, "notReadyField").visible)
        mouseClick(findChild(form, "needs_pasta"))
        compare(kitchen.document.dish("avocado").needs, ["pasta"])
        compare(kitchen.document.undoText, "Let Avocado need Pasta")
        tryVerify(() => findChild(card("avocado"), "needsNote").visible)
        compare(findChild(card("avocado"), "needsNote").text, "needs Pasta")

        const field = findChild(form, "notReadyField")
        tryVerify(() => field.visible)
        compare(field.placeholderText, "Avocado not ready!")
        typeInto(field, "plain avocado")
        compare(kitchen.document.dish("avocado").notReadyResult, "plain avocado")
        keyClick(Qt.Key_Tab)
        kitchen.document.undo()
        compare(kitchen.document.dish("avocado").notReadyResult, "")

        mouseClick(findChild(form, "needs_pasta"))
        compare(kitchen.document.dish("avocado").needs, [])

        // By keyboard: the button keeps the focus, so Space can take it back at once.
        const meatloaf = findChild(form, "needs_meatloaf")
        meatloaf.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(kitchen.document.dish("avocado").needs, ["meatloaf"])
        verify(findChild(form, "needs_meatloaf").activeFocus)
        keyClick(Qt.Key_Space)
        compare(kitchen.document.dish("avocado").needs, [])
    }

    // 6. The kitchen: helpers and appliances.

    function test_helpersAndAppliancesInTheMealDetails() {
        const details = header.mealDetails
        details.open()
        tryCompare(details, "opened", true)
        const form = details.contentItem

        const helpers = findChild(form, "helpersSpin")
        helpers.forceActiveFocus()
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        compare(kitchen.document.helpers, 3)
        compare(kitchen.document.undoText, "Keep 3 kitchen helpers")

        mouseClick(findChild(form, "addApplianceButton"))
        compare(kitchen.document.appliances.length, 1)
        let idField = null
        tryVerify(() => (idField = findChild(form, "applianceId_0")) && idField.visible)
        typeInto(idField, "oven")
        compare(kitchen.document.appliances[0].id, "oven")
        keyClick(Qt.Key_Tab)

        typeInto(findChild(form, "applianceName_0"), "Oven")
        compare(kitchen.document.appliances[0].name, "Oven")

        const capacity = findChild(form, "applianceCapacity_0")
        capacity.forceActiveFocus()
        keyClick(Qt.Key_Up)
        compare(kitchen.document.appliances[0].capacity, 2)

        // A second appliance may not take the first one's id: the row says why.
        mouseClick(findChild(form, "addApplianceButton"))
        compare(kitchen.document.appliances.length, 2)
        let second = null
        tryVerify(() => (second = findChild(form, "applianceId_1")) && second.visible)
        const before = kitchen.document.appliances[1].id
        mouseClick(second)
        second.selectAll()
        keyClick(Qt.Key_Delete)
        const problem = findChild(form, "applianceProblem_1")
        tryVerify(() => problem.visible)
        verify(problem.text.indexOf("needs an id") >= 0, problem.text)
        compare(kitchen.document.appliances[1].id, before)
        for (const ch of "oven")
            keyClick(ch)
        // "o", "ov", "ove" are fine ids; "oven" is taken.
        verify(problem.visible)
        verify(problem.text.indexOf("already the id of the Oven") >= 0, problem.text)
        compare(kitchen.document.appliances[1].id, "ove")
        keyClick(Qt.Key_Tab)
        tryVerify(() => !problem.visible)
        compare(second.text, "ove")

        // Removing an appliance frees the steps that held it, in one undo step.
        verify(kitchen.document.setStepAppliance("pasta", 0, "oven"))
        mouseClick(findChild(form, "removeAppliance_0"))
        tryVerify(() => kitchen.document.appliances.length === 1)
        compare(kitchen.document.dish("pasta").steps[0].appliance, "")
        compare(kitchen.document.undoText, "Remove the Oven and free the steps that held it")
        kitchen.document.undo()
        compare(kitchen.document.appliances.length, 2)
        compare(kitchen.document.dish("pasta").steps[0].appliance, "oven")
    }
}
