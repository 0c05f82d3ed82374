#include <QTest>
class TestOrderBook : public QObject { Q_OBJECT private Q_SLOTS: void placeholder() {} };
QTEST_APPLESS_MAIN(TestOrderBook)
#include "tst_orderbook.moc"
