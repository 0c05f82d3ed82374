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
    <message>
        <source>executions are kept in memory only: %1</source>
        <translation>执行记录仅保存在内存中：%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Bond ladder</source>
        <translation>债券阶梯</translation>
    </message>
    <message>
        <source>PnL</source>
        <translation>盈亏</translation>
    </message>
</context>
<context>
    <name>ThresholdFields</name>
    <message>
        <source>shares</source>
        <translation>份</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Minimum net profit (fraction of cost)</source>
        <translation>最低净利润（占成本的比例）</translation>
    </message>
    <message>
        <source>Smallest basket</source>
        <translation>最小篮子规模</translation>
    </message>
    <message>
        <source>Largest basket</source>
        <translation>最大篮子规模</translation>
    </message>
    <message>
        <source>Order size step</source>
        <translation>下单数量步长</translation>
    </message>
    <message>
        <source>Gas to merge YES + NO (B)</source>
        <translation>合并 YES + NO 的 Gas 费（B）</translation>
    </message>
    <message>
        <source>Gas to convert NOs (C)</source>
        <translation>转换 NO 的 Gas 费（C）</translation>
    </message>
    <message>
        <source>Minimum liquidity (anti-rug)</source>
        <translation>最低流动性（防跑路）</translation>
    </message>
    <message>
        <source>A book is stale after</source>
        <translation>订单簿过期时限</translation>
    </message>
    <message>
        <source>End date to payout</source>
        <translation>截止日期至兑付的时长</translation>
    </message>
    <message>
        <source>Full scan every</source>
        <translation>全量扫描间隔</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Full scan every (busy market)</source>
        <translation>全量扫描间隔（活跃市场）</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>最低价格</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>最高价格</translation>
    </message>
    <message>
        <source>Minimum annualised yield</source>
        <translation>最低年化收益率</translation>
    </message>
    <message>
        <source>Resolves within</source>
        <translation>距结算不超过</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Minimum size at the price</source>
        <translation>该价格下的最低数量</translation>
    </message>
    <message>
        <source>Minimum price of the leading outcome</source>
        <translation>领先结果的最低价格</translation>
    </message>
    <message>
        <source>Minimum profit (1 − ask) / ask</source>
        <translation>最低利润率 (1 − 卖价) / 卖价</translation>
    </message>
    <message>
        <source>Capital per trade (fraction of balance)</source>
        <translation>单笔交易资金（占余额的比例）</translation>
    </message>
    <message>
        <source>Capital per event</source>
        <translation>单一事件资金</translation>
    </message>
    <message>
        <source>Total open capital</source>
        <translation>占用资金总额</translation>
    </message>
    <message>
        <source>Daily loss that stops trading</source>
        <translation>触发停止交易的当日亏损</translation>
    </message>
    <message>
        <source>Failures in a row before a pause</source>
        <translation>触发暂停的连续失败次数</translation>
    </message>
    <message>
        <source>Pause after those failures</source>
        <translation>连续失败后的暂停时长</translation>
    </message>
    <message>
        <source>API latency that stops trading</source>
        <translation>触发停止交易的 API 延迟</translation>
    </message>
    <message>
        <source>Wait for fills</source>
        <translation>等待成交时长</translation>
    </message>
    <message>
        <source>Top up short legs above fill ratio</source>
        <translation>成交比例高于此值时补足欠量交易腿</translation>
    </message>
    <message>
        <source>Unwind long legs below fill ratio</source>
        <translation>成交比例低于此值时平掉超量交易腿</translation>
    </message>
    <message>
        <source>Top-up slippage limit</source>
        <translation>补单滑点上限</translation>
    </message>
    <message>
        <source>Unwind slippage limit</source>
        <translation>平仓滑点上限</translation>
    </message>
    <message>
        <source>Approval quote valid for</source>
        <translation>审批报价有效期</translation>
    </message>
    <message>
        <source>Re-confirm when net % drops by</source>
        <translation>净利润率下降超过此值时需再次确认</translation>
    </message>
    <message>
        <source>Paper order round trip</source>
        <translation>模拟盘订单往返时间</translation>
    </message>
    <message>
        <source>Paper starting balance</source>
        <translation>模拟盘初始余额</translation>
    </message>
    <message>
        <source>Baskets (A, A&apos;, B, C)</source>
        <translation>篮子（A、A&apos;、B、C）</translation>
    </message>
    <message>
        <source>Data quality (layers 1 and 2)</source>
        <translation>数据质量（第 1、2 层）</translation>
    </message>
    <message>
        <source>Bonds (F)</source>
        <translation>债券式（F）</translation>
    </message>
    <message>
        <source>Tail-end (G)</source>
        <translation>尾端收敛（G）</translation>
    </message>
    <message>
        <source>Risk (layers 3 and 4)</source>
        <translation>风控（第 3、4 层）</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>请输入一个值。</translation>
    </message>
    <message>
        <source>At most 6 decimal places.</source>
        <translation>最多 6 位小数。</translation>
    </message>
    <message>
        <source>Not a decimal number: use digits and one &apos;.&apos;, e.g. 0.03.</source>
        <translation>不是有效的小数：请使用数字和一个“.”，例如 0.03。</translation>
    </message>
    <message>
        <source>A price lies strictly between 0 and 1, e.g. 0.95.</source>
        <translation>价格必须严格介于 0 和 1 之间，例如 0.95。</translation>
    </message>
    <message>
        <source>A fraction between 0 and 1: 0.03 means 3 %.</source>
        <translation>应为 0 到 1 之间的比例：0.03 表示 3 %。</translation>
    </message>
    <message>
        <source>Must not be negative: 0.10 means 10 % a year.</source>
        <translation>不能为负数：0.10 表示年化 10 %。</translation>
    </message>
    <message>
        <source>Must be greater than 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>A whole number, 1 or more.</source>
        <translation>应为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>= %1 %</source>
        <translation>= %1 %</translation>
    </message>
    <message>
        <source>Must not be below the smallest basket.</source>
        <translation>不能小于最小篮子规模。</translation>
    </message>
    <message>
        <source>Must be above the lowest price.</source>
        <translation>必须高于最低价格。</translation>
    </message>
    <message>
        <source>Must not exceed the total open capital.</source>
        <translation>不能超过占用资金总额。</translation>
    </message>
    <message>
        <source>Must not be longer than the normal interval.</source>
        <translation>不能长于常规扫描间隔。</translation>
    </message>
    <message>
        <source>Must not be above the top-up ratio.</source>
        <translation>不能高于补单比例。</translation>
    </message>
