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
