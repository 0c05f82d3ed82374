#!/usr/bin/env python3
"""A straightforward Python scanner of strategies A, A', B, C, F and G, for the side-by-side
comparison in docs/benchmarks.md ("Scanner"). Written the way a plain Python bot would be:
standard library only, json.load of the snapshot files, dicts and dataclasses, books sorted
after loading, depth walked level by level, basket size found by binary search on the 0.01-share
grid (profit % and the marginal test are monotone in q). Same default thresholds as ArbConfig.

    python3 python_scanner.py SNAPSHOT_DIR [--decimal]

Prices and sizes are floats by default (what most bots use; also the faster choice, which keeps
the comparison conservative); --decimal uses decimal.Decimal. Prints one JSON document.
"""

import json
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

NUM = float
DAY_MS = 86_400_000


@dataclass
class Config:
    min_discount: object = None
    min_shares_c: int = 5_000          # 50.00 shares, in hundredths
    max_shares_c: int = 50_000         # 500.00
    merge_gas: object = None
    convert_gas: object = None
    min_liquidity: object = None
    lag_ms: int = 2 * DAY_MS
    bond_min: object = None
    bond_max: object = None
    bond_min_annualized: float = 0.10
    bond_max_days: int = 30
    tail_max_ms: int = 6 * 3600 * 1000
    tail_min_conf: float = 0.90
    tail_min_profit: float = 0.03

    def __post_init__(self):
        self.min_discount = NUM("0.03")
        self.merge_gas = NUM("0.01")
        self.convert_gas = NUM("0.02")
        self.min_liquidity = NUM("1000")
        self.bond_min = NUM("0.93")
        self.bond_max = NUM("0.995")


@dataclass
class Book:
    asset_id: str
    bids: list  # [(price, size)], best first
    asks: list
    min_order: object


@dataclass
class Market:
    condition_id: str
    question: str
    yes: str
    no: str
    active: bool
    closed: bool
    archived: bool
    accepting: bool
    order_book: bool
    neg_risk_other: bool
    group_title: str
    liquidity: object
    end_ms: int
    min_order: object
    fee_rate: object
    fee_exp: int

    def tradable(self):
        return self.order_book and self.accepting and self.active and not self.closed and not self.archived

    def placeholder(self):
        return not self.active and self.group_title.startswith("Candidate")

    def named(self):
        other = self.neg_risk_other or self.group_title.strip().lower() == "other"
        return not other and not self.placeholder()


@dataclass
class Event:
    id: str
    title: str
    neg_risk: bool
    augmented: bool
    closed: bool
    archived: bool
    liquidity: object
    end_ms: int
    fee_bips: int
    markets: list = field(default_factory=list)


def iso_ms(text):
    if not text:
        return None
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)


def load_events(path):
    with open(path, "rb") as f:
        raw = json.load(f)
    events = []
    for e in raw:
        ev = Event(str(e["id"]), e.get("title", ""), bool(e.get("negRisk")),
                   bool(e.get("enableNegRisk")) and bool(e.get("negRiskAugmented")),
                   bool(e.get("closed")), bool(e.get("archived")), NUM(str(e.get("liquidity", 0))),
                   iso_ms(e.get("endDate")), int(e.get("negRiskFeeBips") or 0))
        for m in e.get("markets", []):
            tokens = json.loads(m.get("clobTokenIds") or "[]")
            if len(tokens) != 2:
                continue
            fee = m.get("feeSchedule") or {}
            fees_on = bool(m.get("feesEnabled")) and fee
            ev.markets.append(Market(
                m["conditionId"], m.get("question", ""), tokens[0], tokens[1],
                bool(m.get("active")), bool(m.get("closed")), bool(m.get("archived")),
                bool(m.get("acceptingOrders")), bool(m.get("enableOrderBook")),
                bool(m.get("negRiskOther")), m.get("groupItemTitle") or "",
                NUM(str(m.get("liquidity") or m.get("liquidityNum") or 0)),
                iso_ms(m.get("endDate")), NUM(str(m.get("orderMinSize", 0))),
                NUM(str(fee.get("rate", 0))) if fees_on else NUM(0), int(fee.get("exponent", 1)) if fees_on else 1))
        events.append(ev)
    return events


