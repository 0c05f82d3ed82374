#pragma once

#include "core/secrets/MemorySecretStore.h"
#include "core/signing/PrivateKey.h"
#include "core/sim/SimServer.h"
#include "core/storage/DatabaseUrl.h"
#include "core/storage/StorageQueries.h"
#include "tests/core/signing/SigningVectors.h"
#include "tests/e2e/E2eMarket.h"
#include "tests/e2e/LiveStack.h"
#include "tests/e2e/TestThread.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <future>
#include <memory>
#include <optional>

namespace polaris::e2e {

/// One end-to-end run: a fresh simulator on the test's thread (fresh wallets and books), and a
/// LiveStack on an execution thread with the spec §8 test key in a MemorySecretStore, recording
/// into its own SQLite file. The test thread keeps serving the simulator while the stack works.
class LiveRun
{
public:
    explicit LiveRun(LiveStackOptions options, std::uint64_t seed = 7)
        : m_sim(startSim(seed))
        , m_key(std::move(signing::PrivateKey::fromHex(signing_vectors::kKeyHex)).value())
    {
        if (!m_sim) {
            return;
        }
        options.httpUrl = m_sim->httpUrl();
        options.wsUrl = m_sim->wsUrl();
        options.userWsUrl = m_sim->userWsUrl();
        if (options.dbPath.isEmpty()) {
            options.dbPath = m_dir.filePath(QStringLiteral("polaris.sqlite"));
        }
        m_options = options;
    }
    ~LiveRun()
    {
        m_thread.run([this] {
            m_stack.reset();
            m_store.reset();
            return true;
        });
    }

    /// Market data loaded, gateway ready (credentials derived through L1 against the sim).
    Status start()
    {
        if (!m_sim) {
            return Error{ErrorCode::Io, "the simulator did not start"};
        }
        auto started = std::make_shared<std::promise<Status>>();
        std::future<Status> done = started->get_future();
        const auto posted = m_thread.run([this, started] {
            m_store = std::make_unique<secrets::MemorySecretStore>();
            const Status stored = m_store->write(secrets::keyName(secrets::kPrivateKey),
                                                 QByteArray(signing_vectors::kKeyHex));
            if (!stored) {
                started->set_value(stored);
                return true;
            }
            m_stack = std::make_unique<LiveStack>(m_options);
            m_stack->start(*m_store, [started](Status s) { started->set_value(std::move(s)); });
            return true;
        });
        if (!posted
            || !QTest::qWaitFor(
                    [&] {
                        return done.wait_for(std::chrono::milliseconds(0))
                               == std::future_status::ready;
                    },
                    20'000)) {
            return Error{ErrorCode::Timeout, "the stack did not start within 20 s"};
        }
        return done.get();
    }

    std::optional<Opportunity> findA()
    {
        return m_thread.run([this] { return m_stack->findA(); }).value_or(std::nullopt);
    }

    ExecutionReport execute(const Opportunity& quote)
    {
        auto report = m_thread.run([this, quote] { return m_stack->execute(quote); });
        return report.value_or(ExecutionReport{});
    }

    /// Starts execute() and returns at once; collect the report with finished().
    void executeAsync(const Opportunity& quote)
    {
        auto promise = std::make_shared<std::promise<ExecutionReport>>();
        m_pending = promise->get_future();
        m_thread.post([this, quote, promise] { promise->set_value(m_stack->execute(quote)); });
    }
    std::optional<ExecutionReport> finished(int timeoutMs)
    {
        const bool ready = QTest::qWaitFor(
                [&] {
                    return m_pending.wait_for(std::chrono::milliseconds(0))
                           == std::future_status::ready;
                },
                timeoutMs);
        return ready ? std::optional(m_pending.get()) : std::nullopt;
    }

    template <typename F> auto onStack(F f)
    {
        return m_thread.run([this, f] { return f(*m_stack); });
    }
    /// A stored secret (read on the stack's thread, as the store requires).
    QByteArray secret(std::string_view name)
    {
        return m_thread
                .run([this, name] {
                    const Result<QByteArray> value = m_store->read(secrets::keyName(name));
                    return value.ok() ? value.value() : QByteArray();
                })
                .value_or(QByteArray());
    }

    sim::SimServer& sim() { return *m_sim; }
    signing::Address address() const { return m_key.address(); }
    const sim::SimWallet* wallet() const
    {
        return m_sim->exchange().accounts().findWallet(m_key.address());
    }
    Decimal simShares(const char* tokenId) const
    {
        const sim::SimWallet* w = wallet();
        return w ? w->sharesOf(m_sim->universe().findToken(tokenId)) : Decimal();
    }
    /// The simulator's orders of our account, in arrival order.
    std::vector<const sim::SimOrder*> simOrders() const
    {
        std::vector<const sim::SimOrder*> out;
        for (const sim::SimOrder& order : m_sim->exchange().store().orders()) {
            if (order.signer == m_key.address()) {
                out.push_back(&order);
            }
        }
        return out;
    }
    const sim::SimOrder* simOrder(const std::string& id) const
    {
        for (const sim::SimOrder* order : simOrders()) {
            if (order->id == id) {
                return order;
            }
        }
        return nullptr;
    }
    Result<StorageQueries> queries() const
    {
        DatabaseUrl url;
        url.path = m_options.dbPath;
        return StorageQueries::open(url);
    }
    QString dbPath() const { return m_options.dbPath; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_sim;
    signing::PrivateKey m_key;
    LiveStackOptions m_options;
    TestThread m_thread;
    std::unique_ptr<secrets::MemorySecretStore> m_store; // on m_thread
    std::unique_ptr<LiveStack> m_stack;                  // on m_thread
    std::future<ExecutionReport> m_pending;
};

} // namespace polaris::e2e