</context>
<context>
    <name>polaris::EngineExecutionService</name>
    <message>
        <source>Execution cannot start: it has no view of the market (no quote source).</source>
        <translation>执行无法启动：无法获取市场行情（没有报价源）。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2): nothing can be executed until it can.</source>
        <translation>无法打开数据库 %1（%2）：在数据库可以打开之前，不会执行任何交易。</translation>
    </message>
    <message>
        <source>Execution never starts in Live; it starts in Monitor. Enter Live from the risk panel.</source>
        <translation>执行从不以实盘阶段启动，而是从监控阶段启动。请在风控面板中进入实盘。</translation>
    </message>
    <message>
        <source>Reconciliation with the venue failed: %1. Check the open orders on the venue before trading.</source>
        <translation>与交易平台对账失败：%1。交易前请先检查交易平台上的挂单。</translation>
    </message>
    <message>
        <source>Execution has not started yet.</source>
        <translation>执行尚未启动。</translation>
    </message>
    <message>
        <source>Live refused: the confirmation must be exactly %1.</source>
        <translation>拒绝进入实盘：确认文字必须完全是 %1。</translation>
    </message>
    <message>
        <source>Live refused: %1.</source>
        <translation>拒绝进入实盘：%1。</translation>
    </message>
    <message>
        <source>An opportunity without legs cannot be queued for approval.</source>
        <translation>没有交易腿的套利机会无法加入审批队列。</translation>
    </message>
    <message>
        <source>Approval %1 is no longer in the queue.</source>
        <translation>审批 %1 已不在队列中。</translation>
    </message>
    <message>
        <source>Approval %1 cannot be approved any more (%2).</source>
        <translation>审批 %1 已无法批准（%2）。</translation>
    </message>
    <message>
        <source>The pre-flight for %1 could not read the books (%2); the approval is still waiting.</source>
        <translation>%1 的执行前检查无法读取订单簿（%2）；该审批仍在等待。</translation>
    </message>
    <message>
        <source>Approval %1 is not waiting for a decision.</source>
        <translation>审批 %1 不在等待决定的状态。</translation>
    </message>
    <message>
        <source>The breaker cannot be reset: %1</source>
        <translation>无法重置熔断：%1</translation>
    </message>
    <message>
        <source>The decision on %1 could not be stored: %2</source>
        <translation>无法保存对 %1 的决定：%2</translation>
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
    <name>polaris::ui::ApprovalQueueModel</name>
    <message>
        <source>%1 shares, cost %2, net %3 (%4)</source>
        <translation>%1 份，成本 %2，净利润 %3（%4）</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Edge moved: confirm again</source>
        <translation>优势已变化：请再次确认</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Quote expired</source>
        <translation>报价已过期</translation>
    </message>
    <message>
        <source>Gone (stale)</source>
        <translation>已消失（过期）</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>套利机会</translation>
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
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>Net %</source>
        <translation>净利润率 %</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quote valid</source>
        <translation>报价有效期</translation>
    </message>
    <message>
        <source>Re-quote (old → new)</source>
        <translation>重新报价（旧 → 新）</translation>
    </message>
    <message>
        <source>Time left before the frozen quote expires</source>
        <translation>冻结报价到期前的剩余时间</translation>
    </message>
    <message>
        <source>When the pre-flight found the edge moved beyond the tolerance: the net profit quoted and the net profit now</source>
        <translation>执行前检查发现优势变动超出容差时：报价时的净利润与当前的净利润</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>now %1 (%2)</source>
        <translation>当前 %1（%2）</translation>
    </message>
    <message>
        <source>%1 → %2 (%3 → %4)</source>
        <translation>%1 → %2（%3 → %4）</translation>
    </message>
    <message>
        <source>%1
