// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// The real window: its title's modified mark, and closing with unsaved work asks first.
TestCase {
    id: testCase
    name: "Window"
    when: windowShown

    Component {
        id: windowComponent
        Main {
            document: MealDocument {}
            player: KitchenPlayer {}
        }
    }

    property var window

    function init() {
        window = createTemporaryObject(windowComponent, testCase)
        verify(window)
        verify(window.document.open("lunch"))
        window.player.document = window.document
        waitForRendering(window.contentItem)
    }

    function test_titleShowsTheModifiedMark() {
        compare(window.title, "lunch — Async Kitchen".replace("lunch", window.document.displayName))
        verify(window.title.indexOf("*") < 0)
        verify(window.document.setDishName("pasta", "Spaghetti"))
        verify(window.title.startsWith("*"), window.title)
        window.document.undo()
        verify(!window.title.startsWith("*"), window.title)

        window.document.redo()
        verify(window.document.saveAs(testFolder + "/window.json"))
        compare(window.title, "window.json — Async Kitchen")
    }

    function test_closingWithUnsavedWorkAsksFirst() {
        verify(window.document.setMealName("Brunch"))
        window.close()
        tryCompare(window.unsavedChanges, "opened", true)
        verify(window.visible)
        window.unsavedChanges.reject() // Cancel: nothing happens
        tryCompare(window.unsavedChanges, "opened", false)
        verify(window.visible)
        compare(window.document.title, "Brunch")

        window.close()
        tryCompare(window.unsavedChanges, "opened", true)
        window.unsavedChanges.discarded()
        tryCompare(window, "visible", false)
    }

    function test_closingWithNothingUnsavedJustCloses() {
        window.close()
        tryCompare(window, "visible", false)
        verify(!window.unsavedChanges.opened)
    }
}
