<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConsoleRoot</name>
    <message>
        <source>demo mode (--demo): the built-in simulator</source>
        <translation>演示模式（--demo）：内置模拟器</translation>
    </message>
    <message>
        <source>Checking whether Polymarket is reachable at %1…</source>
        <translation>正在检查能否连接 Polymarket（%1）…</translation>
    </message>
    <message>
        <source>connected to Polymarket (%1)</source>
        <translation>已连接 Polymarket（%1）</translation>
    </message>
    <message>
        <source>Polymarket · %1</source>
        <translation>Polymarket · %1</translation>
    </message>
    <message>
        <source>cannot reach Polymarket at %1 (%2).</source>
        <translation>无法连接 Polymarket（%1）：%2。</translation>
    </message>
    <message>
        <source>falling back to the built-in simulator: ALL DATA SHOWN IS SIMULATED.</source>
        <translation>改用内置模拟器：显示的所有数据均为模拟数据。</translation>
    </message>
    <message>
        <source>Polymarket is not reachable from this machine (%1); showing the built-in simulator</source>
        <translation>本机无法连接 Polymarket（%1）；正在显示内置模拟器的数据</translation>
    </message>
    <message>
        <source>simulator listening at %1</source>
        <translation>模拟器正在监听 %1</translation>
    </message>
    <message>
        <source>SIMULATOR · %1</source>
        <translation>模拟器 · %1</translation>
    </message>
    <message>
        <source>the simulator could not start: %1</source>
        <translation>模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation>内置模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 markets, books %4 live / %5 stale / %6 invalid, %7 msg/s</source>
        <translation>%1：%2 个事件，%3 个市场，订单簿 %4 实时 / %5 过期 / %6 无效，%7 条消息/秒</translation>
    </message>
</context>
<context>
    <name>polaris::MarketDataService</name>
    <message>
        <source>Could not load the list of markets: %1</source>
        <translation>无法加载市场列表：%1</translation>
    </message>
</context>
<context>
    <name>polaris::polymarket::VenueProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>polaris::ui::MainWindow</name>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>loading events</source>
        <translation>加载事件</translation>
    </message>
    <message>
        <source>loading books</source>
        <translation>加载订单簿</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Polaris</source>
        <translation>Polaris</translation>
    </message>
    <message>
        <source>Connecting to market data…</source>
        <translation>正在连接行情数据…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>套利机会</translation>
    </message>
    <message>
        <source>Near-misses</source>
        <translation>未达标机会</translation>
    </message>
    <message>
        <source>Candidates the scanner refused, and why (Ctrl+M)</source>
        <translation>被扫描器拒绝的候选机会及原因（Ctrl+M）</translation>
    </message>
    <message>
        <source>SIMULATED DATA — %1</source>
        <translation>模拟数据 — %1</translation>
    </message>
    <message>
        <source>%1 · %2 events · books %3 live / %4 stale / %5 invalid · %6 msg/s · feeds %7/%8</source>
        <translation>%1 · %2 个事件 · 订单簿 %3 实时 / %4 过期 / %5 无效 · %6 条消息/秒 · 行情连接 %7/%8</translation>
    </message>
    <message>
        <source>%1 opportunities (%2) · %3 near-misses · full scan %4 ms</source>
        <translation>%1 个套利机会（%2）· %3 个未达标机会 · 全量扫描 %4 毫秒</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>套利机会（%1）</translation>
    </message>
    <message>
        <source>Near-misses (closest %1 of %2)</source>
        <translation>未达标机会（%2 个中最接近的 %1 个）</translation>
    </message>
    <message>
        <source>Near-misses (%1)</source>
        <translation>未达标机会（%1）</translation>
    </message>