event %2
opportunity %3
approval %4</source>
        <translation>%1
事件 %2
机会 %3
审批 %4</translation>
    </message>
    <message>
        <source>quoted %1
expires %2</source>
        <translation>报价于 %1
到期于 %2</translation>
    </message>
    <message>
        <source>quoted: %1</source>
        <translation>报价：%1</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>quoted: %1
now: %2</source>
        <translation>报价：%1
当前：%2</translation>
    </message>
</context>
<context>
    <name>polaris::ui::ApprovalQueueView</name>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Last executions</source>
        <translation>最近的执行</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) waiting for approval</source>
        <translation>
            <numerusform>%n 个套利机会等待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation>再次确认</translation>
    </message>
</context>
<context>
    <name>polaris::ui::BondLadderModel</name>
    <message>
        <source>Resolves (day, UTC)</source>
        <translation>结算日（UTC）</translation>
    </message>
    <message>
        <source>Resolves (week, UTC)</source>
        <translation>结算周（UTC）</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>兑付</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>收益率</translation>
    </message>
    <message>
        <source>Annualised</source>
        <translation>年化</translation>
    </message>
    <message>
        <source>Open bond positions in the database</source>
        <translation>数据库中的债券式持仓</translation>
    </message>
    <message>
        <source>Bonds the scanner currently finds (strategy F)</source>
        <translation>扫描器当前发现的债券式机会（策略 F）</translation>
    </message>
    <message>
        <source>Positions: shares × buy price; candidates: cost + fees (USDC)</source>
        <translation>持仓：份额 × 买入价；候选：成本 + 手续费（USDC）</translation>
    </message>
    <message>
        <source>What the rung pays if every outcome happens: its shares (USDC)</source>
        <translation>该档所持结果全部发生时的兑付，即其份额（USDC）</translation>
    </message>
    <message>
        <source>Payout / capital − 1</source>
        <translation>兑付 / 资金 − 1</translation>
    </message>
    <message>
        <source>Yield × 365 / days to resolution (capital-weighted, from now)</source>
        <translation>收益率 × 365 / 距结算天数（按资金加权，自当前起算）</translation>
    </message>
    <message>
        <source>position: %1</source>
        <translation>持仓：%1</translation>
    </message>
    <message>
        <source>candidate: %1</source>
        <translation>候选：%1</translation>
    </message>
    <message>
        <source>%1 shares</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <source>%1 (payout %2 / capital %3 − 1)</source>
        <translation>%1（兑付 %2 / 资金 %3 − 1）</translation>
    </message>
    <message>
        <source>over %1 days to resolution</source>
        <translation>距结算 %1 天</translation>
    </message>
    <message>
        <source>resolution date unknown or passed</source>
        <translation>结算日期未知或已过</translation>
    </message>
