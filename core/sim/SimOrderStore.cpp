#include "core/sim/SimOrderStore.h"

#include <algorithm>

namespace polaris::sim {

SimOrder& SimOrderStore::addOrder(SimOrder order)
{
    m_orderIndex[order.id] = m_orders.size();
    m_orders.push_back(std::move(order));
    return m_orders.back();
}

SimOrder* SimOrderStore::findOrder(const std::string& id)
{
    const auto it = m_orderIndex.find(id);
    return it == m_orderIndex.end() ? nullptr : &m_orders[it->second];
}

SimTrade& SimOrderStore::addTrade(SimTrade trade)
{
    m_tradeIndex[trade.id] = m_trades.size();
    m_trades.push_back(std::move(trade));
    return m_trades.back();
}

SimTrade* SimOrderStore::findTrade(const std::string& id)
{
    const auto it = m_tradeIndex.find(id);
    return it == m_tradeIndex.end() ? nullptr : &m_trades[it->second];
}

std::vector<SimOrder*> SimOrderStore::resting(int token, TradeSide side)
{
    std::vector<SimOrder*> out;
    for (SimOrder& order : m_orders) {
        if (order.status == SimOrderStatus::Live && order.token == token && order.side == side) {
            out.push_back(&order);
        }
    }
    const bool buy = side == TradeSide::Buy;
    std::stable_sort(out.begin(), out.end(), [buy](const SimOrder* a, const SimOrder* b) {
        if (a->price != b->price) {
            return buy ? a->price > b->price : a->price < b->price;
        }
        return a->sequence < b->sequence;
    });
    return out;
}

int SimOrderStore::liveCount() const
{
    return static_cast<int>(std::count_if(m_orders.begin(), m_orders.end(), [](const SimOrder& o) {
        return o.status == SimOrderStatus::Live;
    }));
}

} // namespace polaris::sim
