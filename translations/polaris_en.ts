<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConsoleRoot</name>
    <message>
        <source>demo mode (--demo): the built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether Polymarket is reachable at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to Polymarket (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polymarket · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach Polymarket at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling back to the built-in simulator: ALL DATA SHOWN IS SIMULATED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polymarket is not reachable from this machine (%1); showing the built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulator listening at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATOR · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in simulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events, %3 markets, books %4 live / %5 stale / %6 invalid, %7 msg/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executions are kept in memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Bond ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PnL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdFields</name>
    <message>
        <source>shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum net profit (fraction of cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order size step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas to merge YES + NO (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas to convert NOs (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum liquidity (anti-rug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book is stale after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date to payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full scan every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full scan every (busy market)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum annualised yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum size at the price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum price of the leading outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum profit (1 − ask) / ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital per trade (fraction of balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total open capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily loss that stops trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures in a row before a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after those failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API latency that stops trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up short legs above fill ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwind long legs below fill ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up slippage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwind slippage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval quote valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-confirm when net % drops by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper order round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper starting balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baskets (A, A&apos;, B, C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality (layers 1 and 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonds (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail-end (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk (layers 3 and 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 6 decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a decimal number: use digits and one &apos;.&apos;, e.g. 0.03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price lies strictly between 0 and 1, e.g. 0.95.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fraction between 0 and 1: 0.03 means 3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative: 0.10 means 10 % a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be below the smallest basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be above the lowest price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not exceed the total open capital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be longer than the normal interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be above the top-up ratio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::EngineExecutionService</name>
    <message>
        <source>Execution cannot start: it has no view of the market (no quote source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2): nothing can be executed until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution never starts in Live; it starts in Monitor. Enter Live from the risk panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation with the venue failed: %1. Check the open orders on the venue before trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live refused: the confirmation must be exactly %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opportunity without legs cannot be queued for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval %1 is no longer in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval %1 cannot be approved any more (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight for %1 could not read the books (%2); the approval is still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval %1 is not waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaker cannot be reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::MarketDataService</name>
    <message>
        <source>Could not load the list of markets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::polymarket::VenueProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::ApprovalQueueModel</name>
    <message>
        <source>%1 shares, cost %2, net %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge moved: confirm again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-quote (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left before the frozen quote expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the pre-flight found the edge moved beyond the tolerance: the net profit quoted and the net profit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 → %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
event %2
opportunity %3
approval %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted %1
expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted: %1
now: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::ApprovalQueueView</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies) waiting for approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::BondLadderModel</name>
    <message>
        <source>Resolves (day, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves (week, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bond positions in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonds the scanner currently finds (strategy F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: shares × buy price; candidates: cost + fees (USDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rung pays if every outcome happens: its shares (USDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout / capital − 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yield × 365 / days to resolution (capital-weighted, from now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (payout %2 / capital %3 − 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 days to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution date unknown or passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::BondLadderView</name>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the open positions from the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid database URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open position(s) read %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading open positions from the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable: %1. Open positions shown are as of %2; retrying every %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable: %1. Open positions cannot be shown until it is back (retrying every %2 s); the scanner&apos;s candidates are still listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) from the scanner</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open bond positions and no bond candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: capital %1 · pays %2 · %n rung(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::BondRung</name>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::ConsoleActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities / &amp;near-misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Polaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for appro&amp;val</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::ConsoleDialogs</name>
    <message>
        <source>About Polaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polaris %1 — prediction-market arbitrage console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::DatabaseStatusLabel</name>
    <message>
        <source>database: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database unreachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::DepthLadderView</name>
    <message>
        <source>No order-book depth was recorded with this opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the basket takes at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 shares at ≤ %4 · asks, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 shares at ≥ %4 · bids, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No depth recorded for this leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basket takes the whole level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basket takes %1 of %2 shares at this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached by the basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more shares on levels not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity carries the best %1 levels of each book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::ExecutionResultsModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (Monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial, patched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial, unwound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial, held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: gone at pre-flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by risk limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked-in PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
execution %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::KeysDialog</name>
    <message>
        <source>Not a private key: 64 hex digits, 0x optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key is a UUID: 8-4-4-4-12 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API secret is base64 text, as Polymarket returned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept only in the system keychain. Polaris shows whether each one is stored, never its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polymarket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key&apos;s address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kalshi — coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid key; enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available, so keys cannot be stored. Start a Secret Service (for example gnome-keyring) in your desktop session and open this dialog again. Polaris never keeps keys in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::LiveConfirmDialog</name>
    <message>
        <source>Enter Live trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Live sends real, signed orders to Polymarket with your money.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every approved opportunity becomes orders on the venue. Fills are final; a partial fill can leave an unhedged position that is patched, unwound or held at a loss. The risk limits and the circuit breaker still apply, and every execution still needs your approval.&lt;/p&gt;&lt;p&gt;Paper trading simulates the same flow without sending anything. Go Live only when Paper has shown the results you expect.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::MainWindow</name>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to market data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates the scanner refused, and why (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED DATA — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 events · books %3 live / %4 stale / %5 invalid · %6 msg/s · feeds %7/%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opportunities (%2) · %3 near-misses · full scan %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-misses (closest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-misses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Language, venue and database changes apply after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an opportunity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the approval queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ping %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::OpportunityDetailView</name>
    <message>
        <source>No longer listed by the scanner: these are its last figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guaranteed payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital lock-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs (limit = worst book level the basket takes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VWAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout in every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 · opportunity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1 (%2 from now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: capital returned at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 ago, last %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome outside the basket wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an opportunity to see its legs, fees and the payout in every outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-book depth (shaded: the levels the basket takes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::OpportunityFilterBar</name>
    <message>
        <source>Strategies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. net profit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USDC, e.g. 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search event, market or token id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a decimal amount: type USDC with at most 6 decimals, e.g. 2.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::OpportunityTableModel</name>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualised %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the scanner has seen this opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of the oldest order book a leg was priced from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the buy legs&apos; notionals, USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guaranteed payout − cost − fees − gas, USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
event %2
id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 × %3 at ≤ %4 (VWAP %5, fee %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
payout %2 − cost %3 − fees %4 − gas %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capital locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capital returned at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::PnlChart</name>
    <message>
        <source>Realised PnL (USDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrealised PnL (USDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
realised %3
unrealised %4
open exposure %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::PnlChartView</name>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper and live PnL are never mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading PnL from the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PnL cannot be shown: the database URL is invalid. Fix it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PnL cannot be shown: the database cannot be read (%1). Retrying every %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), read %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: realised %3 · unrealised %4 · open exposure %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live trades in the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper trades in the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live trades in the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper trades in the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live trades yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper trades yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::RefusalTableModel</name>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge / share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
event %2
id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best-ask edge %1 USDC per share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no edge could be computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::RiskPanel</name>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what would be traded; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate fills against the live books; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send real orders (asks for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume trading after a pause for consecutive failures. A stop for the daily loss cannot be reset: it ends at 00:00 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation with the venue found %n unexpected item(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(running as %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::RiskPanelModel</name>
    <message>
        <source>%1 USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused in the last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh, consistent, tradable, liquid books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 1: the scanner refuses candidates with missing, stale, crossed or thin books and markets that are closed, disputed or awaiting resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profit, size, yield and confidence thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 2: the scanner refuses candidates below the minimum discount, size, annualised yield or confidence set in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed: trading allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped for the day until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped to Monitor: nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 4: %1 consecutive failures pause trading; a daily loss over %2 stops it until the next UTC day; API latency over %3 ms drops executions to Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 0 to trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral available to trade; the capital limits below are shares of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 3: one opportunity&apos;s cost may not exceed this share of the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of the balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 3: open positions and unfinished orders at their limit prices, against this share of the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 3: the exposure of any single event. No open exposure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 3: the exposure of any single event. Largest: event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 4: executions that ended in error or left an unhedged partial fill, in a row. Any success resets the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 4: realised PnL since 00:00 UTC; a loss over the limit stops trading until the next UTC day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 4: the round trip of the last order request; over the limit, executions drop to Monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Tripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped to Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::SettingsDialog</name>
    <message>
        <source>An absolute ws:// or wss:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An absolute http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stored values could not be used and are shown at their defaults; OK saves the values below. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every threshold back to its default (saved only with OK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and ratios are exact decimals: 0.03 means 3 %. Changes apply to the running scanner when you press OK. The names in the tooltips are the keys of polaris-arb --set and the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polymarket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOB REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set and takes precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out: settings are not a safe place for it. PostgreSQL reads it from ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the SQLite file shown. Or sqlite:PATH, or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses apply after restart. Command-line flags and POLARIS_* environment variables take precedence over these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies after restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of new opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a decimal number: use digits and one &apos;.&apos;, e.g. 5 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system notification (or a status-bar message when the desktop has no tray) for each new opportunity at or above this net profit, at most one every few seconds. Applies immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) need attention, see %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>polaris::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::TrayAnnouncer</name>
    <message>
        <source>%1 · %2 · %3 USDC net (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity: %1 USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new opportunities ≥ %2 USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>polaris::ui::display::Text</name>
    <message>
        <source>%1 USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A — NegRisk basket, YES of every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&apos; — NegRisk basket, NO of every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B — binary complement, YES + NO below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C — NO conversion through the NegRiskAdapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F — bond, near-certain outcome held to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G — tail-end convergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome has no ask (or no book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event is not flagged negRisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A market is closed, archived or not accepting orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidity below the anti-rug floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book is stale or its feed is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book is crossed or inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmented negRisk: YES basket not provably exhaustive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open UMA dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date passed, awaiting resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit below the minimum discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough size at a profitable price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annualised yield below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leg is below the market&apos;s minimum order size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the strategy&apos;s time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 data integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
