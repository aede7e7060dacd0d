// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kitchen

ApplicationWindow {
    id: window

    required property MealDocument document
    required property KitchenPlayer player
    /// Asked for on the command line; otherwise the desktop's own palette decides.
    property bool darkTheme: false

    width: 1280
    height: 800
    minimumWidth: 1120
    minimumHeight: 720
    visible: true
    title: document.title.length > 0 ? qsTr("%1 — Async Kitchen").arg(document.title) : qsTr("Async Kitchen")
    color: KitchenStyle.window

    Material.theme: KitchenStyle.dark ? Material.Dark : Material.Light
    Material.accent: KitchenStyle.waiting
    Material.primary: KitchenStyle.accent

    KitchenView {
        anchors.fill: parent
        document: window.document
        player: window.player
        onAboutRequested: about.open()
        onQuitRequested: Qt.quit()
    }

    SystemPalette {
        id: desktopPalette
    }
    Component.onCompleted: KitchenStyle.dark = darkTheme || desktopPalette.window.hslLightness < 0.4

    AboutDialog {
        id: about
        anchors.centerIn: parent
    }
}
