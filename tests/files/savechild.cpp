// SPDX-License-Identifier: MIT
// save-child PATH SEED [--dishes N] [--as-nobody] [--file-size-limit BYTES]
// Saves a generated meal to PATH the way the window does, and prints the outcome.
// A separate process, so it can drop root (root ignores read-only folders) and
// shrink its own file size limit (a full disk) without touching the test runner.
#include "mealgenerator.h"
#include "mealsaver.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr uid_t nobody = 65534;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() < 3) {
        out << "usage: save-child PATH SEED [--dishes N] [--as-nobody] [--file-size-limit BYTES]\n";
        return 3;
    }
    if (arguments.contains(u"--as-nobody"_s) && geteuid() == 0
        && (setgid(nobody) != 0 || setuid(nobody) != 0)) {
        out << "cannot become nobody\n";
        return 3;
    }
    const qsizetype limitAt = arguments.indexOf(u"--file-size-limit"_s);
    if (limitAt > 0) {
        // Writes past the limit fail with EFBIG, as they would with ENOSPC on a full disk.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t bytes = arguments.value(limitAt + 1).toULongLong();
        const rlimit limit { bytes, bytes };
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0) {
            out << "cannot set the file size limit\n";
            return 3;
        }
    }
    const qsizetype dishesAt = arguments.indexOf(u"--dishes"_s);
    const int dishCount = dishesAt > 0 ? arguments.value(dishesAt + 1).toInt() : 200;
    const Kitchen::Meal meal = Kitchen::generateMeal(arguments[2].toUInt(), { .dishCount = dishCount });
    const Kitchen::SaveResult result = Kitchen::saveMealFile(arguments[1], meal);
    out << (result.ok() ? u"saved"_s : result.error) << '\n';
    return result.ok() ? 0 : 1;
}
