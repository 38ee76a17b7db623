#define BOOST_TEST_MODULE civil_date
#include <boost/test/unit_test.hpp>

#include "civil_date.hpp"
#include "unit_helpers.hpp"

using wz::Date;
using unit::date;

namespace {
std::string s(const Date& d) { return d.str(); }
bool parses(const char* text) { return wz::parseDate(text).has_value(); }
}  // namespace

BOOST_AUTO_TEST_SUITE(parse_strict)

BOOST_AUTO_TEST_CASE(real_days_parse) {
    BOOST_TEST(parses("2021-03-15"));
    BOOST_TEST(parses("2020-02-29"));  // leap year
    BOOST_TEST(parses("2000-02-29"));  // divisible by 400
    BOOST_TEST(parses("2021-12-31"));
    BOOST_TEST(parses("2021-01-01"));
    const auto d = wz::parseDate("2020-02-29");
    BOOST_REQUIRE(d.has_value());
    BOOST_TEST(d->year == 2020);
    BOOST_TEST(d->month == 2);
    BOOST_TEST(d->day == 29);
}

BOOST_AUTO_TEST_CASE(impossible_days_rejected) {
    BOOST_TEST(!parses("2021-02-29"));  // common year
    BOOST_TEST(!parses("2100-02-29"));  // divisible by 100, not by 400
    BOOST_TEST(!parses("2021-04-31"));
    BOOST_TEST(!parses("2021-13-01"));
    BOOST_TEST(!parses("2021-00-10"));
    BOOST_TEST(!parses("2021-01-00"));
    BOOST_TEST(!parses("2021-01-32"));
}

BOOST_AUTO_TEST_CASE(shape_is_strict) {
    BOOST_TEST(!parses("2021-1-01"));
    BOOST_TEST(!parses("2021-01-1"));
    BOOST_TEST(!parses("21-01-01"));
    BOOST_TEST(!parses("2021/01/01"));
    BOOST_TEST(!parses("20210101"));
    BOOST_TEST(!parses(" 2021-01-01"));
    BOOST_TEST(!parses("2021-01-01 "));
    BOOST_TEST(!parses("2021-01-01T00:00"));
    BOOST_TEST(!parses("2021-0a-01"));
    BOOST_TEST(!parses("+021-01-01"));
    BOOST_TEST(!parses(""));
}

