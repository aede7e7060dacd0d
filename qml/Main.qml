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
    // The modified mark follows the undo stack's clean state.
    title: qsTr("%1%2 — Async Kitchen").arg(document.modified ? "*" : "").arg(document.displayName)
    color: KitchenStyle.window

    Material.theme: KitchenStyle.dark ? Material.Dark : Material.Light
    Material.accent: KitchenStyle.waiting
    Material.primary: KitchenStyle.accent

    readonly property alias unsavedChanges: closeQuestion
    readonly property alias recoveryOffer: recovery

    /// Set once the user chose Save or Discard, so the second close goes through.
    property bool closeConfirmed: false

    onClosing: close => {
        if (closeConfirmed || !document.modified) {
            if (!document.modified)
                document.discardChanges() // no recovery file outlives a clean close
            return
        }
        close.accepted = false
        closeQuestion.ask(() => {
            window.closeConfirmed = true
            window.close()
        })
    }

    KitchenView {
        id: kitchenView
        anchors.fill: parent
        document: window.document
        player: window.player
        onAboutRequested: about.open()
        onQuitRequested: Qt.quit()
    }

    SystemPalette {
        id: desktopPalette
    }
    Component.onCompleted: {
        KitchenStyle.dark = darkTheme || desktopPalette.window.hslLightness < 0.4
        recovery.offer()
    }

    // A meal file dropped anywhere on the window opens, after asking about unsaved work.
    DropArea {
        id: fileDrop
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            if (!drop.hasUrls)
                return
            drop.accept(Qt.CopyAction)
            const url = drop.urls[0]
            closeQuestion.ask(() => window.document.openFile(url))
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: fileDrop.containsDrag
        color: Qt.rgba(KitchenStyle.waiting.r, KitchenStyle.waiting.g, KitchenStyle.waiting.b, 0.15)
        border.color: KitchenStyle.waiting
        border.width: 4
        Label {
            anchors.centerIn: parent
            text: qsTr("Drop a meal file to open it")
            font.pixelSize: 24
            color: KitchenStyle.text
        }
    }

    UnsavedChangesDialog {
        id: closeQuestion
        anchors.centerIn: parent
        document: window.document
    }
    RecoveryDialog {
        id: recovery
        anchors.centerIn: parent
        document: window.document
    }

    AboutDialog {
        id: about
        anchors.centerIn: parent
    }
}