</context>
<context>
    <name>polaris::ui::BondLadderView</name>
    <message>
        <source>Group by:</source>
        <translation>分组方式：</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the open positions from the database again</source>
        <translation>重新从数据库读取持仓</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>债券</translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>兑付</translation>
    </message>
    <message>
        <source>invalid database URL: %1</source>
        <translation>数据库 URL 无效：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s) read %1</source>
        <translation>
            <numerusform>于 %1 读取了 %n 个持仓</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading open positions from the database…</source>
        <translation>正在从数据库读取持仓…</translation>
    </message>
    <message>
        <source>Database unavailable: %1. Open positions shown are as of %2; retrying every %3 s.</source>
        <translation>数据库不可用：%1。显示的持仓截至 %2；每 %3 秒重试一次。</translation>
    </message>
    <message>
        <source>Database unavailable: %1. Open positions cannot be shown until it is back (retrying every %2 s); the scanner&apos;s candidates are still listed.</source>
        <translation>数据库不可用：%1。数据库恢复前无法显示持仓（每 %2 秒重试一次）；扫描器发现的候选仍会列出。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) from the scanner</source>
        <translation>
            <numerusform>扫描器发现 %n 个候选</numerusform>
        </translation>
    </message>
    <message>
        <source>No open bond positions and no bond candidates.</source>
        <translation>没有债券式持仓，也没有债券式候选。</translation>
    </message>
    <message numerus="yes">
        <source>Total: capital %1 · pays %2 · %n rung(s)</source>
        <translation>
            <numerusform>合计：资金 %1 · 兑付 %2 · %n 档</numerusform>
        </translation>
    </message>
    <message>
        <source>position</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>polaris::ui::BondRung</name>
    <message>
        <source>unknown date</source>
        <translation>日期未知</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
