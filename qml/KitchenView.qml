// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// The whole window's content: editor on the left, kitchen and timeline on the right.
/// Kept apart from Main.qml so the Quick tests can load it on its own.
Item {
    id: view

    required property MealDocument document
    required property KitchenPlayer player

    signal aboutRequested
    signal quitRequested

    /// The floating card a dish drag carries, above everything else.
    readonly property alias dragGhost: ghost
    /// What goes wrong in the meal's predicted run, for the warnings tab.
    readonly property alias warnings: warningsModel

    WarningsModel {
        id: warningsModel
        document: view.document
    }
    // A pointer into the meal means nothing in another meal.
    Connections {
        target: view.document
        function onMealOpened() { view.document.clearSelection() }
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: view.document.canUndo
        onActivated: view.document.undo()
    }
    Shortcut {
        // Ctrl+Shift+Z everywhere; on some platforms it is also StandardKey.Redo, hence "ambiguously".
        sequences: [StandardKey.Redo, "Ctrl+Shift+Z"]
        enabled: view.document.canRedo
        onActivated: view.document.redo()
        onActivatedAmbiguously: view.document.redo()
    }
    Shortcut {
        sequence: "Ctrl+P"
        onActivated: header.togglePlay()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HeaderBar {
            id: header
            Layout.fillWidth: true
            document: view.document
            player: view.player
            onAboutRequested: view.aboutRequested()
            onQuitRequested: view.quitRequested()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: KitchenStyle.spacing
            spacing: KitchenStyle.spacing

            EditorPanel {
                Layout.preferredWidth: Math.max(340, Math.min(440, view.width * 0.31))
                Layout.fillHeight: true
                document: view.document
                player: view.player
                dragGhost: ghost
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: KitchenStyle.spacing

                RowLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 420
                    spacing: KitchenStyle.spacing

                    KitchenScene {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 560
                        Layout.minimumWidth: 360
                        Layout.fillHeight: true
                        document: view.document
                        player: view.player
                    }

                    ColumnLayout {
                        readonly property int boardWidth: Math.min(290, Math.max(240, view.width * 0.23))
                        Layout.fillWidth: false
                        Layout.preferredWidth: boardWidth
                        Layout.maximumWidth: boardWidth
                        Layout.fillHeight: true
                        spacing: KitchenStyle.spacing

                        LoopBoard {
                            Layout.fillWidth: true
                            Layout.preferredHeight: implicitHeight
                            document: view.document
                            player: view.player
                        }
                        SidePanel {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            document: view.document
                            player: view.player
                            warnings: warningsModel
                        }
                    }
                }

                TimelinePanel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 300
                    Layout.minimumHeight: 230
                    document: view.document
                    player: view.player
                }
            }
        }
    }

    DishDragGhost {
        id: ghost
    }
}