BOOST_AUTO_TEST_CASE(str_round_trips) {
    BOOST_TEST(s(date("2021-03-05")) == "2021-03-05");
    BOOST_TEST(s(Date{2020, 2, 29}) == "2020-02-29");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(calendar_arithmetic)

BOOST_AUTO_TEST_CASE(leap_years) {
    BOOST_TEST(wz::isLeapYear(2020));
    BOOST_TEST(wz::isLeapYear(2000));
    BOOST_TEST(!wz::isLeapYear(2100));
    BOOST_TEST(!wz::isLeapYear(2021));
    BOOST_TEST(wz::daysInMonth(2020, 2) == 29);
    BOOST_TEST(wz::daysInMonth(2021, 2) == 28);
    BOOST_TEST(wz::daysInMonth(2021, 4) == 30);
    BOOST_TEST(wz::daysInMonth(2021, 12) == 31);
}

BOOST_AUTO_TEST_CASE(add_years_29_feb_becomes_28_feb) {
    BOOST_TEST(s(wz::addYears(date("2020-02-29"), 1)) == "2021-02-28");
    BOOST_TEST(s(wz::addYears(date("2020-02-29"), 2)) == "2022-02-28");
    BOOST_TEST(s(wz::addYears(date("2020-02-29"), 4)) == "2024-02-29");
    BOOST_TEST(s(wz::addYears(date("2020-08-01"), 1)) == "2021-08-01");
    BOOST_TEST(s(wz::addYears(date("2021-03-15"), -2)) == "2019-03-15");
}

BOOST_AUTO_TEST_CASE(add_months_clamps_to_month_end) {
    BOOST_TEST(s(wz::addMonths(date("2021-01-31"), 1)) == "2021-02-28");
    BOOST_TEST(s(wz::addMonths(date("2020-01-31"), 1)) == "2020-02-29");
    BOOST_TEST(s(wz::addMonths(date("2021-03-31"), 1)) == "2021-04-30");
    BOOST_TEST(s(wz::addMonths(date("2021-03-31"), -1)) == "2021-02-28");
    BOOST_TEST(s(wz::addMonths(date("2020-02-29"), 12)) == "2021-02-28");
    BOOST_TEST(s(wz::addMonths(date("2021-12-15"), 1)) == "2022-01-15");
    BOOST_TEST(s(wz::addMonths(date("2021-01-15"), -1)) == "2020-12-15");
    BOOST_TEST(s(wz::addMonths(date("2021-05-31"), 0)) == "2021-05-31");
    BOOST_TEST(s(wz::addMonths(date("2020-04-01"), 12)) == "2021-04-01");
}

BOOST_AUTO_TEST_CASE(age_changes_on_the_birthday) {
    const Date birth = date("1990-06-15");
    BOOST_TEST(wz::ageInYears(birth, date("2020-06-14")) == 29);
    BOOST_TEST(wz::ageInYears(birth, date("2020-06-15")) == 30);
    BOOST_TEST(wz::ageInYears(birth, date("2020-12-31")) == 30);
    BOOST_TEST(wz::ageInYears(birth, date("1990-06-15")) == 0);
    BOOST_TEST(wz::ageInYears(birth, date("1990-06-14")) < 0);  // not born yet
}

BOOST_AUTO_TEST_CASE(age_of_someone_born_on_29_feb) {
    // decisions.md #2: in common years the birthday is 28 Feb
    const Date birth = date("2000-02-29");
    BOOST_TEST(wz::ageInYears(birth, date("2016-02-27")) == 15);
    BOOST_TEST(wz::ageInYears(birth, date("2016-02-28")) == 15);  // 2016 is a leap year: birthday 29 Feb
    BOOST_TEST(wz::ageInYears(birth, date("2016-02-29")) == 16);
    BOOST_TEST(wz::ageInYears(birth, date("2017-02-27")) == 16);
    BOOST_TEST(wz::ageInYears(birth, date("2017-02-28")) == 17);
    BOOST_TEST(wz::ageInYears(birth, date("2021-02-28")) == 21);
}

BOOST_AUTO_TEST_CASE(days_between_counts_signed_days) {
    BOOST_TEST(wz::daysBetween(date("2021-03-27"), date("2021-04-01")) == 5);
    BOOST_TEST(wz::daysBetween(date("2021-04-01"), date("2021-03-27")) == -5);
    BOOST_TEST(wz::daysBetween(date("2020-02-28"), date("2020-03-01")) == 2);
    BOOST_TEST(wz::daysBetween(date("2021-02-28"), date("2021-03-01")) == 1);
    BOOST_TEST(wz::daysBetween(date("2020-01-01"), date("2021-01-01")) == 366);
    BOOST_TEST(wz::daysBetween(date("2021-01-01"), date("2022-01-01")) == 365);
    BOOST_TEST(wz::daysBetween(date("2021-03-15"), date("2021-03-15")) == 0);
    BOOST_TEST(date("1970-01-01").serial() == 0);
}

BOOST_AUTO_TEST_CASE(add_days_and_serial_round_trip) {
    BOOST_TEST(s(wz::addDays(date("2021-12-31"), 1)) == "2022-01-01");
    BOOST_TEST(s(wz::addDays(date("2020-03-01"), -1)) == "2020-02-29");
    BOOST_TEST(s(wz::dateFromSerial(date("2100-03-01").serial())) == "2100-03-01");
    BOOST_TEST(s(wz::dateFromSerial(0)) == "1970-01-01");
}

BOOST_AUTO_TEST_CASE(ordering) {
    BOOST_TEST((date("2021-02-28") < date("2021-03-01")));
    BOOST_TEST((date("2021-03-01") > date("2021-02-28")));
    BOOST_TEST((date("2021-03-01") == Date{2021, 3, 1}));
    BOOST_TEST((date("2021-03-01") <= Date{2021, 3, 1}));
    BOOST_TEST((date("2021-03-01") != Date{2021, 3, 2}));
}

BOOST_AUTO_TEST_SUITE_END()
