// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Kitchen

/// A menu with a flat framed background: Material's shadow is a shader effect that the
/// software renderer (offscreen, screenshots, some VMs) drops, and the menu vanished with it.
Menu {
    Material.elevation: 0

    background: Rectangle {
        implicitWidth: 260
        implicitHeight: 40
        radius: 4
        color: KitchenStyle.panel
        border.color: KitchenStyle.border
    }
}
