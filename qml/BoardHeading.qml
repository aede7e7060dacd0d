// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// A heading on the event-loop board.
Label {
    Layout.topMargin: 6
    font.pixelSize: 11
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 1
    color: Qt.rgba(KitchenStyle.chalk.r, KitchenStyle.chalk.g, KitchenStyle.chalk.b, 0.7)
}
