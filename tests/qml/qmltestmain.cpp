// SPDX-License-Identifier: MIT
// The Quick Test runner: the Kitchen module is linked in, and found under qrc:/.
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

namespace {
/// Every warning, critical and fatal message while a test watches for them, from any thread.
struct WarningLog {
    QMutex mutex;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    int count = 0;
    QStringList texts; ///< the first ones, with their category
};

WarningLog &warningLog()
{
    static WarningLog log;
    return log;
}

void countingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    WarningLog &log = warningLog();
    QtMessageHandler previous = nullptr;
    {
        const QMutexLocker lock(&log.mutex);
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
            ++log.count;
            if (log.texts.size() < 20) {
                const QString category = context.category ? QString::fromUtf8(context.category) : QString();
                log.texts << (category.isEmpty() || category == u"default"_s ? message : category + u": "_s + message);
            }
        }
        previous = log.previous;
    }
    if (previous)
        previous(type, context, message); // QtTest's own handler still logs it
}
} // namespace

/**
 * @brief What the monkey test needs from C++: a count of every warning, and
 * QAbstractItemModelTester on each model the window uses, nested models included.
 */
class TestProbe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TestProbe() override { stopWatchingWarnings(); }

    /// Counts warnings from now on (and forgets earlier ones). Other tests never call it.
    Q_INVOKABLE void watchWarnings()
    {
        WarningLog &log = warningLog();
        const QMutexLocker lock(&log.mutex);
        log.count = 0;
        log.texts.clear();
        if (!log.installed) {
            log.previous = qInstallMessageHandler(countingMessageHandler);
            log.installed = true;
        }
    }
    /// Gives the messages back to the handler that had them before.
    Q_INVOKABLE void stopWatchingWarnings()
    {
        WarningLog &log = warningLog();
        const QMutexLocker lock(&log.mutex);
        if (!log.installed)
            return;
        const QtMessageHandler current = qInstallMessageHandler(log.previous);
        if (current != countingMessageHandler)
            qInstallMessageHandler(current); // someone installed theirs after ours: leave it
        log.installed = false;
    }
    Q_INVOKABLE int warningCount() const
    {
        WarningLog &log = warningLog();
        const QMutexLocker lock(&log.mutex);
        return log.count;
    }
    Q_INVOKABLE QStringList warnings() const
    {
        WarningLog &log = warningLog();
        const QMutexLocker lock(&log.mutex);
        return log.texts;
    }

    /**
     * Attaches a QAbstractItemModelTester (reporting by qWarning, so the warning count
     * sees every failure) to @p object if it is a model, and to every model it hands out
     * in its rows, now and whenever rows come. Each model gets one tester, which dies
     * with it. Returns how many testers are alive.
     */
    Q_INVOKABLE int attachModelTester(QObject *object)
    {
        attach(qobject_cast<QAbstractItemModel *>(object));
        return testerCount();
    }
    Q_INVOKABLE int testerCount()
    {
        m_watched.removeAll(nullptr);
        return int(m_watched.size());
    }

    /// Waits until the window of @p item has laid out every item that asked for it, so
    /// positions read next are the ones the user would see. Quick when nothing waits.
    Q_INVOKABLE bool waitForPolish(QQuickItem *item, int timeout = 5000) const
    {
        return item && item->window() && QQuickTest::qWaitForPolish(item->window(), timeout);
    }

    /// An environment variable, for overrides such as the monkey's seed.
    Q_INVOKABLE QString environment(const QString &name) const { return qEnvironmentVariable(name.toUtf8().constData()); }

private:
    void attach(QAbstractItemModel *model)
    {
        if (!model || m_watched.contains(model))
            return;
        m_watched << model;
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, model);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this, model](const QModelIndex &parent, int first, int last) { attachNested(model, parent, first, last); });
        connect(model, &QAbstractItemModel::modelReset, this,
                [this, model] { attachNested(model, {}, 0, model->rowCount() - 1); });
        attachNested(model, {}, 0, model->rowCount() - 1);
    }
    /// A role whose value is a model (a lane's dishes) gets its own tester.
    void attachNested(QAbstractItemModel *model, const QModelIndex &parent, int first, int last)
    {
        const QList<int> roles = model->roleNames().keys();
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            for (const int role : roles) {
                const QVariant value = model->data(index, role);
                if (value.metaType().flags() & QMetaType::PointerToQObject)
                    attach(qobject_cast<QAbstractItemModel *>(value.value<QObject *>()));
            }
        }
    }

    QList<QPointer<QAbstractItemModel>> m_watched;
};

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
        engine->rootContext()->setContextProperty(u"testProbe"_s, &m_probe);
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
    TestProbe m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(kitchen, KitchenTestSetup)

#include "qmltestmain.moc"
