// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// Playing a meal live, fast: it ends exactly on the prediction.
TestCase {
    id: testCase
    name: "Play"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: fixtureComponent
        KitchenFixture {}
    }

    SignalSpy {
        id: finishedSpy
        signalName: "finished"
    }

    property var kitchen

    function init() {
        kitchen = createTemporaryObject(fixtureComponent, testCase)
        finishedSpy.clear()
        finishedSpy.target = kitchen.player
    }

    function test_playToTheEnd_data() {
        return [
            { tag: "lunch", meal: "lunch", total: 10 },
            { tag: "coffee", meal: "coffee", total: 4.9 },
            { tag: "restaurant", meal: "restaurant", total: 16 }
        ]
    }

    function test_playToTheEnd(data) {
        verify(kitchen.document.open(data.meal))
        compare(kitchen.document.total, data.total)
        kitchen.player.secondsPerUnit = 0.05
        // Before playing, the log shows what the run will print.
        verify(kitchen.player.log.predicted)
        const predictedLines = kitchen.player.log.lines()
        verify(predictedLines.length > 0)

        mouseClick(findChild(kitchen.view, "playButton"))
        compare(kitchen.player.status, KitchenPlayer.Playing)
        finishedSpy.wait(30000)

        compare(kitchen.player.status, KitchenPlayer.Finished)
        compare(kitchen.player.lastRunTotal, data.total)
        verify(kitchen.player.lastRunMatched)
        verify(!kitchen.player.log.predicted)
        compare(kitchen.player.log.lines(), predictedLines)
        compare(kitchen.player.playhead, data.total)
        // The live timeline covers the same rows as the prediction, and every dish is done.
        compare(kitchen.player.timeline.count, kitchen.document.prediction.count)
        compare(kitchen.player.timeline.end, data.total)
        compare(kitchen.player.scene.countIn(["done"]), kitchen.player.scene.count)
        compare(kitchen.player.cookRow, -1)
    }

    function test_pauseResumeAndStop() {
        verify(kitchen.document.open("lunch"))
        kitchen.player.secondsPerUnit = 2 // twenty seconds in all: it cannot end before the clicks
        const play = findChild(kitchen.view, "playButton")
        mouseClick(play)
        compare(kitchen.player.status, KitchenPlayer.Playing)
        mouseClick(play)
        compare(kitchen.player.status, KitchenPlayer.Paused)
        mouseClick(play)
        compare(kitchen.player.status, KitchenPlayer.Playing)
        mouseClick(findChild(kitchen.view, "stopButton"))
        compare(kitchen.player.status, KitchenPlayer.Stopped)
        verify(kitchen.player.log.predicted)
        compare(finishedSpy.count, 0)

        // Restart runs it from the beginning, and at full speed it finishes.
        kitchen.player.secondsPerUnit = 0.05
        mouseClick(findChild(kitchen.view, "restartButton"))
        finishedSpy.wait(30000)
        verify(kitchen.player.lastRunMatched)
    }

    function test_anEditStopsTheRun() {
        verify(kitchen.document.open("lunch"))
        kitchen.player.secondsPerUnit = 2
        kitchen.player.play()
        verify(kitchen.document.setLaneMode(0, "sync"))
        compare(kitchen.player.status, KitchenPlayer.Stopped)
        compare(finishedSpy.count, 0)
    }

    function test_inspectShowsTheBlockedKitchen() {
        verify(kitchen.document.open("lunch"))
        kitchen.player.inspect(1)
        compare(kitchen.player.status, KitchenPlayer.Inspecting)
        verify(kitchen.player.loopBlocked)
        compare(kitchen.player.scene.phaseOf("avocado"), "work")
        compare(kitchen.player.scene.phaseOf("pasta"), "waiting")
        compare(kitchen.player.scene.phaseOf("meatloaf"), "waiting")
        kitchen.player.inspect(5)
        verify(!kitchen.player.loopBlocked)
        compare(kitchen.player.scene.phaseOf("meatloaf"), "done")
    }
}
