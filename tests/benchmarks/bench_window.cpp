// SPDX-License-Identifier: MIT
// The window: the time from launch to the first frame, resident memory, and the
// frame times while a 30-dish meal plays and while a blocking step holds the
// kitchen loop. The peer is a bare Qt Quick window of the same size animating 30
// bars, launched the same way on the same platform in the same run: what any
// Qt Quick window costs here, before the kitchen adds anything.
//
// With no arguments this program conducts: it launches itself as "--child app"
// and "--child peer" a few times each, and prints the table. Each child measures
// one window and prints its figures as one line of JSON. It renders on whatever
// platform it is given (tests/benchmarks/run uses xvfb-run when there is no
// display); with no display at all it falls back to QT_QPA_PLATFORM=offscreen.
#include "benchmeals.h"
#include "benchtable.h"
#include "kitchenplayer.h"
#include "launchoptions.h"
#include "mealdocument.h"
#include "mealfile.h"
#include "simulation.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace Kitchen;
using namespace Qt::StringLiterals;

namespace {

constexpr int launches = 3;          ///< of each window; the first-frame and memory figures are medians
constexpr int dishes = 30;
constexpr double secondsPerUnit = 0.1; ///< the speed slider's range is 0.05 … 2
constexpr double holdUnits = 20;       ///< the blocking step: 2 s at this speed
constexpr int settleMs = 500;          ///< after the first frame, and after opening a meal
constexpr int tailMs = 100;            ///< after the run: the frame that follows its last report
constexpr int gapTargetMs = 50;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// ---------------------------------------------------------------- the child

/// A window's frames: when each was swapped, on a clock started at main().
class FrameLog
{
public:
    explicit FrameLog(const QElapsedTimer &clock)
        : m_clock(clock)
    {
    }

    /// Records every frame of @p window and asks for the next one as soon as one is out,
    /// so the window renders all the time and a frame can only come late if a thread is held.
    void attach(QQuickWindow *window)
    {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this] {
                const qint64 now = m_clock.nsecsElapsed();
                const QMutexLocker lock(&m_mutex);
                if (m_swaps.isEmpty()) {
                    m_firstSteadyNs = steadyNs();
                    m_renderThread = QThread::currentThread() != qApp->thread();
                }
                m_swaps.append(now);
            },
            Qt::DirectConnection);
        QObject::connect(window, &QQuickWindow::frameSwapped, window, &QQuickWindow::update, Qt::QueuedConnection);
        QObject::connect(
            window, &QQuickWindow::afterRendering, window,
            [this] {
                const QMutexLocker lock(&m_mutex);
                if (!m_glRenderer.isEmpty())
                    return;
                QOpenGLContext *context = QOpenGLContext::currentContext();
                const auto *name = context ? context->functions()->glGetString(GL_RENDERER) : nullptr;
                m_glRenderer = name ? QString::fromLatin1(reinterpret_cast<const char *>(name)) : u"-"_s;
            },
            Qt::DirectConnection);
    }

    [[nodiscard]] qint64 count() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_swaps.size();
    }
    [[nodiscard]] qint64 firstNs() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_swaps.isEmpty() ? -1 : m_swaps.first();
    }
    [[nodiscard]] qint64 firstSteadyNs() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_firstSteadyNs;
    }
    [[nodiscard]] bool renderThread() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_renderThread;
    }
    [[nodiscard]] QString glRenderer() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_glRenderer;
    }

    /// The intervals between the frames swapped from @p from to @p to (clock ns), in ms, and
    /// the largest gap, counting the edges: a window that stops drawing shows as one long gap.
    [[nodiscard]] QJsonObject span(qint64 from, qint64 to) const
    {
        const QMutexLocker lock(&m_mutex);
        QJsonArray intervals;
        qint64 previous = from;
        qint64 largest = 0;
        bool any = false;
        for (qint64 swap : m_swaps) {
            if (swap < from || swap > to)
                continue;
            if (any)
                intervals.append(double(swap - previous) / 1e6);
            largest = std::max(largest, swap - previous);
            previous = swap;
            any = true;
        }
        largest = std::max(largest, to - previous);
        return {{u"intervals"_s, intervals}, {u"gap"_s, double(largest) / 1e6}, {u"ms"_s, double(to - from) / 1e6}};
    }

private:
    const QElapsedTimer &m_clock;
    mutable QMutex m_mutex;
    QList<qint64> m_swaps;
    qint64 m_firstSteadyNs = -1;
    bool m_renderThread = false;
    QString m_glRenderer;
};

