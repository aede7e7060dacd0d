// SPDX-License-Identifier: MIT
// The Quick Test runner: the Kitchen module is linked in, and found under qrc:/.
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
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
        QStandardPaths::setTestModeEnabled(true); // recent files stay out of the user's settings
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        // Files the tests write (saved meals, bad meals) go here and vanish afterwards.
        engine->rootContext()->setContextProperty(u"testFolder"_s, QUrl::fromLocalFile(m_folder.path()));
        engine->rootContext()->setContextProperty(u"testFiles"_s, this);
    }

public:
    /// Writes @p text to @p file, for tests that need a meal file on disk.
    Q_INVOKABLE bool write(const QUrl &file, const QString &text)
    {
        QFile out(file.toLocalFile());
        return out.open(QIODevice::WriteOnly) && out.write(text.toUtf8()) == text.toUtf8().size();
    }

private:
    QTemporaryDir m_folder;
};

QUICK_TEST_MAIN_WITH_SETUP(kitchen, KitchenTestSetup)

#include "qmltestmain.moc"
