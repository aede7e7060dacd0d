// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// A compact choice in a row of choices, such as a lane's mode.
AbstractButton {
    id: button

    property string tip

    checkable: true
    implicitWidth: label.implicitWidth + 14
    implicitHeight: 26
    focusPolicy: Qt.StrongFocus

    background: Rectangle {
        radius: 5
        color: button.checked ? KitchenStyle.accent : (button.hovered ? KitchenStyle.panel : "transparent")
        border.color: button.visualFocus ? KitchenStyle.text : (button.checked ? KitchenStyle.accent : KitchenStyle.border)
        border.width: button.visualFocus ? 2 : 1
    }
    contentItem: Label {
        id: label
        text: button.text
        color: button.checked ? "white" : KitchenStyle.text
        font.pixelSize: 12
        font.bold: button.checked
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    ToolTip.visible: hovered && tip.length > 0
    ToolTip.delay: 500
    ToolTip.text: tip
}