/// Runs the event loop until @p done, or for @p timeoutMs; false on time-out.
template<typename Done>
bool runUntil(Done done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll; // a light poll: the frames come from the render thread
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QString graphicsApi(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return u"software"_s;
    case QSGRendererInterface::OpenGL:
        return u"OpenGL"_s;
    case QSGRendererInterface::Vulkan:
        return u"Vulkan"_s;
    default:
        return u"other"_s;
    }
}

/// What every child reports once its window is gone from the screen.
QJsonObject commonFigures(const FrameLog &frames, QQuickWindow *window, qint64 spawnNs)
{
    return {{u"platform"_s, QGuiApplication::platformName()},
            {u"graphics"_s, graphicsApi(window)},
            {u"glRenderer"_s, frames.glRenderer()},
            {u"renderThread"_s, frames.renderThread()},
            {u"launchMs"_s, double(frames.firstSteadyNs() - spawnNs) / 1e6},
            {u"fromMainMs"_s, double(frames.firstNs()) / 1e6},
            {u"rssKb"_s, double(BenchTable::procStatusKb("VmRSS"))},
            {u"hwmKb"_s, double(BenchTable::procStatusKb("VmHWM"))}};
}

int childFailed(const char *what)
{
    std::fprintf(stderr, "bench_window: %s\n", what);
    return 1;
}

