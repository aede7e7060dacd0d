// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// A panel's title with a short hint after it.
RowLayout {
    property string title
    property string hint

    spacing: 8
    Label {
        text: parent.title
        font.bold: true
        font.pixelSize: 15
        color: KitchenStyle.text
    }
    Label {
        Layout.fillWidth: true
        text: parent.hint
        color: KitchenStyle.textMuted
        font.pixelSize: 12
        elide: Text.ElideRight
    }
}
