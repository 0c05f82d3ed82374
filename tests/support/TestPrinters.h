#pragma once

#include "core/money/Decimal.h"

#include <QTest>

/// Lets QCOMPARE print Decimals ("Actual: 0.52, Expected: 0.5") instead of only their names.
namespace polaris {
inline char* toString(const Decimal& value)
{
    return qstrdup(value.toString().c_str());
}
} // namespace polaris
