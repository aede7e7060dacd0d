// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// Editing a meal by typing and clicking, the way a person does: the dish editor, files and errors.
TestCase {
    id: testCase
    name: "Editor"
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
        for (const dialog of [header.dishEditor, header.mealDetails, header.unsavedChanges, header.fileProblems])
            dialog.close()
    }

    /// Types @p text into the field that has the keyboard, replacing what it held.
    function typeInto(field, text) {
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        field.selectAll()
        for (const ch of text)
            keyClick(ch)
    }

    function openEditorFor(dishId) {
        const card = findChild(kitchen.view, "dishCard_" + dishId)
        verify(card)
        mouseDoubleClickSequence(card, 60, 12)
        const editor = header.dishEditor
        tryCompare(editor, "opened", true)
        compare(editor.dishId, dishId)
        return editor
    }

    function test_renameADishByTyping() {
        const editor = openEditorFor("pasta")
        const field = findChild(editor.contentItem, "dishNameField")
        verify(field)
        typeInto(field, "Spaghetti")

        compare(kitchen.document.dishName("pasta"), "Spaghetti")
        compare(kitchen.document.total, 10) // a name changes nothing in the timeline
        compare(kitchen.document.undoText.length > 0, true)
        tryVerify(() => findChild(kitchen.view, "dishCard_pasta").name === "Spaghetti")
        // Nine keystrokes, one undo step.
        kitchen.document.undo()
        compare(kitchen.document.dishName("pasta"), "Pasta")
        verify(!kitchen.document.canUndo)
        tryCompare(field, "text", "Pasta")
    }

    function test_typingADurationChangesTheTotal() {
        const editor = openEditorFor("pasta")
        const duration = findChild(editor.contentItem, "stepDuration_0")
        verify(duration)
        typeInto(duration, "12")
        compare(kitchen.document.total, 12)
        compare(findChild(kitchen.view, "totalLabel").text, "12 min")
        keyClick(Qt.Key_Tab) // leaving the field ends the undo step
        typeInto(duration, "4")
        compare(kitchen.document.total, 4) // pasta is still the longest dish
        kitchen.document.undo()
        compare(kitchen.document.total, 12)
    }

    function test_addAndDeleteADish() {
        const before = kitchen.document.lanes.dishesAt(0).count
        mouseClick(findChild(header, "addDishButton"))
        tryCompare(kitchen.document.lanes.dishesAt(0), "count", before + 1)
        const editor = header.dishEditor
        tryCompare(editor, "opened", true)
        const newId = editor.dishId
        verify(findChild(kitchen.view, "dishCard_" + newId))
        typeInto(findChild(editor.contentItem, "dishNameField"), "Salad")
        compare(kitchen.document.dishName(newId), "Salad")

        mouseClick(findChild(editor.footer, "deleteDishButton"))
        tryCompare(kitchen.document.lanes.dishesAt(0), "count", before)
        compare(kitchen.document.dishName(newId), "")
        tryCompare(editor, "opened", false) // the dish it edited is gone
        kitchen.document.undo()
        compare(kitchen.document.dishName(newId), "Salad")
    }

    function test_stepButtonsAddMoveAndDelete() {
        const editor = openEditorFor("meatloaf")
        mouseClick(findChild(editor.contentItem, "addStepButton"))
        tryVerify(() => findChild(editor.contentItem, "stepEditor_1"))
        compare(kitchen.document.total, 10)
        mouseClick(findChild(editor.contentItem, "stepWork_1"))
        compare(kitchen.document.dish("meatloaf").steps[1].kind, "work")
        mouseClick(findChild(editor.contentItem, "stepUp_1"))
        compare(kitchen.document.dish("meatloaf").steps[0].kind, "work")
        mouseClick(findChild(editor.contentItem, "stepDelete_0"))
        compare(kitchen.document.dish("meatloaf").steps.length, 1)
        compare(kitchen.document.total, 10)
    }

    function test_aBadFileShowsWhyAndKeepsTheMeal() {
        const bad = testFolder + "/bad.json"
        verify(testFiles.write(bad, "{\n  \"format\": \"async-kitchen-meal\",\n  \"version\": 1,\n  \"dishes\": [\n"))
        kitchen.document.setDishName("pasta", "Mine")
        header.openFile(bad) // what the File menu, recent files and a drop all do
        const unsaved = header.unsavedChanges
        tryCompare(unsaved, "opened", true) // unsaved work: asked first
        unsaved.discarded()

        tryCompare(header.fileProblems, "opened", true)
        const text = findChild(header.fileProblems.contentItem, "fileProblemsText").text
        verify(text.indexOf("bad.json") >= 0, text)
        verify(text.indexOf("line") >= 0, text)
        compare(kitchen.document.title, "Lunch")
        compare(kitchen.document.dishName("pasta"), "Mine")
        compare(kitchen.document.total, 10)
    }

    function test_saveThenReopenRoundTrips() {
        const file = testFolder + "/saved.json"
        verify(kitchen.document.saveAs(file))
        verify(!kitchen.document.modified)
        const editor = openEditorFor("avocado")
        typeInto(findChild(editor.contentItem, "dishNameField"), "Guacamole")
        typeInto(findChild(editor.contentItem, "stepDuration_0"), "5")
        verify(kitchen.document.modified)
        keyClick(Qt.Key_S, Qt.ControlModifier)
        tryCompare(kitchen.document, "modified", false)

        const other = createTemporaryObject(fixtureComponent, testCase)
        verify(other.document.openFile(file))
        compare(other.document.dishName("avocado"), "Guacamole")
        compare(other.document.total, kitchen.document.total)
        compare(other.document.dish("avocado").steps[0].duration, 5)
        verify(other.document.recentFiles.indexOf(other.document.filePath) === 0)
    }

    function test_mealDetails() {
        header.mealDetails.open()
        tryCompare(header.mealDetails, "opened", true)
        typeInto(findChild(header.mealDetails.contentItem, "mealNameField"), "Brunch")
        compare(kitchen.document.title, "Brunch")
        mouseClick(findChild(header.mealDetails.contentItem, "unitSeconds"))
        compare(kitchen.document.unit, "s")
        compare(findChild(kitchen.view, "totalLabel").text, "10 s")
    }
}
