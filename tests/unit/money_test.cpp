#define BOOST_TEST_MODULE money
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "money.hpp"

using wz::Fen;

namespace {
Fen fen(double yuan) {
    Fen f = -1;
    BOOST_REQUIRE(wz::yuanToFen(yuan, f));
    return f;
}
bool rejects(double yuan) {
    Fen f = 12345;
    return !wz::yuanToFen(yuan, f);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(money)

BOOST_AUTO_TEST_CASE(yuan_text_is_the_shortest_decimal) {
    BOOST_TEST(wz::yuanText(0) == "0");
    BOOST_TEST(wz::yuanText(500) == "5");
    BOOST_TEST(wz::yuanText(166667) == "1666.67");
    BOOST_TEST(wz::yuanText(160000) == "1600");
    BOOST_TEST(wz::yuanText(50) == "0.5");
    BOOST_TEST(wz::yuanText(5) == "0.05");
    BOOST_TEST(wz::yuanText(1) == "0.01");
    BOOST_TEST(wz::yuanText(105) == "1.05");
    BOOST_TEST(wz::yuanText(110) == "1.1");
    BOOST_TEST(wz::yuanText(260000) == "2600");
    BOOST_TEST(wz::yuanText(197550) == "1975.5");
    BOOST_TEST(wz::yuanText(123456789) == "1234567.89");
}

BOOST_AUTO_TEST_CASE(yuan_to_fen_rounds_half_up) {
    BOOST_TEST(fen(3333.33) == 333333);
    BOOST_TEST(fen(0) == 0);
    BOOST_TEST(fen(5) == 500);
    BOOST_TEST(fen(1666.67) == 166667);
    BOOST_TEST(fen(0.1) == 10);
    BOOST_TEST(fen(0.29) == 29);    // 28.999999... in binary
    BOOST_TEST(fen(1.005) == 101);  // 100.4999... in binary, half-up as typed
    BOOST_TEST(fen(2.675) == 268);
    BOOST_TEST(fen(0.005) == 1);
    BOOST_TEST(fen(0.004) == 0);
    BOOST_TEST(fen(4000.004) == 400000);
    BOOST_TEST(fen(4000.005) == 400001);
    BOOST_TEST(fen(10000000) == 1000000000);
}

BOOST_AUTO_TEST_CASE(yuan_to_fen_rejects_negative_and_non_finite) {
    BOOST_TEST(rejects(-1));
    BOOST_TEST(rejects(-0.01));
    BOOST_TEST(rejects(std::numeric_limits<double>::quiet_NaN()));
    BOOST_TEST(rejects(std::numeric_limits<double>::infinity()));
    BOOST_TEST(rejects(-std::numeric_limits<double>::infinity()));
    BOOST_TEST(rejects(1e300));
}

BOOST_AUTO_TEST_CASE(round_to_fen_is_half_up) {
    BOOST_TEST(wz::roundToFen(0) == 0);
    BOOST_TEST(wz::roundToFen(499) == 0);
    BOOST_TEST(wz::roundToFen(500) == 1);
    BOOST_TEST(wz::roundToFen(1499) == 1);
    BOOST_TEST(wz::roundToFen(1500) == 2);
    BOOST_TEST(wz::roundToFen(2500) == 3);  // half-up, not half-even
    BOOST_TEST(wz::roundToFen(166666500) == 166667);
    BOOST_TEST(wz::roundToFen(166666499) == 166666);
    BOOST_TEST(wz::roundToFen(wz::toMilli(160000)) == 160000);
}

BOOST_AUTO_TEST_CASE(exact_percentages) {
    // apprentice-employee: fee 3333.33, training certificate only: 50% = 1666.665 -> 1666.67
    BOOST_TEST(wz::percentOf(wz::toMilli(333333), 50) == 166666500);
    BOOST_TEST(wz::yuanText(wz::roundToFen(wz::percentOf(wz::toMilli(333333), 50))) == "1666.67");
    BOOST_TEST(wz::percentOf(wz::toMilli(200000), 130) == wz::toMilli(260000));
    BOOST_TEST(wz::percentOf(wz::toMilli(1), 50) == 500);
}

BOOST_AUTO_TEST_SUITE_END()
