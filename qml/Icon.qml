// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.impl
import Kitchen

/// A one-colour symbol from resources/art, tinted to match the theme.
ColorImage {
    property string name
    property int size: 16

    source: name.length > 0 ? KitchenStyle.art(name) : ""
    sourceSize: Qt.size(size, size)
    color: KitchenStyle.text
}
