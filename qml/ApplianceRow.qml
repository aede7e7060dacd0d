// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Kitchen

/// One appliance in the meal details: its id (its name in the code), what people read, how
/// many dishes fit at once, and a way to remove it. A bad id says why and is not applied.
ColumnLayout {
    id: row

    required property MealDocument document
    required property int applianceIndex
    /// The appliance as the document has it now: {id, name, capacity, uses}.
    readonly property var appliance: document.appliances[applianceIndex] ?? ({})
    /// Why the id typed last cannot be used; empty when it was applied.
    property string problem

    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        spacing: 6

        TextField {
            id: idField
            objectName: "applianceId_" + row.applianceIndex
            Layout.preferredWidth: 110
            font.family: KitchenStyle.monoFont
            font.pixelSize: 13
            text: row.appliance.id ?? ""
            placeholderText: qsTr("id")
            onTextEdited: {
                row.problem = row.document.applianceIdProblem(row.appliance.id, text)
                if (row.problem.length === 0)
                    row.document.setApplianceId(row.appliance.id, text)
            }
            onEditingFinished: {
                row.document.endTyping()
                row.problem = ""
                text = Qt.binding(() => row.appliance.id ?? "") // a refused id goes back to the real one
            }
            ToolTip.visible: hovered && row.problem.length === 0
            ToolTip.delay: 500
            ToolTip.text: qsTr("Its name in the code: %1 = asyncio.Semaphore(%2)").arg(row.appliance.id ?? "").arg(row.appliance.capacity ?? 1)
        }
        TextField {
            objectName: "applianceName_" + row.applianceIndex
            Layout.fillWidth: true
            text: row.appliance.name ?? ""
            placeholderText: qsTr("Name, e.g. Burner")
            onTextEdited: row.document.setApplianceName(row.appliance.id, text)
            onEditingFinished: row.document.endTyping()
        }
        SpinBox {
            objectName: "applianceCapacity_" + row.applianceIndex
            from: 1
            to: 1000
            editable: true
            implicitWidth: 120
            value: row.appliance.capacity ?? 1
            onValueModified: {
                row.document.setApplianceCapacity(row.appliance.id, value)
                value = Qt.binding(() => row.appliance.capacity ?? 1)
            }
            onActiveFocusChanged: if (!activeFocus) row.document.endTyping()
            Accessible.name: qsTr("Room for")
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("How many steps can hold it at once; the next one waits its turn")
        }
        ToolButton {
            objectName: "removeAppliance_" + row.applianceIndex
            icon.source: KitchenStyle.art("trash")
            implicitWidth: 32
            padding: 4
            onClicked: {
                const doc = row.document, id = row.appliance.id
                Qt.callLater(() => doc.removeAppliance(id))
            }
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: (row.appliance.uses ?? 0) > 0
                          ? qsTr("Remove it; the %n step(s) that hold it hold nothing then", "", row.appliance.uses)
                          : qsTr("Remove it")
        }
    }
    Label {
        objectName: "applianceProblem_" + row.applianceIndex
        visible: row.problem.length > 0
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        color: KitchenStyle.work
        text: row.problem
    }
}
