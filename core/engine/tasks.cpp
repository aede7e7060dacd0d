// SPDX-License-Identifier: MIT
#include "tasks.h"

namespace Kitchen {

QCoro::Task<Done> sleep(KitchenLoop &loop, Ticks duration, KitchenLoop::Callback onFire)
{
    if (duration <= 0) {
        co_await loop.nextTurn();
        co_return Done{};
    }
    auto timer = makeFuture<Done>(loop);
    loop.callAt(loop.now() + duration, [timer, onFire = std::move(onFire)] {
        if (onFire)
            onFire();
        timer->setResult({});
    });
    co_return co_await timer;
}

} // namespace Kitchen