</context>
<context>
    <name>polaris::ui::OpportunityDetailView</name>
    <message>
        <source>No longer listed by the scanner: these are its last figures.</source>
        <translation>扫描器已不再列出此机会：以下为其最后的数据。</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Guaranteed payout</source>
        <translation>保证兑付</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas 费</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Capital lock-up</source>
        <translation>资金锁定</translation>
    </message>
    <message>
        <source>Annualised</source>
        <translation>年化</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>出现时间</translation>
    </message>
    <message>
        <source>Legs (limit = worst book level the basket takes)</source>
        <translation>交易腿（限价 = 篮子成交的最差订单簿价位）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>VWAP</source>
        <translation>VWAP</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>名义金额</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Book age</source>
        <translation>订单簿时长</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>代币</translation>
    </message>
    <message>
        <source>Payout in every outcome</source>
        <translation>各结果下的兑付</translation>
    </message>
    <message>
        <source>If</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>兑付</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>event %1 · opportunity %2</source>
        <translation>事件 %1 · 机会 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>until %1 (%2 from now)</source>
        <translation>至 %1（%2 后）</translation>
    </message>
    <message>
        <source>none: capital returned at once</source>
        <translation>无：资金立即返还</translation>
    </message>
    <message>
        <source>first %1 ago, last %2 ago</source>
        <translation>首次 %1 前，最近 %2 前</translation>
    </message>
    <message>
        <source>book hash %1</source>
        <translation>订单簿哈希 %1</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 胜出</translation>
    </message>
    <message>
        <source>an outcome outside the basket wins</source>
        <translation>篮子以外的结果胜出</translation>
    </message>
    <message>
        <source>%1 loses</source>
        <translation>%1 未胜出</translation>
    </message>
    <message>
        <source>Select an opportunity to see its legs, fees and the payout in every outcome.</source>
        <translation>选择一个套利机会，查看其交易腿、手续费及各结果下的兑付。</translation>
    </message>
</context>
<context>
    <name>polaris::ui::OpportunityFilterBar</name>
    <message>
        <source>Strategies:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>Min. net profit:</source>
        <translation>最低净利润：</translation>
    </message>
    <message>
        <source>USDC, e.g. 5</source>
        <translation>USDC，例如 5</translation>
    </message>
    <message>
        <source>Search event, market or token id (Ctrl+F)</source>
        <translation>搜索事件、市场或代币 ID（Ctrl+F）</translation>
    </message>
    <message>
        <source>Not a decimal amount: type USDC with at most 6 decimals, e.g. 2.5</source>
        <translation>不是有效的小数金额：请输入最多 6 位小数的 USDC 金额，例如 2.5</translation>
    </message>
</context>
<context>
    <name>polaris::ui::OpportunityTableModel</name>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>交易腿</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Net %</source>
        <translation>净利润率 %</translation>
    </message>
    <message>
        <source>Annualised %</source>
        <translation>年化 %</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Book age</source>
        <translation>订单簿时长</translation>
    </message>
    <message>
        <source>How long the scanner has seen this opportunity</source>
        <translation>扫描器发现此机会已有多长时间</translation>
    </message>
    <message>
        <source>Age of the oldest order book a leg was priced from</source>
        <translation>各交易腿定价所依据的订单簿中最旧一份的时长</translation>
    </message>
    <message>
        <source>Sum of the buy legs&apos; notionals, USDC</source>
        <translation>买入腿名义金额之和，USDC</translation>
    </message>
    <message>
        <source>Guaranteed payout − cost − fees − gas, USDC</source>
        <translation>保证兑付 − 成本 − 手续费 − Gas 费，USDC</translation>
    </message>
    <message>
        <source>%1
event %2
id %3</source>
        <translation>%1
事件 %2
ID %3</translation>
    </message>
    <message>
        <source>%1 %2 × %3 at ≤ %4 (VWAP %5, fee %6)</source>
        <translation>%1 %2 × %3，价格 ≤ %4（VWAP %5，手续费 %6）</translation>
    </message>
    <message>
        <source>%1 shares</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <source>%1
payout %2 − cost %3 − fees %4 − gas %5</source>
        <translation>%1
