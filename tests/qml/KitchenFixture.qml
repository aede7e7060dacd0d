// SPDX-License-Identifier: MIT
import QtQuick
import Kitchen

/// The window's content with its own meal and player, at the size of the screenshots.
Item {
    id: fixture

    property alias document: meal
    property alias player: kitchenPlayer
    property alias view: kitchenView

    width: 1280
    height: 800

    MealDocument {
        id: meal
    }
    KitchenPlayer {
        id: kitchenPlayer
        document: meal
    }
    KitchenView {
        id: kitchenView
        anchors.fill: parent
        document: meal
        player: kitchenPlayer
    }
}
