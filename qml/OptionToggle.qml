// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// A small on/off option with a box to tick, such as a lane's return_exceptions: quieter than
/// a SegmentButton, so it does not read as one more mode to pick.
AbstractButton {
    id: option

    property string tip
    /// Code names (return_exceptions, asyncio.timeout) read best in the code font.
    property bool code: true

    checkable: true
    focusPolicy: Qt.StrongFocus
    implicitWidth: row.implicitWidth + 10
    implicitHeight: 26
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: 5
        color: option.hovered ? KitchenStyle.panel : "transparent"
        border.color: option.visualFocus ? KitchenStyle.text : "transparent"
        border.width: 2
    }
    contentItem: Row {
        id: row
        spacing: 5
        leftPadding: 5
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 14
            height: 14
            radius: 3
            color: option.checked ? KitchenStyle.accent : "transparent"
            border.color: option.checked ? KitchenStyle.accent : KitchenStyle.textMuted
            border.width: 1.5
            Icon {
                anchors.centerIn: parent
                visible: option.checked
                name: "check"
                size: 12
                color: "white"
            }
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: option.text
            font.pixelSize: 12
            font.family: option.code ? KitchenStyle.monoFont : option.font.family
            color: option.checked ? KitchenStyle.text : KitchenStyle.textMuted
        }
    }

    ToolTip.visible: hovered && tip.length > 0
    ToolTip.delay: 500
    ToolTip.text: tip
}
