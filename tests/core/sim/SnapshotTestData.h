#pragma once

#include <QByteArray>

/// A tiny recorded universe in the venue's shapes for tst_snapshotloader (kept out of the test's
/// .cpp because moc cannot parse raw string literals containing escaped quotes).
namespace polaris::sim::test {

extern const char* const kYes;
extern const char* const kNo;
extern const QByteArray kEvent1;
extern const QByteArray kEvent2;
extern const QByteArray kBook1;
extern const QByteArray kBook2;

} // namespace polaris::sim::test
