// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Kitchen

/// What the kitchen shows of appliances, helpers, forgotten awaits and lost tasks, played
/// live or picked on the timeline with the mouse: each state in words, at the right moment.
TestCase {
    id: testCase
    name: "SceneStates"
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

    function open(meal) {
        verify(kitchen.document.open(meal))
        waitForRendering(kitchen)
    }

    function station(dishId) {
        const item = findChild(kitchen.view, "station_" + dishId)
        verify(item, "station_" + dishId)
        return item
    }

    /// The words on a dish's badge, as drawn.
    function badge(dishId) {
        return findChild(station(dishId), "badgeLabel").text
    }

    /// Clicks the timeline at meal time @p t: the kitchen shows the prediction then.
    function clickTimelineAt(t) {
        const panel = findChild(kitchen.view, "timelinePanel")
        const chart = findChild(panel, "timelineChart")
        mouseClick(chart, Math.min(t * panel.unitWidth + 0.5, chart.width - 1), 8)
        tryCompare(kitchen.player, "status", KitchenPlayer.Inspecting)
        compare(Math.round(kitchen.player.playhead * 10) / 10, Math.round(t * 10) / 10)
    }

    function test_aDishWaitsForTheBurnerUntilOneIsFree() {
        open("burners")
        kitchen.player.secondsPerUnit = 0.4 // 6 min in 2.4 s
        const burner = findChild(kitchen.view, "sceneAppliance_burner")
        verify(burner)
        verify(burner.visible)
        mouseClick(findChild(kitchen.view, "playButton"))
        compare(kitchen.player.status, KitchenPlayer.Playing)

        // At once: two pans fry, the bacon and the mushrooms wait for a burner.
        tryVerify(() => badge("pan_3") === "waiting for Burner", 3000, badge("pan_3"))
        verify(kitchen.player.playhead < 2)
        compare(badge("pan_4"), "waiting for Burner")
        tryCompare(burner, "text", "Burner 2 of 2 in use · 2 waiting")
        verify(findChild(station("pan_1"), "tag_appliance").visible)

        // The eggs are done at 2: the bacon takes their burner then, not before.
        tryVerify(() => badge("pan_3") !== "waiting for Burner", 5000)
        verify(kitchen.player.playhead >= 2, "the bacon stopped waiting at " + kitchen.player.playhead)
        verify(badge("pan_3").startsWith("until"), badge("pan_3"))
        if (kitchen.player.playhead < 3) {
            compare(badge("pan_4"), "waiting for Burner")
            compare(burner.text, "Burner 2 of 2 in use · 1 waiting")
        }
        tryVerify(() => badge("pan_4") !== "waiting for Burner", 5000)
        verify(kitchen.player.playhead >= 3, "the mushrooms stopped waiting at " + kitchen.player.playhead)

        finishedSpy.wait(30000)
        verify(kitchen.player.lastRunMatched)
        compare(burner.text, "Burner 0 of 2 in use")
        compare(kitchen.player.scene.countIn(["done"]), 4)
    }

    function test_pickedMoments_data() {
        return [
            { tag: "forgotten await", meal: "forgotten-await", t: 10, dish: "caesar_salad", badge: "never awaited" },
            { tag: "before the forgotten await", meal: "forgotten-await", t: 4, dish: "caesar_salad", badge: "not started" },
            { tag: "fire and forget, still baking", meal: "fire-and-forget", t: 2, dish: "bread", badge: "until 8 min", tagName: "tag_unawaited" },
            { tag: "fire and forget, cancelled", meal: "fire-and-forget", t: 5, dish: "bread", badge: "cancelled: main() returned", tagName: "tag_unawaited" },
            { tag: "not ready", meal: "coffee-not-ready", t: 0.5, dish: "brew_coffee", badge: "until 1 s", tagName: "tag_notReady" },
            { tag: "helper", meal: "helpers", t: 1, dish: "avocado", badge: "helper, until 3 min" },
            { tag: "waiting for a helper", meal: "helpers", t: 1, dish: "carrots", badge: "waiting for a helper" },
            { tag: "out of time", meal: "timeout", t: 5, dish: "roast", badge: "cancelled: out of time" }
        ]
    }

    function test_pickedMoments(data) {
        open(data.meal)
        clickTimelineAt(data.t)
        compare(badge(data.dish), data.badge)
        if (data.tagName) {
            const tag = findChild(station(data.dish), data.tagName)
            verify(tag, data.tagName)
            verify(tag.visible)
        }
    }

    function test_helpersAreCountedAndTheCookIsFree() {
        open("helpers")
        clickTimelineAt(1)
        const helpers = findChild(kitchen.view, "helpers")
        verify(helpers.visible)
        compare(helpers.text, "2 of 2 busy · 1 waiting")
        verify(findChild(station("avocado"), "helperBadge").visible)
        verify(!findChild(station("rice"), "helperBadge").visible)
        verify(!kitchen.player.loopBlocked)
        clickTimelineAt(4.5)
        compare(helpers.text, "0 of 2 busy")
    }

    function test_mainItselfBlocksTheLoop() {
        open("fire-and-forget")
        clickTimelineAt(0.5) // main() sets the table before it awaits the soup
        verify(kitchen.player.loopBlocked)
        compare(kitchen.player.cookRow, -1)
        const banner = findChild(kitchen.view, "bannerText")
        verify(banner.text.indexOf("main() itself") >= 0, banner.text)
        verify(banner.text.indexOf("set the table") >= 0, banner.text)
        clickTimelineAt(2)
        verify(!kitchen.player.loopBlocked)
    }

    function test_theLegendExplainsWhatIsDrawn() {
        open("lunch")
        const legend = findChild(kitchen.view, "legend")
        verify(findChild(legend, "legend_work"))
        verify(!findChild(legend, "legend_queued"))
        verify(!findChild(legend, "legend_helper"))
        open("burners")
        tryVerify(() => findChild(legend, "legend_queued") !== null)
        open("helpers")
        tryVerify(() => findChild(legend, "legend_helper") !== null)
        open("timeout")
        tryVerify(() => findChild(legend, "legend_cancelled") !== null)
        open("forgotten-await")
        tryVerify(() => findChild(legend, "legend_neverAwaited") !== null)
        // Every bar on the chart has its colour explained.
        for (const meal of ["burners", "helpers", "timeout", "burnt", "fire-and-forget", "coffee-not-ready"]) {
            open(meal)
            for (const state of kitchen.document.prediction.states)
                tryVerify(() => findChild(legend, "legend_" + (state === "ready" ? "delayed" : state)) !== null, 2000,
                          meal + ": " + state)
        }
    }
}