def load_books(path):
    with open(path, "rb") as f:
        raw = json.load(f)
    books = {}
    for b in raw:
        bids = sorted(((NUM(l["price"]), NUM(l["size"])) for l in b.get("bids", [])), key=lambda l: -l[0])
        asks = sorted(((NUM(l["price"]), NUM(l["size"])) for l in b.get("asks", [])), key=lambda l: l[0])
        books[b["asset_id"]] = Book(b["asset_id"], bids, asks, NUM(b.get("min_order_size", "0")))
    return books


# ---- baskets (A, A', B, C) ----

@dataclass
class Leg:
    market: Market
    token: str
    book: Book
    buy: bool


def level_fee(leg, price, shares):
    if not leg.market.fee_rate:
        return NUM(0)
    return shares * leg.market.fee_rate * (price * (1 - price)) ** leg.market.fee_exp


def walk(leg, q):
    """(notional, fee, worst price) of q shares, or None when the book is too thin."""
    levels = leg.book.asks if leg.buy else leg.book.bids
    left, notional, fee, worst = q, NUM(0), NUM(0), None
    for price, size in levels:
        if left <= 0:
            break
        take = size if size < left else left
        notional += price * take
        fee += level_fee(leg, price, take)
        worst = price
        left -= take
    return None if left > 0 else (notional, fee, worst)


