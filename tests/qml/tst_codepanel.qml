// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// The Code tab: the meal as a program that follows every edit, copy, save, and the live run.
TestCase {
    id: testCase
    name: "CodePanel"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: fixtureComponent
        KitchenFixture {}
    }
    Component {
        id: pasteTarget
        TextEdit {}
    }

    property var kitchen

    function init() {
        kitchen = createTemporaryObject(fixtureComponent, testCase)
        verify(kitchen.document.open("lunch"))
        waitForRendering(kitchen)
    }

    function child(name) {
        const found = findChild(kitchen.view, name)
        verify(found, name)
        return found
    }

    function openCodeTab() {
        mouseClick(child("codeTab"))
        tryCompare(child("editorTabs"), "currentIndex", 1)
        const code = child("codeText")
        tryVerify(() => code.visible)
        return code
    }

    /// The 0-based line @p line of the code shown.
    function lineText(code, line) {
        return code.text.split("\n")[line]
    }

    function test_pythonFollowsTheAvocadoStep() {
        const code = openCodeTab()
        verify(code.text.includes("asyncio.gather("), code.text)
        verify(code.text.includes("time.sleep(2 * SCALE)"))
        verify(!code.text.includes("await asyncio.sleep(2 * SCALE)"))

        // Toggle the step where a learner would: on its chip in the Lanes tab.
        mouseClick(findChild(kitchen.view, "editorTabs").itemAt(0))
        tryCompare(child("editorTabs"), "currentIndex", 0)
        waitForRendering(kitchen)
        verify(child("step_avocado_0").work)
        mouseClick(child("step_avocado_0"))
        tryVerify(() => !findChild(kitchen.view, "step_avocado_0").work)

        openCodeTab()
        tryVerify(() => code.text.includes("await asyncio.sleep(2 * SCALE)"))
        verify(!code.text.includes("time.sleep(2 * SCALE)"))

        kitchen.document.undo()
        tryVerify(() => code.text.includes("time.sleep(2 * SCALE)"))
    }

    function test_cppAndCopy() {
        const code = openCodeTab()
        verify(!code.text.includes("QCoro::Task"))
        mouseClick(child("languageButton_cpp"))
        tryVerify(() => code.text.includes("QCoro::Task"))
        verify(child("languageButton_cpp").checked)
        verify(!child("languageButton_python").checked)

        mouseClick(child("copyCodeButton"))
        const pasted = createTemporaryObject(pasteTarget, testCase)
        pasted.paste()
        compare(pasted.text, code.text)
        verify(child("codeMessage").visible)
        verify(child("codeMessageText").text.includes("clipboard"))

        mouseClick(child("languageButton_python"))
        tryVerify(() => code.text.includes("asyncio.run(main())"))
    }

    function test_lineNumbersMatchTheCode() {
        const code = openCodeTab()
        const numbers = child("lineNumbers").text.split("\n")
        verify(code.text.endsWith("\n")) // the last line ends like the others: no number after it
        compare(numbers.length, code.text.split("\n").length - 1)
        compare(numbers[0], "1")
        compare(numbers[numbers.length - 1], String(numbers.length))
    }

    function test_saveShowsWhatHappened() {
        openCodeTab()
        const panel = child("codePanel")
        panel.saveTo("file:///nonexistent-folder/lunch.py")
        verify(child("codeMessage").visible)
        verify(panel.messageIsError)
        verify(child("codeMessageText").text.includes("/nonexistent-folder/lunch.py"), child("codeMessageText").text)
    }

    function test_saveAsAsksWhere() {
        openCodeTab()
        mouseClick(child("languageButton_cpp"))
        mouseClick(child("saveCodeButton"))
        const dialog = findChild(child("codePanel"), "saveCodeDialog")
        verify(dialog)
        // Without Qt.labs.folderlistmodel the dialog cannot load and nothing opens.
        tryVerify(() => dialog.visible)
        verify(String(dialog.selectedFile).endsWith("/lunch.cpp"), dialog.selectedFile)
        dialog.reject()
        tryVerify(() => !dialog.visible)
    }

    function test_goToADish() {
        const code = openCodeTab()
        const view = child("codeView")
        compare(view.contentY, 0)
        const box = child("jumpToDish")
        mouseClick(box)
        tryVerify(() => box.popup.opened)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return) // the third dish: avocado
        tryVerify(() => view.contentY > 0)
        const panel = child("codePanel")
        const line = code.text.split("\n").findIndex(text => text.startsWith("async def avocado("))
        verify(line > 0)
        const place = code.positionToRectangle(code.text.split("\n").slice(0, line).join("\n").length + 1)
        verify(place.y >= view.contentY && place.y + place.height <= view.contentY + view.height,
               "avocado at " + place.y + ", view from " + view.contentY)
    }

    function test_liveRunMarksTheLineEachDishReached() {
        const code = openCodeTab()
        verify(findChild(kitchen.view, "reachedLine_0") === null)
        kitchen.player.secondsPerUnit = 0.05
        kitchen.player.play()
        tryCompare(kitchen.player, "status", KitchenPlayer.Finished, 20000)

        // Every dish returned: each one is marked on its return line.
        const panel = child("codePanel")
        let marked = []
        tryVerify(() => {
            marked = code.text.split("\n").map((_, i) => i).filter(i => findChild(panel, "reachedLine_" + i) !== null)
            return marked.length === 3
        })
        for (const line of marked)
            verify(lineText(code, line).trim().startsWith("return "), lineText(code, line))

        // The same run followed through the C++ program.
        mouseClick(child("languageButton_cpp"))
        tryVerify(() => code.text.includes("QCoro::Task"))
        tryVerify(() => {
            marked = code.text.split("\n").map((_, i) => i).filter(i => findChild(panel, "reachedLine_" + i) !== null)
            return marked.length === 3
        })
        for (const line of marked)
            verify(lineText(code, line).trim().startsWith("co_return "), lineText(code, line))

        // Stopping clears the marks.
        kitchen.player.stop()
        tryVerify(() => code.text.split("\n").every((_, i) => findChild(panel, "reachedLine_" + i) === null))
    }

    function test_exportFromTheTimeline() {
        const button = child("exportButton")
        mouseClick(button)
        const menu = findChild(button, "exportMenu")
        verify(menu)
        tryVerify(() => menu.opened)
        compare(menu.count, 6)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !menu.visible)

        button.chooseFile("png")
        const dialog = findChild(button, "exportDialog")
        tryVerify(() => dialog.visible)
        verify(String(dialog.selectedFile).endsWith("/lunch.png"), dialog.selectedFile)
        dialog.reject()
        tryVerify(() => !dialog.visible)

        verify(!button.exportTo("csv", "file:///nonexistent-folder/lunch.csv"))
        verify(button.messageIsError)
        verify(button.message.includes("/nonexistent-folder/lunch.csv"), button.message)
        tryVerify(() => findChild(button, "exportFeedback").opened)
    }
}