</context>
<context>
    <name>polaris::ui::ConsoleActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <source>Opportunities / &amp;near-misses</source>
        <translation>套利机会 / 未达标机会(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>转到标签页(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>批准所选(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;eject selected</source>
        <translation>拒绝所选(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Polaris</source>
        <translation>关于 Polaris(&amp;A)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Ask for appro&amp;val</source>
        <translation>请求审批(&amp;V)</translation>
    </message>
</context>
<context>
    <name>polaris::ui::ConsoleDialogs</name>
    <message>
        <source>About Polaris</source>
        <translation>关于 Polaris</translation>
    </message>
    <message>
        <source>Polaris %1 — prediction-market arbitrage console.</source>
        <translation>Polaris %1 — 预测市场套利控制台。</translation>
    </message>
</context>
<context>
    <name>polaris::ui::DatabaseStatusLabel</name>
    <message>
        <source>database: checking…</source>
        <translation>数据库：检查中…</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>database unreachable (%1)</source>
        <translation>数据库无法连接（%1）</translation>
    </message>
</context>
<context>
    <name>polaris::ui::DepthLadderView</name>
    <message>
        <source>No order-book depth was recorded with this opportunity.</source>
        <translation>此套利机会没有记录订单簿深度。</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Shares the basket takes at this level</source>
        <translation>篮子在此价位成交的份额</translation>
    </message>
    <message>
        <source>%1 %2 · %3 shares at ≤ %4 · asks, lowest first</source>
        <translation>%1 %2 · %3 份，价格 ≤ %4 · 卖单，价格从低到高</translation>
    </message>
    <message>
        <source>%1 %2 · %3 shares at ≥ %4 · bids, highest first</source>
        <translation>%1 %2 · %3 份，价格 ≥ %4 · 买单，价格从高到低</translation>
    </message>
    <message>
        <source>No depth recorded for this leg.</source>
        <translation>此交易腿没有记录深度。</translation>
    </message>
    <message>
        <source>the basket takes the whole level</source>
        <translation>篮子成交此价位的全部数量</translation>
    </message>
    <message>
        <source>the basket takes %1 of %2 shares at this level</source>
        <translation>篮子在此价位成交 %2 份中的 %1 份</translation>
    </message>
    <message>
        <source>not reached by the basket</source>
        <translation>篮子未触及此价位</translation>
    </message>
    <message>
        <source>…and %1 more shares on levels not shown</source>
        <translation>…另有 %1 份位于未显示的价位</translation>
    </message>
    <message>
        <source>The opportunity carries the best %1 levels of each book.</source>
        <translation>此套利机会只带有每个订单簿最优的 %1 个价位。</translation>
    </message>
</context>
<context>
    <name>polaris::ui::ExecutionResultsModel</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Recorded (Monitor)</source>
        <translation>已记录（监控）</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Partial, patched</source>
        <translation>部分成交，已补单</translation>
    </message>
    <message>
        <source>Partial, unwound</source>
        <translation>部分成交，已平仓</translation>
    </message>
    <message>
        <source>Partial, held</source>
        <translation>部分成交，保留持仓</translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Stale: gone at pre-flight</source>
        <translation>过期：执行前检查时已消失</translation>
    </message>
    <message>
        <source>Refused by risk limits</source>
        <translation>被风控限额拒绝</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>套利机会</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>执行结果</translation>
    </message>
    <message>
        <source>Filled / target</source>
        <translation>成交 / 目标</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Locked-in PnL</source>
        <translation>锁定盈亏</translation>
    </message>
    <message>
        <source>%1
execution %2
%3</source>
        <translation>%1
执行 %2
%3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>polaris::ui::KeysDialog</name>
    <message>
        <source>Not a private key: 64 hex digits, 0x optional.</source>
        <translation>不是有效的私钥：应为 64 位十六进制数字，0x 前缀可有可无。</translation>
    </message>
    <message>
        <source>An API key is a UUID: 8-4-4-4-12 hex digits.</source>
        <translation>API Key 是 UUID：8-4-4-4-12 位十六进制数字。</translation>
    </message>
    <message>
        <source>The API secret is base64 text, as Polymarket returned it.</source>
        <translation>API Secret 是 base64 文本，即 Polymarket 返回的原样内容。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Keys are kept only in the system keychain. Polaris shows whether each one is stored, never its value.</source>
        <translation>密钥只保存在系统钥匙串中。Polaris 只显示每一项是否已保存，从不显示其内容。</translation>
    </message>
    <message>
        <source>Polymarket</source>
        <translation>Polymarket</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API Secret</translation>
    </message>
    <message>
        <source>API passphrase</source>
        <translation>API 口令</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>enter to replace</source>
        <translation>输入以替换</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>This key&apos;s address: %1</source>
        <translation>此私钥的地址：%1</translation>
    </message>
    <message>
        <source>Confirm removal</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>Kalshi — coming</source>
        <translation>Kalshi — 即将支持</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API Key ID</translation>
    </message>
    <message>
        <source>RSA private key</source>
        <translation>RSA 私钥</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>not a valid key; enter it again</source>
        <translation>不是有效的私钥；请重新输入</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Stored key: %1</source>
        <translation>已保存的私钥：%1</translation>
    </message>
    <message>
        <source>No keychain service is available, so keys cannot be stored. Start a Secret Service (for example gnome-keyring) in your desktop session and open this dialog again. Polaris never keeps keys in plain files.</source>
        <translation>没有可用的钥匙串服务，因此无法保存密钥。请在桌面会话中启动 Secret Service（例如 gnome-keyring），然后重新打开此对话框。Polaris 从不把密钥保存在明文文件中。</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>钥匙串拒绝了操作：%1</translation>
    </message>
</context>
<context>
    <name>polaris::ui::LiveConfirmDialog</name>
    <message>
        <source>Enter Live trading</source>
        <translation>进入实盘交易</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Live sends real, signed orders to Polymarket with your money.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every approved opportunity becomes orders on the venue. Fills are final; a partial fill can leave an unhedged position that is patched, unwound or held at a loss. The risk limits and the circuit breaker still apply, and every execution still needs your approval.&lt;/p&gt;&lt;p&gt;Paper trading simulates the same flow without sending anything. Go Live only when Paper has shown the results you expect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;实盘会用您的资金向 Polymarket 发送真实的已签名订单。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;每个获批的套利机会都会成为交易平台上的订单。成交即为最终结果；部分成交可能留下未对冲的持仓，这些持仓会被补单、平仓或带着亏损持有。风控限额和熔断仍然有效，每次执行仍需您的审批。&lt;/p&gt;&lt;p&gt;模拟盘以相同流程进行模拟，但不发送任何订单。只有在模拟盘已显示出您预期的结果后，才进入实盘。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
    <message>
        <source>Enter Live</source>
        <translation>进入实盘</translation>
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
    <message>
        <source>Settings saved. Language, venue and database changes apply after a restart.</source>
        <translation>设置已保存。语言、交易平台和数据库的更改在重启后生效。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风控</translation>
    </message>
    <message>
        <source>&amp;Risk panel</source>
        <translation>风控面板(&amp;R)</translation>
    </message>
    <message>
        <source>Select an opportunity first.</source>
        <translation>请先选择一个套利机会。</translation>
    </message>
    <message>
        <source>Sent to the approval queue: %1</source>
        <translation>已提交至审批队列：%1</translation>
    </message>
    <message>
        <source> · ping %1 ms</source>
        <translation> · 延迟 %1 毫秒</translation>
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
    <message>
        <source>Order-book depth (shaded: the levels the basket takes)</source>
        <translation>订单簿深度（阴影：篮子成交的价位）</translation>
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
    <name>polaris::ui::PnlChart</name>
    <message>
        <source>Realised PnL (USDC)</source>
        <translation>已实现盈亏（USDC）</translation>
    </message>
    <message>
        <source>Unrealised PnL (USDC)</source>
        <translation>未实现盈亏（USDC）</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 · %2
realised %3
unrealised %4
open exposure %5</source>
        <translation>%1 · %2
已实现 %3
未实现 %4
当前敞口 %5</translation>
    </message>
</context>
<context>
    <name>polaris::ui::PnlChartView</name>
    <message>
        <source>Paper</source>
        <translation>模拟盘</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Paper and live PnL are never mixed</source>
        <translation>模拟盘与实盘的盈亏从不混合</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近一天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>最近一周</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Reading PnL from the database…</source>
        <translation>正在从数据库读取盈亏…</translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>数据库 URL 无效：%1</translation>
    </message>
    <message>
        <source>PnL cannot be shown: the database URL is invalid. Fix it in the settings.</source>
        <translation>无法显示盈亏：数据库 URL 无效。请在设置中修正。</translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation>数据库不可用：%1</translation>
    </message>
    <message>
        <source>PnL cannot be shown: the database cannot be read (%1). Retrying every %2 s.</source>
        <translation>无法显示盈亏：无法读取数据库（%1）。每 %2 秒重试一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), read %1</source>
        <translation>
            <numerusform>%n 个数据点，读取于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: realised %3 · unrealised %4 · open exposure %5</source>
        <translation>%1 · %2：已实现 %3 · 未实现 %4 · 当前敞口 %5</translation>
    </message>
    <message>
        <source>No live trades in the last day</source>
        <translation>最近一天没有实盘交易</translation>
    </message>
    <message>
        <source>No paper trades in the last day</source>
        <translation>最近一天没有模拟盘交易</translation>
    </message>
    <message>
        <source>No live trades in the last week</source>
        <translation>最近一周没有实盘交易</translation>
    </message>
    <message>
        <source>No paper trades in the last week</source>
        <translation>最近一周没有模拟盘交易</translation>
    </message>
    <message>
        <source>No live trades yet</source>
        <translation>尚无实盘交易</translation>
    </message>
    <message>
        <source>No paper trades yet</source>
        <translation>尚无模拟盘交易</translation>
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
    <name>polaris::ui::RiskPanel</name>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Record what would be traded; send nothing</source>
        <translation>记录本会执行的交易；不发送任何订单</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>模拟盘</translation>
    </message>
    <message>
        <source>Simulate fills against the live books; send nothing</source>
        <translation>按实时订单簿模拟成交；不发送任何订单</translation>
    </message>
    <message>
        <source>Go Live…</source>
        <translation>进入实盘…</translation>
    </message>
    <message>
        <source>Send real orders (asks for confirmation)</source>
        <translation>发送真实订单（需要确认）</translation>
    </message>
    <message>
        <source>Reset breaker</source>
        <translation>重置熔断</translation>
    </message>
    <message>
        <source>Resume trading after a pause for consecutive failures. A stop for the daily loss cannot be reset: it ends at 00:00 UTC.</source>
        <translation>在因连续失败而暂停后恢复交易。因当日亏损而停止的交易无法重置：它在 UTC 00:00 结束。</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation with the venue found %n unexpected item(s):</source>
        <translation>
            <numerusform>与交易平台对账时发现 %n 项意外条目：</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>(running as %1: %2)</source>
        <translation>（实际以%1运行：%2）</translation>
    </message>
</context>
<context>
    <name>polaris::ui::RiskPanelModel</name>
    <message>
        <source>%1 USDC</source>
        <translation>%1 USDC</translation>
    </message>
    <message>
        <source>%1 refused in the last scan</source>
        <translation>上次扫描拒绝了 %1 个</translation>
    </message>
    <message>
        <source>Data integrity</source>
        <translation>数据完整性</translation>
    </message>
    <message>
        <source>fresh, consistent, tradable, liquid books</source>
        <translation>订单簿新鲜、一致、可交易且有流动性</translation>
    </message>
    <message>
        <source>Layer 1: the scanner refuses candidates with missing, stale, crossed or thin books and markets that are closed, disputed or awaiting resolution.</source>
        <translation>第 1 层：扫描器拒绝订单簿缺失、过期、买卖价倒挂或深度不足的候选，以及已关闭、存在争议或等待结算的市场。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>profit, size, yield and confidence thresholds</source>
        <translation>利润、数量、收益率和置信度阈值</translation>
    </message>
    <message>
        <source>Layer 2: the scanner refuses candidates below the minimum discount, size, annualised yield or confidence set in the configuration.</source>
        <translation>第 2 层：扫描器拒绝低于配置中最低折价、数量、年化收益率或置信度要求的候选。</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>熔断</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（%2 后）</translation>
    </message>
    <message>
        <source>Armed: trading allowed</source>
        <translation>待命：允许交易</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <source>Stopped for the day until %1</source>
        <translation>当日停止交易，直至 %1</translation>
    </message>
    <message>
        <source>Dropped to Monitor: nothing is sent</source>
        <translation>已降为监控：不发送任何订单</translation>
    </message>
    <message>
        <source>Layer 4: %1 consecutive failures pause trading; a daily loss over %2 stops it until the next UTC day; API latency over %3 ms drops executions to Monitor.</source>
        <translation>第 4 层：连续失败 %1 次即暂停交易；当日亏损超过 %2 即停止交易至下一个 UTC 日；API 延迟超过 %3 毫秒时执行降为监控。</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>&gt; 0 to trade</source>
        <translation>&gt; 0 方可交易</translation>
    </message>
    <message>
        <source>Collateral available to trade; the capital limits below are shares of it.</source>
        <translation>可用于交易的抵押资金；下方各项资金限额均按其比例计算。</translation>
    </message>
    <message>
        <source>Per trade</source>
        <translation>单笔交易</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>%1 of the balance</source>
        <translation>余额的 %1</translation>
    </message>
    <message>
        <source>Layer 3: one opportunity&apos;s cost may not exceed this share of the balance.</source>
        <translation>第 3 层：单个套利机会的成本不得超过余额的此比例。</translation>
    </message>
    <message>
        <source>Open exposure</source>
        <translation>当前敞口</translation>
    </message>
    <message>
        <source>%1 (%2 of the balance)</source>
        <translation>%1（余额的 %2）</translation>
    </message>
    <message>
        <source>≤ %1 (%2)</source>
        <translation>≤ %1（%2）</translation>
    </message>
    <message>
        <source>Layer 3: open positions and unfinished orders at their limit prices, against this share of the balance.</source>
        <translation>第 3 层：持仓与未完成订单（按限价计）之和，不得超过余额的此比例。</translation>
    </message>
    <message>
        <source>Largest event</source>
        <translation>最大单一事件</translation>
    </message>
    <message>
        <source>Layer 3: the exposure of any single event. No open exposure.</source>
        <translation>第 3 层：任一单个事件的敞口。当前没有敞口。</translation>
    </message>
    <message>
        <source>Layer 3: the exposure of any single event. Largest: event %1.</source>
        <translation>第 3 层：任一单个事件的敞口。最大的是事件 %1。</translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation>连续失败</translation>
    </message>
    <message>
        <source>pause at %1</source>
        <translation>达到 %1 次即暂停</translation>
    </message>
    <message>
        <source>Layer 4: executions that ended in error or left an unhedged partial fill, in a row. Any success resets the count.</source>
        <translation>第 4 层：连续以错误结束或留下未对冲部分成交的执行次数。任何一次成功都会将计数清零。</translation>
    </message>
    <message>
        <source>Daily PnL</source>
        <translation>当日盈亏</translation>
    </message>
    <message>
        <source>loss ≤ %1</source>
        <translation>亏损 ≤ %1</translation>
    </message>
    <message>
        <source>Layer 4: realised PnL since 00:00 UTC; a loss over the limit stops trading until the next UTC day.</source>
        <translation>第 4 层：自 UTC 00:00 起的已实现盈亏；亏损超过限额即停止交易至下一个 UTC 日。</translation>
    </message>
    <message>
        <source>API latency</source>
        <translation>API 延迟</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>≤ %1 ms</source>
        <translation>≤ %1 毫秒</translation>
    </message>
    <message>
        <source>Layer 4: the round trip of the last order request; over the limit, executions drop to Monitor.</source>
        <translation>第 4 层：最近一次下单请求的往返时间；超过限制时，执行降为监控。</translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation>✓ 正常</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ 警告</translation>
    </message>
    <message>
        <source>✖ Tripped</source>
        <translation>✖ 已触发</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>模拟盘</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Armed</source>
        <translation>待命</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopped for the day</source>
        <translation>当日已停止</translation>
    </message>
    <message>
        <source>Dropped to Monitor</source>
        <translation>已降为监控</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>polaris::ui::SettingsDialog</name>
    <message>
        <source>An absolute ws:// or wss:// URL with a host.</source>
        <translation>应为带主机名的绝对 ws:// 或 wss:// URL。</translation>
    </message>
    <message>
        <source>An absolute http:// or https:// URL with a host.</source>
        <translation>应为带主机名的绝对 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Some stored values could not be used and are shown at their defaults; OK saves the values below. (%1)</source>
        <translation>部分已保存的值无法使用，现以默认值显示；确认后将保存下方的值。（%1）</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Put every threshold back to its default (saved only with OK).</source>
        <translation>将所有阈值恢复为默认值（确认后才会保存）。</translation>
    </message>
    <message>
        <source>Money and ratios are exact decimals: 0.03 means 3 %. Changes apply to the running scanner when you press OK. The names in the tooltips are the keys of polaris-arb --set and the config file.</source>
        <translation>金额和比例均为精确小数：0.03 表示 3 %。确认后，更改即应用于正在运行的扫描器。工具提示中的名称是 polaris-arb --set 和配置文件所用的键名。</translation>
    </message>
    <message>
        <source>Polymarket</source>
        <translation>Polymarket</translation>
    </message>
    <message>
        <source>Gamma API</source>
        <translation>Gamma API</translation>
    </message>
    <message>
        <source>CLOB REST</source>
        <translation>CLOB REST</translation>
    </message>
    <message>
        <source>Market WebSocket</source>
        <translation>行情 WebSocket</translation>
    </message>
    <message>
        <source>%1 is set and takes precedence</source>
        <translation>已设置 %1，以其为准</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Leave the password out: settings are not a safe place for it. PostgreSQL reads it from ~/.pgpass or PGPASSWORD.</source>
        <translation>请勿填写密码：设置不是存放密码的安全位置。PostgreSQL 会从 ~/.pgpass 或 PGPASSWORD 读取密码。</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite 文件</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <source>Empty: the SQLite file shown. Or sqlite:PATH, or postgresql://user@host:port/database.</source>
        <translation>留空：使用所示的 SQLite 文件。也可填写 sqlite:PATH 或 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Addresses apply after restart. Command-line flags and POLARIS_* environment variables take precedence over these settings.</source>
        <translation>地址在重启后生效。命令行参数和 POLARIS_* 环境变量优先于这些设置。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Applies after restart.</source>
        <translation>重启后生效。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notify me of new opportunities</source>
        <translation>出现新套利机会时通知我</translation>
    </message>
    <message>
        <source>Not a decimal number: use digits and one &apos;.&apos;, e.g. 5 or 2.5.</source>
        <translation>不是有效的小数：请使用数字和一个“.”，例如 5 或 2.5。</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>Minimum net profit</source>
        <translation>最低净利润</translation>
    </message>
    <message>
        <source>A system notification (or a status-bar message when the desktop has no tray) for each new opportunity at or above this net profit, at most one every few seconds. Applies immediately.</source>
        <translation>净利润达到或超过此值的每个新套利机会都会发出一条系统通知（桌面没有托盘时改为状态栏消息），每几秒最多一条。立即生效。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) need attention, see %1.</source>
        <translation>
            <numerusform>%n 个值需要修改，请查看“%1”页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>polaris::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Not available at the moment</source>
        <translation>当前不可用</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>polaris::ui::TrayAnnouncer</name>
    <message>
        <source>%1 · %2 · %3 USDC net (%4)</source>
        <translation>%1 · %2 · 净利润 %3 USDC（%4）</translation>
    </message>
    <message>
        <source>Polaris</source>
        <translation>Polaris</translation>
    </message>
    <message>
        <source>New opportunity: %1 USDC</source>
        <translation>新套利机会：%1 USDC</translation>
    </message>
    <message>
        <source>%1 new opportunities ≥ %2 USDC</source>
        <translation>%1 个新套利机会 ≥ %2 USDC</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