void report(const QJsonObject &figures)
{
    std::fputs(QJsonDocument(figures).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
}

/// The app's own window, built by the app's own code, playing the two meals.
int runApp(const QElapsedTimer &clock, qint64 spawnNs, const QString &mealFile, const QString &blockingFile)
{
    Launch::setUpApplication();
    FrameLog frames(clock); // outlives the window, whose render thread writes to it
    bool done = false;
    bool blocked = false;
    qint64 blockStart = 0;
    std::pair<qint64, qint64> longest{0, 0};
    MealDocument document;
    if (!document.open(mealFile))
        return childFailed("cannot open the meal");
    KitchenPlayer player;
    player.setDocument(&document);
    QQmlApplicationEngine engine;
    QQuickWindow *window = Launch::loadWindow(engine, &document, &player, false);
    if (!window)
        return childFailed("the window could not be created");
    frames.attach(window);
    if (!runUntil([&] { return frames.count() > 0; }, 60'000))
        return childFailed("no first frame within a minute");
    runFor(settleMs);

    // A 30-dish meal plays, from Play until just after the run's last report.
    QObject::connect(&player, &KitchenPlayer::finished, &player, [&] { done = true; });
    player.setSecondsPerUnit(secondsPerUnit);
    const qint64 playedAt = clock.nsecsElapsed();
    player.play();
    if (!runUntil([&] { return done; }, 120'000))
        return childFailed("the meal did not finish within two minutes");
    runFor(tailMs);
    const QJsonObject meal = frames.span(playedAt, clock.nsecsElapsed());

    // The same meal with a blocking step: the span the window shows the loop held.
    if (!document.open(blockingFile))
        return childFailed("cannot open the blocking meal");
    runFor(settleMs);
    done = false;
    QObject::connect(&player, &KitchenPlayer::frameChanged, &player, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (player.isLoopBlocked() && !blocked)
            blockStart = now;
        else if (!player.isLoopBlocked() && blocked && now - blockStart > longest.second - longest.first)
            longest = {blockStart, now};
        blocked = player.isLoopBlocked();
    });
    player.play();
    if (!runUntil([&] { return done; }, 120'000))
        return childFailed("the blocking meal did not finish within two minutes");
    if (longest.second == 0)
        return childFailed("the window never showed the loop held");
    runFor(tailMs);

    QJsonObject figures = commonFigures(frames, window, spawnNs);
    figures.insert(u"meal"_s, meal);
    figures.insert(u"blocked"_s, frames.span(longest.first, longest.second));
    report(figures);
    return 0;
}

/// The peer: a bare Qt Quick window of the app's size, animating 30 bars, nothing else.
const char peerQml[] = R"(
import QtQuick

Window {
    width: 1280
    height: 800
    visible: true
    color: "#f7f3ec"
    Column {
        x: 24
        y: 24
        spacing: 6
        Repeater {
            model: 30
            Rectangle {
                required property int index
                height: 18
                radius: 4
                color: index % 2 ? "#2a9d8f" : "#e76f51"
                NumberAnimation on width {
                    from: 40; to: 1200; duration: 1500 + 37 * index
                    loops: Animation.Infinite
                }
            }
        }
    }
}
)";

int runPeer(const QElapsedTimer &clock, qint64 spawnNs, int mealMs, int blockMs)
{
    FrameLog frames(clock); // outlives the window, whose render thread writes to it
    QQmlApplicationEngine engine;
    engine.loadData(peerQml);
    auto *window = engine.rootObjects().isEmpty() ? nullptr
                                                  : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return childFailed("the window could not be created");
    frames.attach(window);
    if (!runUntil([&] { return frames.count() > 0; }, 60'000))
        return childFailed("no first frame within a minute");
    runFor(settleMs);
    const qint64 mealAt = clock.nsecsElapsed();
    runFor(mealMs);
    const qint64 blockAt = clock.nsecsElapsed();
    runFor(blockMs);
    const qint64 end = clock.nsecsElapsed();

    QJsonObject figures = commonFigures(frames, window, spawnNs);
    figures.insert(u"meal"_s, frames.span(mealAt, blockAt));
    figures.insert(u"blocked"_s, frames.span(blockAt, end));
    report(figures);
    return 0;
}

// ---------------------------------------------------------------- the conductor

/// One window's figures over every launch.
struct Pooled {
    QList<double> launchMs, fromMainMs, rssMiB, hwmMiB;
    QList<double> meal, blocked; ///< frame intervals of every launch, ms
    double mealGap = 0, blockedGap = 0;
    QJsonObject last;

    void add(const QJsonObject &figures)
    {
        launchMs << figures[u"launchMs"].toDouble();
        fromMainMs << figures[u"fromMainMs"].toDouble();
        rssMiB << figures[u"rssKb"].toDouble() / 1024;
        hwmMiB << figures[u"hwmKb"].toDouble() / 1024;
        for (const QJsonValue value : figures[u"meal"][u"intervals"].toArray())
            meal << value.toDouble();
        for (const QJsonValue value : figures[u"blocked"][u"intervals"].toArray())
            blocked << value.toDouble();
        mealGap = std::max(mealGap, figures[u"meal"][u"gap"].toDouble());
        blockedGap = std::max(blockedGap, figures[u"blocked"][u"gap"].toDouble());
        last = figures;
    }
};

QJsonObject launchChild(const QStringList &arguments, const QProcessEnvironment &environment, QString *problem)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    const qint64 spawnNs = steadyNs();
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{u"--child"_s, arguments.first(), QString::number(spawnNs)} + arguments.mid(1));
    if (!child.waitForFinished(300'000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *problem = u"the %1 window failed: %2"_s.arg(arguments.first(),
                                                     QString::fromUtf8(child.readAllStandardError()).trimmed());
        return {};
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

QString ratio(double kitchen, double peer)
{
    return peer > 0 ? u"%1x"_s.arg(kitchen / peer, 0, 'f', 2) : u"-"_s;
}

void addFrameRows(BenchTable::Table &table, const QString &what, const QList<double> &kitchen,
                  const QList<double> &peer, double kitchenGap, double peerGap)
{
    const double k50 = BenchTable::percentile(kitchen, 50), p50 = BenchTable::percentile(peer, 50);
    const double k95 = BenchTable::percentile(kitchen, 95), p95 = BenchTable::percentile(peer, 95);
    table.add({what + u": frame time p50, ms"_s, ms(k50), ms(p50), ratio(k50, p50), {}, {}});
    table.add({what + u": frame time p95, ms"_s, ms(k95), ms(p95), ratio(k95, p95), {}, {}});
    table.add({what + u": largest gap, ms"_s, ms(kitchenGap), ms(peerGap), ratio(kitchenGap, peerGap),
               u"no gap over %1 ms"_s.arg(gapTargetMs), BenchTable::verdict(kitchenGap <= gapTargetMs)});
}

int conduct(int argc, char *argv[])
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString platformNote;
    if (const QString missing = Launch::missingDisplay(argc, argv); !missing.isEmpty()) {
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        platformNote = u" (no display: fell back to offscreen; run under xvfb-run for X11 frame pacing)"_s;
    }
    QTemporaryDir dir;
    // The children keep their recent files and recovery files away from the user's.
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    environment.insert(u"ASYNC_KITCHEN_RECOVERY_DIR"_s, dir.filePath(u"recovery"_s));

    const Meal meal = BenchMeals::gatherMeal(dishes);
    const Meal blocking = BenchMeals::blockingMeal(dishes, holdUnits);
    const QString mealFile = dir.filePath(u"meal.json"_s);
    const QString blockingFile = dir.filePath(u"blocking.json"_s);
    for (const auto &[path, content] : {std::pair{mealFile, meal}, std::pair{blockingFile, blocking}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(writeMeal(content)) < 0)
            return 1;
    }
    const double mealSeconds = toUnits(simulate(meal).total) * secondsPerUnit;
    const int mealMs = int(mealSeconds * 1000) + tailMs;
    const int blockMs = int(holdUnits * secondsPerUnit * 1000);

    Pooled kitchen, peer;
    QString problem;
    for (int launch = 0; launch < launches; ++launch) {
        // Alternate which goes first, so neither always meets the cooler file cache.
        const QStringList appArguments{u"app"_s, mealFile, blockingFile};
        const QStringList peerArguments{u"peer"_s, QString::number(mealMs), QString::number(blockMs)};
        for (const QStringList &arguments : launch % 2 ? QList{appArguments, peerArguments}
                                                        : QList{peerArguments, appArguments}) {
            const QJsonObject figures = launchChild(arguments, environment, &problem);
            if (figures.isEmpty()) {
                std::fprintf(stderr, "bench_window: %s\n", qPrintable(problem));
                return 1;
            }
            (arguments.first() == u"app" ? kitchen : peer).add(figures);
        }
    }

    const QJsonObject &about = kitchen.last;
    QString graphics = about[u"graphics"].toString();
    if (graphics == u"OpenGL")
        graphics += u" (%1)"_s.arg(about[u"glRenderer"].toString());
    QTextStream(stdout) << "Platform " << about[u"platform"].toString() << platformNote << ", " << graphics
                        << ", frames swapped on the "
                        << (about[u"renderThread"].toBool() ? "render thread" : "GUI thread") << "; " << launches
                        << " launches of each window, both rendering continuously.\n"
                        << "Meal: " << dishes << " dishes x 10 steps under gather at " << secondsPerUnit
                        << " s per unit (" << mealSeconds << " s). Blocking: the same meal, its first dish holding "
                        << "the kitchen loop for " << holdUnits << " units (" << holdUnits * secondsPerUnit
                        << " s); frames counted while the window shows the loop held.\n"
                        << "Peer: a bare Qt Quick window of the same size animating 30 bars (no Controls, no "
                        << "kitchen), launched the same way, over spans of the same length.\n\n";
    BenchTable::Table table({u"measure"_s, u"Async Kitchen"_s, u"bare Qt Quick"_s, u"kitchen / bare"_s,
                             u"target"_s, u"met"_s});
    const double launchK = BenchTable::percentile(kitchen.launchMs, 50);
    const double launchP = BenchTable::percentile(peer.launchMs, 50);
    const double mainK = BenchTable::percentile(kitchen.fromMainMs, 50);
    const double mainP = BenchTable::percentile(peer.fromMainMs, 50);
    table.add({u"launch (spawn) -> first frame, ms (median)"_s, ms(launchK), ms(launchP), ratio(launchK, launchP),
               {}, {}});
    table.add({u"main() -> first frame, ms (median)"_s, ms(mainK), ms(mainP), ratio(mainK, mainP), {}, {}});
    const double rssK = BenchTable::percentile(kitchen.rssMiB, 50), rssP = BenchTable::percentile(peer.rssMiB, 50);
    const double hwmK = BenchTable::percentile(kitchen.hwmMiB, 50), hwmP = BenchTable::percentile(peer.hwmMiB, 50);
    table.add({u"resident memory after the runs (VmRSS), MiB"_s, ms(rssK), ms(rssP), ratio(rssK, rssP), {}, {}});
    table.add({u"peak resident memory (VmHWM), MiB"_s, ms(hwmK), ms(hwmP), ratio(hwmK, hwmP), {}, {}});
    addFrameRows(table, u"meal playing"_s, kitchen.meal, peer.meal, kitchen.mealGap, peer.mealGap);
    addFrameRows(table, u"loop held"_s, kitchen.blocked, peer.blocked, kitchen.blockedGap, peer.blockedGap);
    table.print();
    QTextStream(stdout) << "\nFrames: " << kitchen.meal.size() + kitchen.blocked.size() << " of the kitchen's, "
                        << peer.meal.size() + peer.blocked.size()
                        << " of the peer's. A gap counts the span's edges, so a window that stops drawing shows.\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc >= 4 && qstrcmp(argv[1], "--child") == 0) {
        const QByteArray kind = argv[2];
        const qint64 spawnNs = QByteArray(argv[3]).toLongLong();
        QGuiApplication app(argc, argv);
        if (kind == "app" && argc == 6)
            return runApp(sinceMain, spawnNs, QString::fromLocal8Bit(argv[4]), QString::fromLocal8Bit(argv[5]));
        if (kind == "peer" && argc == 6)
            return runPeer(sinceMain, spawnNs, QByteArray(argv[4]).toInt(), QByteArray(argv[5]).toInt());
        return 2;
    }
    QCoreApplication app(argc, argv);
    return conduct(argc, argv);
}
