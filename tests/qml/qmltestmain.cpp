// SPDX-License-Identifier: MIT
// The Quick Test runner: the Kitchen module is linked in, and found under qrc:/.
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

/** @brief Prepares every test file's engine the way the app prepares its own. */
class KitchenTestSetup : public QObject
{
    Q_OBJECT
public:
    KitchenTestSetup()
    {
        // Runs before the application exists, so the platform can still be chosen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickStyle::setStyle(u"Material"_s);
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(kitchen, KitchenTestSetup)

#include "qmltestmain.moc"
