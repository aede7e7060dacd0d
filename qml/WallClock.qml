// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Kitchen

/// The kitchen's clock: the meal's time, with a hand that goes once round per meal.
Item {
    id: clock

    property real time: 0
    property real total: 1
    property string unit: "min"
    property bool alarm: false

    implicitWidth: 64
    implicitHeight: 82

    Rectangle {
        id: face
        width: 60
        height: 60
        anchors.horizontalCenter: parent.horizontalCenter
        radius: 30
        color: KitchenStyle.panel
        border.color: clock.alarm ? KitchenStyle.work : KitchenStyle.textMuted
        border.width: 3

        Repeater {
            model: 12
            Rectangle {
                required property int index
                x: face.width / 2 - 1
                y: 4
                width: 2
                height: index % 3 === 0 ? 6 : 3
                color: KitchenStyle.textMuted
                transform: Rotation { origin.x: 1; origin.y: 26; angle: index * 30 }
            }
        }
        Rectangle {
            x: face.width / 2 - 1.5
            y: 8
            width: 3
            height: 22
            radius: 1.5
            color: clock.alarm ? KitchenStyle.work : KitchenStyle.accent
            transform: Rotation {
                origin.x: 1.5
                origin.y: 22
                angle: clock.total > 0 ? 360 * Math.min(1, clock.time / clock.total) : 0
            }
        }
        Rectangle {
            anchors.centerIn: parent
            width: 6
            height: 6
            radius: 3
            color: KitchenStyle.text
        }
    }
    Label {
        anchors.top: face.bottom
        anchors.topMargin: 2
        anchors.horizontalCenter: parent.horizontalCenter
        // Tenths are enough for a clock; the log and the timeline keep the exact times.
        text: KitchenStyle.duration(Math.floor(clock.time * 10 + 1e-6) / 10, clock.unit)
        font.family: KitchenStyle.monoFont
        font.bold: true
        color: KitchenStyle.text
    }
}
