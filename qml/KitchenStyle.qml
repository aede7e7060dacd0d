// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

/// The one palette: kitchen colours for light and dark, and the colours of a dish's states.
QtObject {
    property bool dark: false
    /// Off for pictures and tests that want a settled window at once.
    property bool animated: true

    readonly property color window: dark ? "#1b1e22" : "#f4f0ea"
    readonly property color panel: dark ? "#24282d" : "#fffdf9"
    readonly property color panelAlt: dark ? "#2c3137" : "#efe8de"
    readonly property color border: dark ? "#3a4048" : "#d9d0c3"
    readonly property color text: dark ? "#ebe8e3" : "#2b2722"
    readonly property color textMuted: dark ? "#a5a099" : "#6f675c"
    readonly property color accent: "#d9822b"
    readonly property color highlight: dark ? "#3b6e68" : "#cfe9e5"

    // The kitchen scene.
    readonly property color wall: dark ? "#262a30" : "#f9f5ee"
    readonly property color counter: dark ? "#6e4a2e" : "#c89263"
    readonly property color counterEdge: dark ? "#4e331f" : "#9c6b42"
    readonly property color board: dark ? "#1f3a35" : "#2f4f4a"
    readonly property color chalk: "#f1efe6"

    // What a dish is doing. Work and waiting must never be confused: red hands, teal timer.
    readonly property color running: "#6c7bd9"
    readonly property color work: "#e0533d"
    readonly property color waiting: "#2a9d8f"
    readonly property color delayed: "#e9b93a"
    readonly property color done: "#5a9e4b"
    readonly property color cancelled: "#8d8d8d"
    readonly property color failed: "#8e2c48"
    readonly property color queued: "#b07bc9" // lilac: waits for a place at an appliance, or for a helper
    readonly property color helper: "#4a90d9" // blue: a kitchen helper works on it, the cook is free
    readonly property color idle: dark ? "#4a5058" : "#c9c2b8"

    readonly property int radius: 8
    readonly property int spacing: 8
    readonly property int bigFont: 34
    readonly property string monoFont: "DejaVu Sans Mono"

    function stateColor(state) {
        switch (state) {
        case "running": return running
        case "work": return work
        case "waiting": return waiting
        case "delayed": case "ready": case "late": return delayed
        case "done": return done
        case "cancelled": return cancelled
        case "failed": return failed
        case "queued": return queued
        case "helper": return helper
        }
        return idle
    }

    function art(name) {
        return Qt.resolvedUrl("art/" + name + ".svg")
    }

    /// Station art by name; unknown stations get the generic counter.
    function stationArt(station) {
        const known = ["stove", "microwave", "board", "kettle", "grinder", "oven", "toaster", "brewer"]
        return art(known.indexOf(station) >= 0 ? station : "station")
    }

    /// A number of meal units, without float noise: 4.9, 10, 0.25.
    function number(value) {
        return String(Math.round(value * 1000) / 1000)
    }

    function duration(value, unit) {
        return unit === "s" ? qsTr("%1 s").arg(number(value)) : qsTr("%1 min").arg(number(value))
    }

    function modeTitle(mode) {
        switch (mode) {
        case "sync": return qsTr("sync")
        case "gather": return qsTr("gather")
        case "taskgroup": return qsTr("TaskGroup")
        }
        return mode
    }
}