兑付 %2 − 成本 %3 − 手续费 %4 − Gas 费 %5</translation>
    </message>
    <message>
        <source>capital locked until %1</source>
        <translation>资金锁定至 %1</translation>
    </message>
    <message>
        <source>capital returned at once</source>
        <translation>资金立即返还</translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation>首次发现于 %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>polaris::ui::RefusalTableModel</name>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Edge / share</source>
        <translation>每份优势</translation>
    </message>
    <message>
        <source>%1
event %2
id %3</source>
        <translation>%1
事件 %2
ID %3</translation>
    </message>
    <message>
        <source>best-ask edge %1 USDC per share</source>
        <translation>按最优卖价计算，每份优势 %1 USDC</translation>
    </message>
    <message>
        <source>no edge could be computed</source>
        <translation>无法计算优势</translation>
    </message>
</context>
<context>
    <name>polaris::ui::display::Text</name>
    <message>
        <source>%1 USDC</source>
        <translation>%1 USDC</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>A — NegRisk basket, YES of every outcome</source>
        <translation>A — NegRisk 篮子，买入每个结果的 YES</translation>
    </message>
    <message>
        <source>A&apos; — NegRisk basket, NO of every outcome</source>
        <translation>A&apos; — NegRisk 篮子，买入每个结果的 NO</translation>
    </message>
    <message>
        <source>B — binary complement, YES + NO below 1</source>
        <translation>B — 二元互补，YES + NO 低于 1</translation>
    </message>
    <message>
        <source>C — NO conversion through the NegRiskAdapter</source>
        <translation>C — 通过 NegRiskAdapter 转换 NO</translation>
    </message>
    <message>
        <source>F — bond, near-certain outcome held to resolution</source>
        <translation>F — 债券式，持有近乎确定的结果至结算</translation>
    </message>
    <message>
        <source>G — tail-end convergence</source>
        <translation>G — 尾端收敛</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>An outcome has no ask (or no book)</source>
        <translation>某个结果没有卖价（或没有订单簿）</translation>
    </message>
    <message>
        <source>Event is not flagged negRisk</source>
        <translation>事件未标记为 negRisk</translation>
    </message>
    <message>
        <source>A market is closed, archived or not accepting orders</source>
        <translation>某个市场已关闭、已归档或不接受订单</translation>
    </message>
    <message>
        <source>Liquidity below the anti-rug floor</source>
        <translation>流动性低于防跑路下限</translation>
    </message>
    <message>
        <source>A book is stale or its feed is down</source>
        <translation>某个订单簿已过期或其行情连接中断</translation>
    </message>
    <message>
        <source>A book is crossed or inconsistent</source>
        <translation>某个订单簿买卖价倒挂或数据不一致</translation>
    </message>
    <message>
        <source>Augmented negRisk: YES basket not provably exhaustive</source>
        <translation>增强型 negRisk：无法证明 YES 篮子覆盖全部结果</translation>
    </message>
    <message>
        <source>Open UMA dispute</source>
        <translation>UMA 争议未决</translation>
    </message>
    <message>
        <source>End date passed, awaiting resolution</source>
        <translation>已过截止日期，等待结算</translation>
    </message>
    <message>
        <source>Net profit below the minimum discount</source>
        <translation>净利润低于最低折价要求</translation>
    </message>
    <message>
        <source>Not enough size at a profitable price</source>
        <translation>有利价格下的数量不足</translation>
    </message>
    <message>
        <source>Annualised yield below the minimum</source>
        <translation>年化收益率低于最低要求</translation>
    </message>
    <message>
        <source>A leg is below the market&apos;s minimum order size</source>
        <translation>某条交易腿低于市场的最小下单量</translation>
    </message>
    <message>
        <source>Confidence below the threshold</source>
        <translation>置信度低于阈值</translation>
    </message>
    <message>
        <source>Outside the strategy&apos;s time window</source>
        <translation>超出策略的时间窗口</translation>
    </message>
    <message>
        <source>L1 data integrity</source>
        <translation>L1 数据完整性</translation>
    </message>
    <message>
        <source>L2 quality</source>
        <translation>L2 质量</translation>
    </message>
</context>
</TS>
