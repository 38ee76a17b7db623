// Calendar dates as plain days; one written rule for "N years after" (29 Feb -> 28 Feb).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace wz {

struct Date {
    int year = 0, month = 0, day = 0;
    friend bool operator==(const Date& a, const Date& b) { return a.serial() == b.serial(); }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) { return a.serial() < b.serial(); }
    friend bool operator<=(const Date& a, const Date& b) { return a.serial() <= b.serial(); }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator>=(const Date& a, const Date& b) { return b <= a; }
    // days since 1970-01-01
    long serial() const;
    std::string str() const;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);
// strict "YYYY-MM-DD", a real calendar day in years 1000..9999
std::optional<Date> parseDate(std::string_view text);
Date dateFromSerial(long days);
// The same calendar day N years/months later; a day that does not exist becomes the month's last day.
Date addYears(const Date& d, int years);
Date addMonths(const Date& d, int months);
Date addDays(const Date& d, long days);
long daysBetween(const Date& from, const Date& to);
// Whole years completed on `on`: the Nth birthday is addYears(birth, N).
int ageInYears(const Date& birth, const Date& on);

}  // namespace wz
