// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtTest
import Kitchen

/// The monkey: thousands of seeded random actions by simulated mouse and keyboard (drags,
/// step toggles, undo and redo, play and stop, meals, lane modes, dishes and lanes added
/// and removed) with QAbstractItemModelTester on every model of the window. It passes
/// only with no crash, no warning of any kind and every invariant intact.
///
/// KITCHEN_MONKEY_SEED picks another seed, KITCHEN_MONKEY_ACTIONS sets how many actions.
/// A failure names the seed, the round and the last actions, and how to run that round
/// again. The seed fixes every choice; what a choice meets can still depend on time (a
/// live run at full speed may or may not have finished), so a replay can drift late on.
TestCase {
    id: testCase
    name: "Monkey"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: fixtureComponent
        KitchenFixture {}
    }

    readonly property int defaultSeed: 20240607
    readonly property int defaultActions: 3000
    readonly property int rounds: 6 // each on a fresh window, destroyed at the end (maybe mid-run)
    readonly property int maxLanes: 6
    readonly property int maxDishes: 12
    readonly property int fullCheckEvery: 25

    property double seed: defaultSeed
    property int actionsPerRound: defaultActions / rounds
    property double rngState: 0
    property var kitchen: null
    property var header: null
    property var laneEditor: null
    property var history: []
    property int remembered: 0
    property int actionNumber: 0
    property int round: 0
    property var tally: ({})
    property string openedSnapshot: ""
    property bool snapshotPending: false
    property var runProblems: []
    property int finishedRuns: 0
    property var runPrediction: null

    Connections {
        target: testCase.kitchen ? testCase.kitchen.document : null
        function onMealOpened() {
            testCase.snapshotPending = true
        }
    }
    Connections {
        target: testCase.kitchen ? testCase.kitchen.player : null
        function onFinished() {
            // A run that finished must have printed exactly what the prediction said.
            const player = testCase.kitchen.player
            ++testCase.finishedRuns
            if (!player.lastRunMatched)
                testCase.runProblems.push("a live run did not print what was predicted (it ended on "
                                          + player.lastRunTotal + "): " + testCase.firstDifference(player.log.lines()))
        }
    }

    /// The log lines a run that starts now should print, when the window shows them.
    function notePrediction() {
        const player = kitchen.player
        if (player.status === KitchenPlayer.Playing || player.status === KitchenPlayer.Paused)
            return // the run goes on, or starts again, on the meal it had
        if (player.log.predicted || (player.status === KitchenPlayer.Finished && player.lastRunMatched))
            runPrediction = player.log.lines()
        else
            runPrediction = null
    }

    function firstDifference(lines) {
        if (!runPrediction)
            return "the prediction was not seen"
        for (let i = 0; i < Math.max(lines.length, runPrediction.length); ++i) {
            if (lines[i] !== runPrediction[i])
                return "line " + (i + 1) + " is “" + lines[i] + "”, predicted “" + runPrediction[i] + "” ("
                        + lines.length + " lines, " + runPrediction.length + " predicted; "
                        + kitchen.document.title + ", " + kitchen.player.secondsPerUnit + " s per unit)"
        }
        return "the lines are the same, the ending is not (" + lines.length + " lines)"
    }

    // ---- the seeded generator (mulberry32): the same seed, the same monkey ----

    function nextRandom() {
        rngState = (rngState + 0x6D2B79F5) % 4294967296
        let t = rngState | 0
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
    function below(n) {
        return Math.min(n - 1, Math.floor(nextRandom() * n))
    }
    function chance(p) {
        return nextRandom() < p
    }
    function pick(list) {
        return list[below(list.length)]
    }

    // ---- the window ----

    function initTestCase() {
        const seedText = testProbe.environment("KITCHEN_MONKEY_SEED")
        if (seedText.length > 0)
            seed = parseInt(seedText)
        const actionsText = testProbe.environment("KITCHEN_MONKEY_ACTIONS")
        if (actionsText.length > 0)
            actionsPerRound = Math.max(1, Math.ceil(parseInt(actionsText) / rounds))
        console.info("monkey seed " + seed + ", " + rounds + " rounds of " + actionsPerRound
                     + " actions (KITCHEN_MONKEY_SEED and KITCHEN_MONKEY_ACTIONS override)")
        testProbe.watchWarnings()
    }

    function cleanupTestCase() {
        // The last window's destruction happened after its round: its warnings count too.
        testProbe.stopWatchingWarnings()
        const count = testProbe.warningCount()
        verify(count === 0, count + " warning(s) while windows went away: " + testProbe.warnings().join(" // "))
    }

    function init() {
        checkNoWarnings("before the round (the last window going away?)")
        kitchen = createTemporaryObject(fixtureComponent, testCase)
        verify(kitchen)
        for (const model of [kitchen.document.lanes, kitchen.document.shelf, kitchen.document.prediction,
                             kitchen.player.scene, kitchen.player.timeline, kitchen.player.log])
            testProbe.attachModelTester(model)
        header = findChild(kitchen.view, "headerBar")
        laneEditor = findChild(kitchen.view, "laneEditor")
        verify(header && laneEditor)
        history = []
        runProblems = []
        finishedRuns = 0
        tally = {}
    }

    function cleanup() {
        if (kitchen) {
            for (const dialog of [header.dishEditor, header.mealDetails, header.unsavedChanges, header.fileProblems])
                dialog.close()
        }
    }

    function test_monkey_data() {
        const rows = []
        for (let round = 0; round < rounds; ++round)
            rows.push({ tag: "round " + (round + 1), round: round })
        return rows
    }

    function test_monkey(data) {
        round = data.round
        rngState = ((seed >>> 0) + Math.imul(data.round, 0x9E3779B9)) >>> 0
        actionNumber = 0
        const meals = kitchen.document.builtinMeals
        verify(kitchen.document.open(pick(meals)), "set-up: open a built-in meal")
        snapshotPending = true
        const lanesWithTesters = testProbe.testerCount()
        verify(lanesWithTesters >= 6 + kitchen.document.lanes.count,
               "testers on every model, each lane's dishes included: " + lanesWithTesters)
        settle()

        const started = Date.now()
        let attempts = 0
        while (actionNumber < actionsPerRound) {
            if (++attempts > actionsPerRound * 20)
                fail(why("the monkey found nothing to do"))
            const action = chooseAction()
            const before = remembered
            const revision = kitchen.document.revision, status = kitchen.player.status
            const actionStarted = Date.now()
            ++actionNumber
            if (!action.run()) {
                --actionNumber
                continue
            }
            if (remembered === before)
                remember(action.name)
            settle()
            // How many of each did something: edited the meal or changed what the player does.
            const count = tally[action.name] ?? [0, 0, 0]
            ++count[0]
            if (kitchen.document.revision !== revision || kitchen.player.status !== status)
                ++count[1]
            tally[action.name] = count
            checkAll(actionNumber % fullCheckEvery === 0)
            count[2] += Date.now() - actionStarted
        }
        settle()
        checkAll(true)
        const report = Object.keys(tally).sort().map(name => name + " " + tally[name][0]
                                                     + " (" + tally[name][1] + " took effect, " + tally[name][2] + " ms)").join(", ")
        console.info("round " + (data.round + 1) + ": " + actionNumber + " actions in "
                     + ((Date.now() - started) / 1000).toFixed(1) + " s, " + finishedRuns
                     + " live runs played to the end, " + testProbe.testerCount() + " models under test now; "
                     + report)

        // The window goes away as it is, maybe in the middle of a run or with a menu open.
        const leaving = kitchen
        kitchen = null
        leaving.destroy()
        wait(50)
        checkNoWarnings("while the window went away")
    }

    // ---- the actions: each returns false when it cannot act now (the monkey picks again) ----

    readonly property var actions: [
        { name: "drag", weight: 22, run: actDrag },
        { name: "toggle step", weight: 16, run: actToggleStep },
        { name: "undo", weight: 10, run: () => actShortcut("undo", Qt.Key_Z, Qt.ControlModifier) },
        { name: "redo", weight: 6, run: () => actShortcut("redo", Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier) },
        { name: "play", weight: 6, run: actPlay },
        { name: "stop", weight: 4, run: actStop },
        { name: "restart", weight: 1.5, run: () => { notePrediction(); return actClick("restartButton") } },
        { name: "lane mode", weight: 8, run: actLaneMode },
        { name: "lane menu", weight: 0.5, run: actLaneMenu },
        { name: "add lane", weight: 2, run: actAddLane },
        { name: "remove lane", weight: 1.5, run: actRemoveLane },
        { name: "card keys", weight: 6, run: actCardKeys },
        { name: "card menu", weight: 0.8, run: actCardMenu },
        { name: "add dish", weight: 0.6, run: actAddDish },
        { name: "edit dish", weight: 0.6, run: actEditDish },
        { name: "open meal", weight: 0.7, run: actOpenMeal },
        { name: "new meal", weight: 0.2, run: actNewMeal },
        { name: "speed", weight: 1.5, run: actSpeed },
        { name: "scroll", weight: 3, run: actScroll },
        { name: "wait", weight: 2, run: actWait },
        { name: "code tab", weight: 0.4, run: actCodeTab },
        { name: "undo some, redo them", weight: 0.7, run: () => actUndoThenRedo(false) },
        { name: "undo all, redo all", weight: 0.08, run: () => actUndoThenRedo(true) }
    ]

    function chooseAction() {
        let total = 0
        for (const action of actions)
            total += action.weight
        let r = nextRandom() * total
        for (const action of actions) {
            r -= action.weight
            if (r < 0)
                return action
        }
        return actions[actions.length - 1]
    }

    function remember(text) {
        ++remembered
        history.push("#" + actionNumber + " " + text)
        if (history.length > 20)
            history.shift()
    }

    /// Press, a few moves, release: a dish card carried to a lane, the shelf, a new lane or anywhere.
    function actDrag() {
        const cards = visibleCards()
        if (cards.length === 0)
            return false
        const card = pick(cards)
        const targets = []
        for (const lane of visibleItems("lane_"))
            targets.push({ item: lane, what: lane.objectName })
        for (const name of ["shelf", "newLaneZone"]) {
            const item = findIn(laneEditor, name)
            if (item && isShown(item, item.width / 2, item.height / 2))
                targets.push({ item: item, what: name })
        }
        targets.push({ item: kitchen.view, what: "anywhere" })
        const target = pick(targets)
        let x = 10 + below(Math.max(1, target.item.width - 20))
        let y = 4 + below(Math.max(1, target.item.height - 8))
        if (target.what !== "anywhere") {
            // Keep the drop point on screen: parts of a long lane may be scrolled away.
            const top = Math.max(0, -target.item.mapToItem(laneEditor, 0, 0).y)
            const visible = Math.min(target.item.height, laneEditor.height - target.item.mapToItem(laneEditor, 0, 0).y)
            y = top + 2 + below(Math.max(1, visible - top - 4))
        }
        const from = Qt.point(60 + below(30), 10 + below(14))
        const to = target.item.mapToItem(card, x, y)
        remember("drag " + card.dishId + " to " + target.what + " at " + Math.round(x) + "," + Math.round(y))
        mousePress(card, from.x, from.y)
        const steps = 2 + below(5)
        for (let step = 1; step <= steps; ++step)
            mouseMove(card, from.x + (to.x - from.x) * step / steps, from.y + (to.y - from.y) * step / steps)
        mouseRelease(card, to.x, to.y)
        return true
    }

    function actToggleStep() {
        const chips = visibleItems("step_")
        if (chips.length === 0)
            return false
        const chip = pick(chips)
        remember("click " + chip.objectName)
        mouseClick(chip)
        return true
    }

    function actShortcut(what, key, modifiers) {
        remember(what + " key")
        keyClick(key, modifiers)
        return true
    }

    function actPlay() {
        notePrediction()
        if (chance(0.3)) {
            remember("Ctrl+P")
            keyClick(Qt.Key_P, Qt.ControlModifier)
            return true
        }
        return actClick("playButton")
    }

    function actStop() {
        const button = findChild(header, "stopButton")
        const enabled = button.enabled
        if (!actClick("stopButton"))
            return false
        if (enabled) {
            compare(kitchen.player.status, KitchenPlayer.Stopped,
                    why("Stop did not stop; under the pointer: " + itemsUnder(button).slice(-6).map(nameOf).join(" < ")))
            verify(kitchen.player.log.predicted, why("stopped, yet the log does not show the prediction"))
        }
        return true
    }

    /// Clicks a header button, unless something is over it: a hand cannot click what it cannot reach.
    function actClick(objectName) {
        const button = findChild(header, objectName)
        verify(button, objectName)
        const cover = coverOf(button)
        if (cover) {
            console.log("monkey: " + objectName + " is under " + cover + "; not clicked")
            return false
        }
        remember("click " + objectName)
        mouseClick(button)
        return true
    }

    function actLaneMode() {
        const lanes = visibleItems("lane_")
        if (lanes.length === 0)
            return false
        const lane = pick(lanes)
        // Every mode the lane offers: sync, gather, TaskGroup and whatever comes next.
        const buttons = collect(lane, "modeButton_" + lane.objectName.substring(5) + "_", [])
        if (buttons.length === 0)
            return false
        const button = pick(buttons)
        if (!isShown(button, button.width / 2, button.height / 2))
            return false
        remember("click " + button.objectName)
        mouseClick(button)
        return true
    }

    function actLaneMenu() {
        if (!stopScrolling())
            return false
        const lanes = visibleItems("lane_")
        if (lanes.length === 0)
            return false
        const lane = pick(lanes)
        const button = findIn(lane, "laneMenuButton")
        if (!button || !isShown(button, button.width / 2, button.height / 2))
            return false
        remember("click laneMenuButton of " + lane.objectName)
        pointAt(button)
        mouseClick(button)
        const menu = findChild(lane, "laneMenu")
        verify(menu, "the lane menu")
        return chooseFromMenu(menu, "menu of " + lane.objectName)
    }

    /// Clicks a random enabled item of an open menu, or closes it with Escape.
    function chooseFromMenu(menu, what) {
        waitUntil(() => menu.visible, what + " opens")
        waitForPolish()
        const items = []
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.enabled && item.text !== undefined && item.text.length > 0 && onScreen(item))
                items.push(item)
        }
        if (items.length === 0 || chance(0.1)) {
            remember(what + ": Escape")
            keyClick(Qt.Key_Escape)
        } else {
            const item = pick(items)
            remember(what + ": " + item.text)
            mouseClick(item)
        }
        waitUntil(() => !menu.visible, what + " closes")
        return true
    }

    function actAddLane() {
        if (kitchen.document.laneCount() >= maxLanes)
            return false
        const button = findIn(laneEditor, "addLaneButton")
        if (!button || !isShown(button, button.width / 2, button.height / 2))
            return false
        remember("click addLaneButton")
        mouseClick(button)
        return true
    }

    function actRemoveLane() {
        const lanes = visibleItems("lane_")
        if (lanes.length === 0)
            return false
        const lane = pick(lanes)
        const button = findIn(lane, "removeLaneButton")
        if (!button || !isShown(button, button.width / 2, button.height / 2))
            return false
        remember("click removeLaneButton of " + lane.objectName)
        mouseClick(button)
        return true
    }

    /// A click gives a card the keyboard; then a move key (1–9, N, 0, Ctrl+↑/↓) or E to edit.
    function actCardKeys() {
        const cards = visibleCards()
        if (cards.length === 0)
            return false
        const card = pick(cards)
        mouseClick(card, 60 + below(30), 10 + below(14))
        const keys = [
            { text: "1", key: Qt.Key_1 }, { text: "2", key: Qt.Key_2 }, { text: "3", key: Qt.Key_3 },
            { text: "N", key: Qt.Key_N }, { text: "0", key: Qt.Key_0 }, { text: "Delete", key: Qt.Key_Delete },
            { text: "Ctrl+Up", key: Qt.Key_Up, modifiers: Qt.ControlModifier },
            { text: "Ctrl+Down", key: Qt.Key_Down, modifiers: Qt.ControlModifier },
            { text: "E", key: Qt.Key_E }
        ]
        const key = pick(keys)
        remember("click " + card.dishId + ", key " + key.text)
        keyClick(key.key, key.modifiers ?? Qt.NoModifier)
        if (key.key === Qt.Key_E)
            finishEditing("edit " + card.dishId + " by key")
        return true
    }

    /// The card's ⋮ menu: move, duplicate, edit or delete.
    function actCardMenu() {
        if (!stopScrolling())
            return false
        const cards = visibleCards().filter(card => {
            const button = findIn(card, "dishMenuButton")
            return button && isShown(button, button.width / 2, button.height / 2)
        })
        if (cards.length === 0)
            return false
        const card = pick(cards)
        const menu = findChild(card, "moveMenu")
        verify(menu, "the card's menu")
        remember("click the ⋮ of " + card.dishId)
        pointAt(findIn(card, "dishMenuButton"))
        mouseClick(findIn(card, "dishMenuButton"))
        const what = "menu of " + card.dishId
        waitUntil(() => menu.visible, what + " opens")
        waitForPolish()
        const items = []
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.enabled && item.text !== undefined && item.text.length > 0 && onScreen(item)
                    && (item.text !== qsTr("Duplicate") || dishCount() < maxDishes))
                items.push(item)
        }
        if (items.length === 0) {
            remember(what + ": Escape")
            keyClick(Qt.Key_Escape)
        } else {
            const item = pick(items)
            remember(what + ": " + item.text)
            mouseClick(item)
        }
        waitUntil(() => !menu.visible, what + " closes")
        settle()
        if (header.dishEditor.opened || header.dishEditor.visible)
            finishEditing(what)
        return true
    }

    function actAddDish() {
        if (dishCount() >= maxDishes)
            return false
        remember("click addDishButton")
        mouseClick(findChild(header, "addDishButton"))
        finishEditing("new dish")
        return true
    }

    function actEditDish() {
        const cards = visibleCards()
        if (cards.length === 0)
            return false
        const card = pick(cards)
        remember("double-click " + card.dishId)
        mouseDoubleClickSequence(card, 60 + below(30), 12)
        finishEditing("edit " + card.dishId)
        return true
    }

    /// The dish editor is open (or opening): type a little into the name, then Done or Escape.
    function finishEditing(what) {
        const editor = header.dishEditor
        if (!editor.visible)
            return // the dish went away first
        // The editor takes the keyboard at once: typing need not wait for it to finish opening.
        if (chance(0.6)) {
            const field = findChild(editor.contentItem, "dishNameField")
            if (field && field.activeFocus) {
                const letters = "abcxyz "
                const count = 1 + below(4)
                let typed = ""
                for (let i = 0; i < count; ++i) {
                    const letter = pick(letters)
                    typed += letter
                    keyClick(letter)
                }
                if (chance(0.3)) {
                    keyClick(Qt.Key_Backspace)
                    typed += "⌫"
                }
                remember(what + ": typed “" + typed + "”")
            }
        }
        if (chance(0.5)) {
            remember(what + ": Done")
            mouseClick(findChild(editor.footer, "closeDishEditor"))
        } else {
            // Escape is a Shortcut enabled once the editor is open (not while it fades in).
            waitUntil(() => editor.opened, what + ": the editor opens")
            remember(what + ": Escape")
            keyClick(Qt.Key_Escape)
        }
        waitUntil(() => !editor.visible, what + ": the editor closes")
    }

    /// The meal picker: a click opens the list; a meal by click or by keys; unsaved work asks first.
    function actOpenMeal() {
        const picker = findChild(header, "mealPicker")
        verify(picker)
        remember("click mealPicker")
        pointAt(picker)
        mouseClick(picker)
        waitUntil(() => picker.popup.visible, "the meal list opens")
        waitForPolish()
        const meals = kitchen.document.builtinMeals
        const choice = below(meals.length)
        const list = picker.popup.contentItem
        const delegate = list && list.itemAtIndex ? list.itemAtIndex(choice) : null
        // A long list scrolls: only a meal in sight can be clicked, else the keys choose.
        const inSight = delegate && delegate.mapToItem(list, 0, 0).y >= 0
                        && delegate.mapToItem(list, 0, delegate.height).y <= list.height
        if (inSight && chance(0.7)) {
            remember("meal picker: click " + meals[choice])
            mouseClick(delegate)
        } else {
            // Keys move the highlight from the current meal; Return takes it.
            const steps = below(4)
            const down = chance(0.5)
            for (let i = 0; i < steps; ++i)
                keyClick(down ? Qt.Key_Down : Qt.Key_Up)
            remember("meal picker: " + steps + "x " + (down ? "Down" : "Up") + ", Return")
            keyClick(Qt.Key_Return)
        }
        waitUntil(() => !picker.popup.visible, "the meal list closes")
        answerUnsaved("meal picker")
        return true
    }

    function actNewMeal() {
        remember("Ctrl+N")
        keyClick(Qt.Key_N, Qt.ControlModifier)
        answerUnsaved("new meal")
        return true
    }

    /// When the meal had unsaved changes, the window asks: mostly Discard, sometimes Cancel.
    function answerUnsaved(what) {
        settle()
        const dialog = header.unsavedChanges
        if (!dialog.visible)
            return
        waitUntil(() => dialog.opened, what + ": the unsaved-changes question opens")
        const discard = chance(0.8)
        remember(what + ": " + (discard ? "Discard" : "Cancel"))
        mouseClick(dialog.standardButton(discard ? Dialog.Discard : Dialog.Cancel))
        waitUntil(() => !dialog.visible, what + ": the question closes")
    }

    /// A click on the speed slider; mostly fast, so that runs get to the end.
    function actSpeed() {
        const slider = findChild(header, "speedSlider")
        verify(slider)
        const left = slider.leftPadding, width = slider.availableWidth
        const position = chance(0.7) ? nextRandom() * 0.1 : nextRandom()
        remember("click speedSlider at " + position.toFixed(2))
        mouseClick(slider, left + position * width, slider.height / 2)
        return true
    }

    function actScroll() {
        const delta = (chance(0.5) ? 1 : -1) * 120 * (1 + below(3))
        remember("wheel " + delta + " over the lanes")
        mouseWheel(laneEditor, laneEditor.width / 2, laneEditor.height / 2, 0, delta)
        return true
    }

    function actWait() {
        const ms = 5 + below(80)
        remember("wait " + ms + " ms")
        wait(ms)
        return true
    }

    function actCodeTab() {
        const tabs = findChild(kitchen.view, "editorTabs")
        verify(tabs)
        remember("Code tab, then Lanes tab")
        mouseClick(findChild(tabs, "codeTab"))
        wait(below(60))
        mouseClick(tabs.itemAt(0))
        return true
    }

    /// Ctrl+Z a few times (or until nothing is left, which must be the meal as it was opened),
    /// then Ctrl+Shift+Z as many times: the meal as it was before, with as much left to redo.
    function actUndoThenRedo(all) {
        const doc = kitchen.document
        if (snapshotPending || openedSnapshot.length === 0 || !doc.canUndo)
            return false
        const before = snapshot()
        const couldRedo = doc.canRedo
        const limit = all ? 100000 : 2 + below(7)
        remember(all ? "undo all, then redo all" : "undo up to " + limit + " times, then redo as many")
        let undone = 0
        while (doc.canUndo && undone < limit) {
            const revision = doc.revision
            keyClick(Qt.Key_Z, Qt.ControlModifier)
            verify(doc.revision !== revision, why("Ctrl+Z did nothing though there was something to undo: "
                                                  + doc.undoText))
            verify(++undone < 2000, why("undo never ends"))
        }
        settle()
        if (!doc.canUndo) {
            compare(snapshot(), openedSnapshot, why("after " + undone + " undos the meal is not the one opened"))
            verify(!doc.modified, why("everything undone, yet the meal says it is modified"))
        }
        // Redoing as many steps as were undone comes back to where it was, and no further.
        for (let redone = 0; redone < undone; ++redone) {
            const revision = doc.revision
            verify(doc.canRedo, why("only " + redone + " of " + undone + " steps can be redone"))
            keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
            verify(doc.revision !== revision, why("Ctrl+Shift+Z did nothing though there was something to redo"))
        }
        settle()
        compare(snapshot(), before, why("after redoing every undone step the meal differs"))
        compare(doc.canRedo, couldRedo, why("what is left to redo"))
        return true
    }

    // ---- finding things on screen ----

    /// Every item under @p root, depth first, by objectName prefix.
    function collect(root, prefix, into) {
        if (root.objectName && root.objectName.startsWith(prefix))
            into.push(root)
        const children = root.children
        for (let i = 0; i < children.length; ++i)
            collect(children[i], prefix, into)
        return into
    }
    function findIn(root, name) {
        if (root.objectName === name)
            return root
        const children = root.children
        for (let i = 0; i < children.length; ++i) {
            const found = findIn(children[i], name)
            if (found)
                return found
        }
        return null
    }
    /// True when the point (x, y) of @p item is on screen inside the lane editor's viewport.
    function isShown(item, x, y) {
        if (!item.visible || !laneEditor.visible)
            return false
        const p = item.mapToItem(laneEditor, x, y)
        return p.x >= 2 && p.x <= laneEditor.width - 14 && p.y >= 2 && p.y <= laneEditor.height - 2
    }
    /// True when the middle of @p item is inside the window (a long menu may reach past it).
    function onScreen(item) {
        const p = item.mapToItem(null, item.width / 2, item.height / 2)
        return p.x >= 0 && p.y >= 0 && p.x < testCase.width && p.y < testCase.height
    }
    function visibleItems(prefix) {
        return collect(laneEditor, prefix, []).filter(item => isShown(item, item.width / 2, item.height / 2))
    }
    /// Cards whose title row, where a press grabs them, is on screen.
    function visibleCards() {
        return collect(laneEditor, "dishCard_", []).filter(card => isShown(card, 60, 10) && isShown(card, 90, 24))
    }
    function dishCount() {
        let count = kitchen.document.shelf.count
        for (let lane = 0; lane < kitchen.document.lanes.count; ++lane)
            count += kitchen.document.lanes.dishesAt(lane).count
        return count
    }

    /// A wheel flicks the lanes, and a press on a moving Flickable only stops it: before a
    /// click that must reach its target, a click on the lanes' empty margin stops the scrolling.
    /// False when they still move (content that changes size keeps them settling): act later.
    function stopScrolling() {
        const flickable = laneEditor.contentItem
        if (!flickable.moving)
            return true
        remember("click the lanes' margin to stop the scrolling")
        mouseClick(laneEditor, 4, laneEditor.height / 2)
        const deadline = Date.now() + 1000
        while (flickable.moving && Date.now() < deadline)
            wait(5)
        return !flickable.moving
    }

    /// tryVerify, polling every few milliseconds rather than every 50: popups open and close often.
    /// Moves the pointer onto @p item first, as a hand does before a click, and lets a tooltip
    /// over it fade (the one of what the pointer rested on): a click at once would land on it.
    function pointAt(item) {
        mouseMove(item)
        const overlay = testCase.Overlay.overlay
        waitUntil(() => {
            for (let i = 0; i < overlay.children.length; ++i) {
                const popup = overlay.children[i]
                if (popup.visible && popup.contains(item.mapToItem(popup, item.width / 2, item.height / 2)))
                    return false
            }
            return true
        }, "the tooltip over " + item.objectName + " fades")
    }

    /// The items under the middle of @p item in paint order, the topmost last; popups too.
    function itemsUnder(item) {
        const scene = item.mapToItem(null, item.width / 2, item.height / 2)
        const under = []
        const visit = node => {
            const local = node.mapFromItem(null, scene.x, scene.y)
            if (!node.visible || (node.clip && !node.contains(local)))
                return
            // The overlay spans the window while a popup is open; only its popups take clicks.
            if (node.contains(local) && node !== testCase.Overlay.overlay)
                under.push(node)
            const children = Array.from(node.children).map((child, index) => ({ child, index }))
            children.sort((a, b) => a.child.z - b.child.z || a.index - b.index)
            for (const entry of children)
                visit(entry.child)
        }
        visit(testCase.Window.contentItem)
        return under
    }
    function nameOf(item) {
        return item.objectName.length > 0 ? item.objectName : String(item).replace(/\(0x[0-9a-f]+\)/, "")
    }
    /// What lies over the middle of @p item, by name, or "" when a click there reaches it.
    function coverOf(item) {
        const under = itemsUnder(item)
        const top = under[under.length - 1]
        for (let node = top; node; node = node.parent) {
            if (node === item)
                return ""
            if (node.parent === testCase.Overlay.overlay)
                return "a popup saying “" + textIn(node).substring(0, 50) + "…”"
        }
        return top ? nameOf(top) : "nothing"
    }
    function textIn(item) {
        if (typeof item.text === "string" && item.text.length > 0)
            return item.text
        for (let i = 0; i < item.children.length; ++i) {
            const text = textIn(item.children[i])
            if (text.length > 0)
                return text
        }
        return ""
    }

    function waitUntil(condition, what) {
        const deadline = Date.now() + 3000
        while (!condition()) {
            if (Date.now() > deadline)
                fail(why(what + ": not within 3 s"))
            wait(5)
        }
    }

    function waitForPolish() {
        verify(testProbe.waitForPolish(kitchen.view, 5000), "the window never finished its layout")
    }

    /// Lets queued edits (Qt.callLater) run, deleted delegates go, and the layout catch up.
    function settle() {
        wait(0)
        waitForPolish()
        if (snapshotPending && kitchen) {
            snapshotPending = false
            openedSnapshot = snapshot()
        }
    }

    // ---- what must always hold ----

    /// A failure message: what went wrong first (QtTest cuts long messages), then how to replay it.
    function why(text) {
        return text + "\n" + where()
    }

    function where() {
        return "seed " + seed + ", round " + (round + 1) + ", action " + actionNumber
                + " (replay: KITCHEN_MONKEY_SEED=" + seed + " tst_kitchen_qml -input tst_monkey.qml 'Monkey::test_monkey:round "
                + (round + 1) + "'); the last actions:\n    " + history.join("\n    ")
    }

    function checkNoWarnings(when) {
        const count = testProbe.warningCount()
        if (count === 0)
            return
        const texts = testProbe.warnings()
        testProbe.watchWarnings() // start over, so the next round reports its own
        const message = count + " warning(s) " + when + ":\n    " + texts.join("\n    ")
        fail(kitchen ? why(message) : message)
    }

    /// The meal as text: lanes, shelf, every dish's name and steps, the total.
    function snapshot() {
        const doc = kitchen.document
        const parts = ["shelf " + doc.shelf.ids().join(",")]
        const ids = doc.shelf.ids()
        for (let lane = 0; lane < doc.lanes.count; ++lane) {
            const laneIds = doc.lanes.dishesAt(lane).ids()
            parts.push(doc.laneMode(lane) + " " + laneIds.join(","))
            ids.push(...laneIds)
        }
        for (const id of ids.sort()) {
            const dish = doc.dish(id)
            parts.push(id + "=" + dish.name + "@" + dish.station + ":"
                       + dish.steps.map(step => step.kind + step.duration).join(" "))
        }
        parts.push("total " + doc.total + " unit " + doc.unit + " title " + doc.title)
        return parts.join(" | ")
    }

    function checkAll(full) {
        checkNoWarnings("after the last action")
        // The monkey never opens or saves files: any problem the window reports is a bug.
        compare(kitchen.document.errorString, "", why("the window reports a problem"))
        if (runProblems.length > 0)
            fail(why(runProblems.join("; ")))
        const doc = kitchen.document
        const player = kitchen.player

        // The lane and dish models agree with the document, dish by dish.
        compare(doc.lanes.count, doc.laneCount(), why("lane rows"))
        const seen = {}
        const shelf = doc.shelf.ids()
        compare(shelf.length, doc.shelf.count, why("shelf ids"))
        for (let row = 0; row < shelf.length; ++row) {
            verify(!seen[shelf[row]], why(shelf[row] + " twice"))
            seen[shelf[row]] = true
            compare(doc.laneOf(shelf[row]), -1, why(shelf[row] + " on the shelf"))
        }
        for (let lane = 0; lane < doc.lanes.count; ++lane) {
            const dishes = doc.lanes.dishesAt(lane)
            verify(dishes, why("lane " + lane + " has no dish list"))
            const index = doc.lanes.index(lane, 0)
            compare(doc.lanes.data(index, LaneListModel.ModeRole), doc.laneMode(lane), why("mode of lane " + lane))
            compare(doc.lanes.data(index, LaneListModel.DishCountRole), dishes.count, why("dish count of lane " + lane))
            const ids = dishes.ids()
            for (let row = 0; row < ids.length; ++row) {
                verify(!seen[ids[row]], why(ids[row] + " twice"))
                seen[ids[row]] = true
                compare(doc.laneOf(ids[row]), lane, why("lane of " + ids[row]))
                compare(doc.indexInLane(ids[row]), row, why("place of " + ids[row]))
            }
        }
        verify(doc.total >= 0 && doc.syncTotal >= 0 && doc.gatherTotal >= 0 && doc.taskGroupTotal >= 0,
               why("totals"))
        if (player.status === KitchenPlayer.Stopped)
            verify(player.log.predicted, why("stopped, the log shows the prediction"))

        if (!full)
            return
        // The delegates on screen agree with the models: one card per dish, one chip per step.
        const cards = collect(laneEditor, "dishCard_", [])
        const cardsById = {}
        for (const card of cards) {
            verify(!cardsById[card.dishId], why("two cards for " + card.dishId))
            cardsById[card.dishId] = card
        }
        compare(cards.length, Object.keys(seen).length, why("cards on screen"))
        for (const id of Object.keys(seen)) {
            const card = cardsById[id]
            verify(card, why("no card for " + id))
            compare(card.laneIndex, doc.laneOf(id), why("the card of " + id + " is in the wrong lane"))
            const steps = doc.dish(id).steps
            const chips = collect(card, "step_" + id + "_", [])
            compare(chips.length, steps.length, why("chips of " + id))
            for (const chip of chips) {
                const step = steps[parseInt(chip.objectName.substring(("step_" + id + "_").length))]
                verify(step, why(chip.objectName + " has no step"))
                compare(chip.work, step.kind === "work", why(chip.objectName + " shows the wrong kind"))
            }
        }
        const lanes = collect(laneEditor, "lane_", [])
        compare(lanes.length, doc.lanes.count, why("lane cards on screen"))
        compare(findChild(kitchen.view, "totalLabel").text.length > 0, true, why("total label"))
    }
}
