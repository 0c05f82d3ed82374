#include "core/scanner/ScanDriver.h"

#include "core/strategies/BinaryArbChecker.h"
#include "core/strategies/BondScanner.h"
#include "core/strategies/NegRiskSumChecker.h"
#include "core/strategies/NoConvertChecker.h"
#include "core/strategies/TailEndScanner.h"

namespace polaris {

ScanDriver::ScanDriver(ArbConfig config)
{
    m_scanner = makeScanner(config);
}

std::unique_ptr<ArbScanner> ScanDriver::makeScanner(const ArbConfig& config)
{
    std::vector<std::unique_ptr<StrategyChecker>> checkers;
    checkers.push_back(std::make_unique<NegRiskSumChecker>());
    checkers.push_back(std::make_unique<BinaryArbChecker>());
    checkers.push_back(std::make_unique<NoConvertChecker>());
    checkers.push_back(std::make_unique<BondScanner>());
    checkers.push_back(std::make_unique<TailEndScanner>(m_history));
    auto scanner = std::make_unique<ArbScanner>(config, std::move(checkers));
    scanner->setScanThreads(m_scanThreads);
    return scanner;
}

void ScanDriver::setScanThreads(unsigned threads)
{
    m_scanThreads = threads;
    m_scanner->setScanThreads(threads);
}

void ScanDriver::setConfig(const ArbConfig& config,
                           const Universe* universe,
                           const BookStore& books)
{
    // A new scanner: thresholds shape every checker's result, so nothing found under the old
    // ones is kept (ids reappear with new first-seen times). The price history is kept.
    m_scanner = makeScanner(config);
    if (universe != nullptr) {
        m_scanner->setUniverse(universe);
        fullScan(books, m_lastNowMs);
    }
}

void ScanDriver::fullScan(const BookStore& books, std::int64_t nowMs)
{
    m_lastNowMs = nowMs;
    const BookStoreSource source(books);
    const OpportunityDiff& diff = m_scanner->fullScan(source, nowMs);
    if (m_callback) {
        m_callback(*m_scanner, diff, nowMs);
    }
}

void ScanDriver::onUniverseChanged(const Universe& universe, const BookStore& books)
{
    m_scanner->setUniverse(&universe);
    m_history.reserve(books.size());
    ++m_universeVersion;
    if (m_incremental) {
        // A refresh while live: re-evaluate everything now rather than wait for book updates.
        fullScan(books, m_lastNowMs);
    }
}

void ScanDriver::onBooksChanged(std::span<const std::size_t> dirty,
                                const BookStore& books,
                                std::int64_t nowMs)
{
    m_lastNowMs = nowMs;
    m_dirtyTokens.clear();
    for (const std::size_t index : dirty) {
        const OrderBook& book = books.book(index);
        m_history.recordBook(book, nowMs);
        m_dirtyTokens.push_back(book.assetId());
    }
    if (!m_incremental) {
        return;
    }
    const BookStoreSource source(books);
    const OpportunityDiff& diff = m_scanner->rescanTokens(m_dirtyTokens, source, nowMs);
    if (m_callback && !diff.empty()) {
        m_callback(*m_scanner, diff, nowMs);
    }
}

} // namespace polaris
