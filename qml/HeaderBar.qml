// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtQuick.Dialogs
import Kitchen

/// The File menu, meal picker, undo and redo, the play controls, speed, theme and the menu.
/// It also owns the editing dialogs, so every way into them leads to the same ones.
ToolBar {
    id: bar

    required property MealDocument document
    required property KitchenPlayer player

    signal aboutRequested
    signal quitRequested

    readonly property bool playing: player.status === KitchenPlayer.Playing
    readonly property alias dishEditor: dishEditorDialog
    readonly property alias mealDetails: mealDetailsDialog
    readonly property alias unsavedChanges: unsavedDialog
    readonly property alias fileProblems: problemsDialog

    objectName: "headerBar"

    // Each of these first asks to save unsaved work.
    function newMeal() {
        unsavedDialog.ask(() => document.newMeal())
    }
    function openMeal() {
        unsavedDialog.ask(() => openDialog.open())
    }
    function openFile(url) {
        unsavedDialog.ask(() => document.openFile(url))
    }
    function openBuiltin(name) {
        unsavedDialog.ask(() => document.open(name))
    }
    function save() {
        if (!document.save() && document.filePath.length === 0)
            saveAs()
    }
    function saveAs() {
        saveAsDialog.open()
    }
    function addDish() {
        const id = document.addDish(document.laneCount() - 1)
        if (id.length > 0)
            dishEditorDialog.edit(id)
    }

    Shortcut {
        sequences: [StandardKey.New]
        onActivated: bar.newMeal()
    }
    Shortcut {
        sequences: [StandardKey.Open]
        onActivated: bar.openMeal()
    }
    Shortcut {
        sequences: [StandardKey.Save]
        onActivated: bar.save()
    }
    Shortcut {
        sequence: "Ctrl+Shift+S"
        onActivated: bar.saveAs()
    }
    Connections {
        target: bar.document
        function onEditDishRequested(dishId) {
            dishEditorDialog.edit(dishId)
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a meal")
        nameFilters: [qsTr("Meal files (*.json)"), qsTr("All files (*)")]
        onAccepted: bar.document.openFile(selectedFile)
    }
    FileDialog {
        id: saveAsDialog
        title: qsTr("Save meal as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Meal files (*.json)"), qsTr("All files (*)")]
        onAccepted: bar.document.saveAs(selectedFile)
    }
    DishEditorDialog {
        id: dishEditorDialog
        parent: Overlay.overlay
        x: 16
        y: 64
        document: bar.document
    }
    MealDetailsDialog {
        id: mealDetailsDialog
        parent: Overlay.overlay
        x: 16
        y: 64
        document: bar.document
    }
    UnsavedChangesDialog {
        id: unsavedDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        document: bar.document
    }
    FileProblemsDialog {
        id: problemsDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        document: bar.document
    }

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
            visible: bar.width >= 1440 // the icon and the window title say it on narrower windows
            text: qsTr("Async Kitchen")
            font.pixelSize: 18
            font.bold: true
            color: KitchenStyle.text
        }

        ToolSeparator {}

        ToolButton {
            id: fileButton
            objectName: "fileMenuButton"
            text: qsTr("File")
            onClicked: fileMenu.open()
            KitchenMenu {
                id: fileMenu
                objectName: "fileMenu"
                y: parent.height
                MenuItem {
                    text: qsTr("New meal\tCtrl+N")
                    onTriggered: bar.newMeal()
                }
                MenuItem {
                    text: qsTr("Open…\tCtrl+O")
                    onTriggered: bar.openMeal()
                }
                KitchenMenu {
                    id: recentMenu
                    title: qsTr("Open recent")
                    enabled: bar.document.recentFiles.length > 0
                    Instantiator {
                        model: bar.document.recentFiles
                        delegate: MenuItem {
                            // Instantiator in 6.4 hands roles over as context properties.
                            text: modelData
                            onTriggered: bar.openFile("file://" + modelData)
                        }
                        onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                        onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("Clear the list")
                        onTriggered: bar.document.clearRecentFiles()
                    }
                }
                MenuItem {
                    objectName: "saveMenuItem"
                    text: qsTr("Save\tCtrl+S")
                    onTriggered: bar.save()
                }
                MenuItem {
                    text: qsTr("Save as…\tCtrl+Shift+S")
                    onTriggered: bar.saveAs()
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "addDishMenuItem"
                    text: qsTr("Add a dish")
                    onTriggered: bar.addDish()
                }
                MenuItem {
                    objectName: "mealDetailsMenuItem"
                    text: qsTr("Meal name, description and unit…")
                    onTriggered: mealDetailsDialog.open()
                }
            }
        }
        Button {
            objectName: "addDishButton"
            flat: true
            icon.source: KitchenStyle.art("plus")
            text: qsTr("Dish")
            onClicked: bar.addDish()
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("Add a new dish to the last lane and edit it")
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
            onActivated: index => {
                // Return in the open list with nothing highlighted (the meal is new or from a
                // file) activates index -1: that picks no meal, rather than a meal named "".
                if (index >= 0)
                    bar.openBuiltin(bar.document.builtinMeals[index])
                currentIndex = Qt.binding(() => bar.document.builtinMeals.indexOf(bar.document.source))
            }
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Pick one of the meals from the articles")
        }
        Label {
            objectName: "mealSummaryLabel"
            Layout.fillWidth: true
            Layout.minimumWidth: 40
            text: (bar.document.modified ? "● " : "") + (bar.document.summary.length > 0 ? bar.document.summary : bar.document.displayName)
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
                    text: qsTr("New meal\tCtrl+N")
                    onTriggered: bar.newMeal()
                }
                MenuItem {
                    text: qsTr("Open…\tCtrl+O")
                    onTriggered: bar.openMeal()
                }
                MenuItem {
                    text: qsTr("Save\tCtrl+S")
                    onTriggered: bar.save()
                }
                MenuItem {
                    text: qsTr("Save as…\tCtrl+Shift+S")
                    onTriggered: bar.saveAs()
                }
                MenuSeparator {}
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
