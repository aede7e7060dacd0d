// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// Meal picker, undo and redo, the play controls, speed, theme and the menu.
ToolBar {
    id: bar

    required property MealDocument document
    required property KitchenPlayer player

    signal aboutRequested
    signal quitRequested

    readonly property bool playing: player.status === KitchenPlayer.Playing

    function togglePlay() {
        if (playing)
            player.pause()
        else
            player.play()
    }

    background: Rectangle {
        color: KitchenStyle.panel
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: KitchenStyle.border
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 4
        spacing: 6

        Image {
            source: KitchenStyle.art("app-icon")
            sourceSize: Qt.size(32, 32)
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
        }
        Label {
            visible: bar.width >= 1240 // the icon alone says it on narrower windows
            text: qsTr("Async Kitchen")
            font.pixelSize: 18
            font.bold: true
            color: KitchenStyle.text
        }

        ToolSeparator {}

        Label {
            text: qsTr("Meal")
            color: KitchenStyle.textMuted
        }
        ComboBox {
            id: mealPicker
            objectName: "mealPicker"
            model: bar.document.builtinMeals
            Layout.preferredWidth: 160
            currentIndex: bar.document.builtinMeals.indexOf(bar.document.source)
            // A meal opened from a file is not in the list: show its title instead.
            displayText: currentIndex >= 0 ? currentText : bar.document.title
            onActivated: index => bar.document.open(bar.document.builtinMeals[index])
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Pick one of the meals from the articles")
        }
        Label {
            Layout.fillWidth: true
            Layout.minimumWidth: 40
            text: bar.document.summary
            elide: Text.ElideRight
            color: KitchenStyle.textMuted
            ToolTip.visible: summaryHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: summaryHover }
        }

        ToolButton {
            icon.source: KitchenStyle.art("undo")
            enabled: bar.document.canUndo
            onClicked: bar.document.undo()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: bar.document.canUndo ? qsTr("Undo: %1 (Ctrl+Z)").arg(bar.document.undoText) : qsTr("Nothing to undo")
        }
        ToolButton {
            icon.source: KitchenStyle.art("redo")
            enabled: bar.document.canRedo
            onClicked: bar.document.redo()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: bar.document.canRedo ? qsTr("Redo: %1 (Ctrl+Shift+Z)").arg(bar.document.redoText) : qsTr("Nothing to redo")
        }

        ToolSeparator {}

        Button {
            id: playButton
            objectName: "playButton"
            // Our own background: Material's raised one is a shader effect the software renderer drops.
            background: Rectangle {
                implicitWidth: 96
                implicitHeight: 36
                radius: 18
                color: playButton.down ? Qt.darker(KitchenStyle.waiting, 1.2)
                                       : playButton.hovered ? Qt.lighter(KitchenStyle.waiting, 1.1) : KitchenStyle.waiting
            }
            Material.foreground: "white"
            icon.color: "white"
            icon.source: KitchenStyle.art(bar.playing ? "pause" : "play")
            text: bar.playing ? qsTr("Pause")
                              : bar.player.status === KitchenPlayer.Paused ? qsTr("Resume") : qsTr("Play")
            onClicked: bar.togglePlay()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Cook the meal live on a real event loop (Ctrl+P)")
        }
        ToolButton {
            objectName: "stopButton"
            icon.source: KitchenStyle.art("stop")
            enabled: bar.player.status !== KitchenPlayer.Stopped
            onClicked: bar.player.stop()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Stop and clear the kitchen")
        }
        ToolButton {
            objectName: "restartButton"
            icon.source: KitchenStyle.art("restart")
            onClicked: bar.player.restart()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Start the meal again from the beginning")
        }

        ColumnLayout {
            spacing: -6
            Layout.preferredWidth: 130
            Slider {
                id: speed
                objectName: "speedSlider"
                Layout.fillWidth: true
                from: 0.05
                to: 2
                stepSize: 0.05
                value: bar.player.secondsPerUnit
                onMoved: bar.player.secondsPerUnit = value
                ToolTip.visible: hovered || pressed
                ToolTip.delay: 300
                ToolTip.text: qsTr("How long one %1 of the meal lasts in real time").arg(bar.document.unit)
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("1 %1 lasts %2 s").arg(bar.document.unit).arg(bar.player.secondsPerUnit.toFixed(2))
                color: KitchenStyle.textMuted
                font.pixelSize: 11
            }
        }

        ToolSeparator {}

        ToolButton {
            objectName: "themeButton"
            icon.source: KitchenStyle.art(KitchenStyle.dark ? "sun" : "moon")
            onClicked: KitchenStyle.dark = !KitchenStyle.dark
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: KitchenStyle.dark ? qsTr("Light theme") : qsTr("Dark theme")
        }
        ToolButton {
            icon.source: KitchenStyle.art("menu")
            onClicked: appMenu.open()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("More")
            KitchenMenu {
                id: appMenu
                y: parent.height
                MenuItem {
                    text: qsTr("Undo")
                    enabled: bar.document.canUndo
                    onTriggered: bar.document.undo()
                }
                MenuItem {
                    text: qsTr("Redo")
                    enabled: bar.document.canRedo
                    onTriggered: bar.document.redo()
                }
                MenuSeparator {}
                MenuItem {
                    text: KitchenStyle.dark ? qsTr("Light theme") : qsTr("Dark theme")
                    onTriggered: KitchenStyle.dark = !KitchenStyle.dark
                }
                MenuItem {
                    text: qsTr("About Async Kitchen")
                    onTriggered: bar.aboutRequested()
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Quit")
                    onTriggered: bar.quitRequested()
                }
            }
        }
    }
}
