// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <exception>

namespace Kitchen {

/** Python's repr() of a str: quotes, escapes and all, as print(f"{x!r}") shows it. */
[[nodiscard]] QString pythonRepr(const QString &text);

/**
 * @brief A Python exception travelling through the coroutines, known by its repr().
 *
 * A dish that burns raises RuntimeError(message); a TaskGroup gathers its
 * children's errors into an ExceptionGroup. main() prints the repr, which is
 * all the kitchen ever needs from an exception.
 */
class PythonError : public std::exception
{
public:
    explicit PythonError(QString repr, int dish = -1)
        : m_repr(std::move(repr))
        , m_dish(dish)
    {
    }

    /// `raise RuntimeError(message)` in dish @p dish.
    [[nodiscard]] static PythonError runtimeError(const QString &message, int dish);
    /// What a TaskGroup raises: `ExceptionGroup('unhandled errors in a TaskGroup', [...])`.
    [[nodiscard]] static PythonError exceptionGroup(const QStringList &errorReprs);

    [[nodiscard]] const QString &repr() const { return m_repr; }
    /// The dish that raised it, or -1 for a group.
    [[nodiscard]] int dish() const { return m_dish; }
    [[nodiscard]] const char *what() const noexcept override { return "PythonError"; }

private:
    QString m_repr;
    int m_dish;
};

/** @brief asyncio.CancelledError, thrown into a coroutine at the await where the cancel lands. */
class CancelledError : public std::exception
{
public:
    [[nodiscard]] const char *what() const noexcept override { return "CancelledError"; }
};

/** @brief TimeoutError, what `async with asyncio.timeout()` turns its own cancellation into. */
inline QString timeoutErrorRepr()
{
    return QStringLiteral("TimeoutError()");
}

} // namespace Kitchen
