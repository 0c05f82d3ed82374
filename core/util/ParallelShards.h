#pragma once

#include <algorithm>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace polaris {

/// Shards worth sharing a large piece of work out to on this machine: one per core, at most four
/// (beyond that the work is bound by memory, and the process's other threads need a core too).
inline unsigned availableShards()
{
    return std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

/// Runs work(shard) for shard = 0 .. shards - 1 at the same time: shard 0 on the calling thread,
/// each other on a thread of its own, and returns when all are done. The first exception any
/// shard throws is rethrown here once every thread has been joined (nothing is left running).
/// If a thread cannot be started, the calling thread runs that shard itself afterwards, so
/// every shard runs exactly once whatever the machine allows.
template <typename Work> void runShards(unsigned shards, Work&& work)
{
    std::mutex failedMutex;
    std::exception_ptr failed;
    const auto guarded = [&](unsigned shard) {
        try {
            work(shard);
        } catch (...) {
            const std::lock_guard lock(failedMutex);
            if (!failed) {
                failed = std::current_exception();
            }
        }
    };
    std::vector<std::thread> threads;
    std::vector<unsigned> leftOver;
    for (unsigned shard = 1; shard < shards; ++shard) {
        try {
            threads.emplace_back(guarded, shard);
        } catch (const std::system_error&) {
            leftOver.push_back(shard);
        }
    }
    guarded(0);
    for (const unsigned shard : leftOver) {
        guarded(shard);
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    if (failed) {
        std::rethrow_exception(failed);
    }
}

} // namespace polaris