def evaluate(legs, units, bips, gas, q_c):
    q = NUM(q_c) / 100
    out = q - NUM(q_c * bips // 10_000) / 100
    sell_q = NUM(int(out * 100)) / 100
    cost = proceeds = fees = NUM(0)
    marginal = NUM(units) * (1 - NUM(bips) / 10_000)
    for leg in legs:
        w = walk(leg, q if leg.buy else sell_q)
        if w is None:
            return None
        notional, fee, worst = w
        fees += fee
        if leg.buy:
            cost += notional
            marginal -= worst + level_fee(leg, worst, NUM(1))
        else:
            proceeds += notional
            marginal += worst - level_fee(leg, worst, NUM(1))
    net = NUM(units) * out + proceeds - cost - fees - gas
    return {"shares": q, "cost": cost, "net": net, "marginal_ok": marginal > 0}


def passes(legs, basket, cfg):
    if basket is None or not basket["marginal_ok"] or basket["cost"] <= 0:
        return False
    if any(leg.buy and basket["shares"] < leg.market.min_order for leg in legs):
        return False
    return basket["net"] >= cfg.min_discount * basket["cost"]


def size_basket(legs, units, bips, gas, cfg):
    """Largest q on the grid that passes, or None."""
    top = NUM(units)
    for leg in legs:
        levels = leg.book.asks if leg.buy else leg.book.bids
        p = levels[0][0]
        top += -(p + level_fee(leg, p, NUM(1))) if leg.buy else p - level_fee(leg, p, NUM(1))
    if top <= 0:
        return None
    lo, hi = cfg.min_shares_c, cfg.max_shares_c
    best = evaluate(legs, units, bips, gas, lo)
    if not passes(legs, best, cfg):
        return None
    while lo < hi:
        mid = (lo + hi + 1) // 2
        b = evaluate(legs, units, bips, gas, mid)
        if passes(legs, b, cfg):
            lo, best = mid, b
        else:
            hi = mid - 1
    return best


class Scanner:
    def __init__(self, books, cfg, now_ms):
        self.books, self.cfg, self.now = books, cfg, now_ms
        self.opportunities, self.refusals = [], []

    def refuse(self, strategy, event, reason):
        self.refusals.append({"strategy": strategy, "event": event.id, "reason": reason})

    def legs(self, markets, yes, buy=True):
        out = []
        for m in markets:
            token = m.yes if yes else m.no
            out.append(Leg(m, token, self.books.get(token), buy))
        return out

    def books_ok(self, legs, require_side=True):
        for leg in legs:
            if leg.book is None:
                return False
            if require_side and not (leg.book.asks if leg.buy else leg.book.bids):
                return False
        return True

    def basket(self, strategy, event, legs, units, bips, gas, liquidity):
        if any(not leg.market.tradable() for leg in legs):
            return self.refuse(strategy, event, "market_not_tradable")
        if liquidity < self.cfg.min_liquidity:
            return self.refuse(strategy, event, "low_liquidity")
        if not self.books_ok(legs):
            return self.refuse(strategy, event, "missing_ask")
        sized = size_basket(legs, units, bips, gas, self.cfg)
        if sized is None:
            return self.refuse(strategy, event, "below_min_discount")
        ident = strategy + ":" + event.id + ":" + ",".join(sorted(leg.token for leg in legs))
        self.opportunities.append({"id": ident, "strategy": strategy, "event_id": event.id,
                                   "shares": str(sized["shares"]), "cost": str(sized["cost"]),
                                   "net_profit": str(sized["net"])})

    def scan_event(self, e):
        cfg = self.cfg
        if e.neg_risk:
            named = [m for m in e.markets if m.named() and m.tradable()]
            if e.augmented:
                self.refuse("A", e, "augmented_neg_risk")
            else:
                self.basket("A", e, self.legs(e.markets, True), 1, 0, NUM(0), e.liquidity)
            short = named if e.augmented else e.markets
            if len(short) >= 2:
                self.basket("A'", e, self.legs(short, False), len(short) - 1, 0, NUM(0), e.liquidity)
            self.scan_conversion(e, short)
        for m in e.markets:
            if not m.closed and not m.archived and not m.placeholder():
                self.basket("B", e, self.legs([m], True) + self.legs([m], False), 1, 0, cfg.merge_gas, m.liquidity)
            self.scan_bond(e, m)
            self.scan_tail(e, m)

    def scan_conversion(self, e, markets):
        if len(markets) < 2 or any(not m.tradable() for m in markets) or e.liquidity < self.cfg.min_liquidity:
            return self.refuse("C", e, "not_eligible")
        if any(self.books.get(m.no) is None or self.books.get(m.yes) is None for m in markets):
            return self.refuse("C", e, "missing_book")
        in_s, sells = [], []
        for m in markets:
            no_book, yes_book = self.books[m.no], self.books[m.yes]
            yes_bid = yes_book.bids[0][0] if yes_book.bids else NUM(0)
            if no_book.asks and 1 - no_book.asks[0][0] >= yes_bid:
                in_s.append(Leg(m, m.no, no_book, True))
            elif yes_book.bids:
                sells.append(Leg(m, m.yes, yes_book, False))
        if len(in_s) < 2:
            return self.refuse("C", e, "subset_too_small")
        units = len(in_s) - 1
        before = len(self.opportunities)
        self.basket("C", e, in_s + sells, units, e.fee_bips, self.cfg.convert_gas, e.liquidity)
        if sells:
            self.basket("C", e, in_s, units, e.fee_bips, self.cfg.convert_gas, e.liquidity)
        if len(self.opportunities) > before:  # a refusal of the other variant is not a near-miss
            self.refusals = [r for r in self.refusals if not (r["strategy"] == "C" and r["event"] == e.id)]

    def hold_fill(self, book, market, limit, profit_ok):
        shares = cost = NUM(0)
        max_q = NUM(self.cfg.max_shares_c) / 100
        for price, size in book.asks:
            if price > limit or not profit_ok(price, market):
                break
            take = min(size, max_q - shares)
            shares += take
            cost += price * take + market.fee_rate * take * (price * (1 - price)) ** market.fee_exp
            if shares >= max_q:
                break
        return shares, cost

    def scan_bond(self, e, m):
        cfg = self.cfg
        if m.closed or m.archived or not m.named():  # never an "Other" or placeholder leg
            return
        for token in (m.yes, m.no):
            book = self.books.get(token)
            if book is None or not book.asks:
                continue
            p = book.asks[0][0]
            if p < cfg.bond_min or p > cfg.bond_max:
                continue
            if m.end_ms is None or m.end_ms <= self.now or not m.tradable() or m.liquidity < cfg.min_liquidity:
                self.refuse("F", e, "not_eligible")
                continue
            days = (m.end_ms + cfg.lag_ms - self.now) / DAY_MS
            if days > cfg.bond_max_days:
                self.refuse("F", e, "too_far_from_resolution")
                continue

            def ok(price, market):
                return (1 / float(price) - 1) * 365 / days >= cfg.bond_min_annualized
            shares, cost = self.hold_fill(book, m, cfg.bond_max, ok)
            if not ok(p, m) or shares < NUM(cfg.min_shares_c) / 100:
                self.refuse("F", e, "below_threshold")
                continue
            self.opportunities.append({"id": "F:" + token, "strategy": "F", "event_id": e.id,
                                       "shares": str(shares), "cost": str(cost), "net_profit": str(shares - cost)})

    def scan_tail(self, e, m):
        cfg = self.cfg
        if m.closed or m.archived or m.end_ms is None or not m.named():
            return
        leader, mid = None, None
        for token in (m.yes, m.no):
            book = self.books.get(token)
            if book is None or not book.bids:
                continue
            ref = (book.bids[0][0] + book.asks[0][0]) / 2 if book.asks else book.bids[0][0]
            if leader is None or ref > mid:
                leader, mid = token, ref
        if leader is None or float(mid) < cfg.tail_min_conf:
            return
        if m.end_ms - self.now > cfg.tail_max_ms:
            return self.refuse("G", e, "too_far_from_resolution")
        book = self.books[leader]
        if not m.tradable() or not book.asks or m.liquidity < cfg.min_liquidity:
            return self.refuse("G", e, "not_eligible")

        def ok(price, market):
            return (1 - float(price)) / float(price) >= cfg.tail_min_profit
        shares, cost = self.hold_fill(book, m, NUM(1), ok)
        if shares < NUM(cfg.min_shares_c) / 100:
            return self.refuse("G", e, "below_threshold")
        self.opportunities.append({"id": "G:" + leader, "strategy": "G", "event_id": e.id,
                                   "shares": str(shares), "cost": str(cost), "net_profit": str(shares - cost)})


def main():
    global NUM
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--decimal" in sys.argv:
        NUM = Decimal
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    directory = args[0]
    t0 = time.perf_counter()
    with open(directory + "/meta.json") as f:
        now_ms = iso_ms(json.load(f)["captured_at"])
    events = load_events(directory + "/events.json")
    t1 = time.perf_counter()
    books = load_books(directory + "/books.json")
    t2 = time.perf_counter()
    scanner = Scanner(books, Config(), now_ms)
    for event in events:
        scanner.scan_event(event)
    t3 = time.perf_counter()
    counts = {}
    for o in scanner.opportunities:
        counts[o["strategy"]] = counts.get(o["strategy"], 0) + 1
    json.dump({"scanned": {"events": len(events), "markets": sum(len(e.markets) for e in events), "books": len(books)},
               "numbers": NUM.__name__,
               "elapsed_ms": {"events": round((t1 - t0) * 1e3, 1), "books": round((t2 - t1) * 1e3, 1),
                              "scan": round((t3 - t2) * 1e3, 1)},
               "opportunity_count": len(scanner.opportunities), "by_strategy": counts,
               "rejected_count": len(scanner.refusals),
               "opportunities": sorted(scanner.opportunities, key=lambda o: o["id"])}, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
