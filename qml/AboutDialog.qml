// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Kitchen

/// Who made this, and what it teaches.
Dialog {
    id: dialog

    title: qsTr("About Async Kitchen")
    modal: true
    standardButtons: Dialog.Close
    width: 460
    Material.elevation: 0 // the shadow is a shader effect the software renderer drops

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            spacing: 12
            Image {
                source: KitchenStyle.art("app-icon")
                sourceSize: Qt.size(64, 64)
            }
            ColumnLayout {
                spacing: 2
                Label {
                    text: qsTr("Async Kitchen")
                    font.pixelSize: 20
                    font.bold: true
                }
                Label {
                    text: qsTr("Version %1").arg(Qt.application.version)
                    color: KitchenStyle.textMuted
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Learn Python's asyncio by cooking. Each dish is a coroutine and the cook is the event loop. A wait (await asyncio.sleep) lets a pot cook by itself while the cook does something else; blocking work (time.sleep) keeps the cook's hands busy, and then nothing else in the kitchen can move.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: KitchenStyle.textMuted
            text: qsTr("The meals follow the articles the app teaches from. Every run uses real QCoro coroutines on a Qt event loop. Built with Qt 6 and QCoro.")
        }
    }
}
