#define BOOST_TEST_MODULE id_number
#include <boost/test/unit_test.hpp>

#include "id_number.hpp"
#include "unit_helpers.hpp"

using wz::checkIdNumber;
using wz::Gender;

namespace {
bool valid(const std::string& id) { return checkIdNumber(id).valid; }

// the same number with its last character replaced by every other possible check character
std::vector<std::string> wrongChecks(const std::string& id) {
    std::vector<std::string> out;
    for (char c : std::string("0123456789X")) {
        if (c == id[17] || (c == 'X' && id[17] == 'x')) continue;
        out.push_back(id.substr(0, 17) + c);
    }
    return out;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(id_number)

BOOST_AUTO_TEST_CASE(helper_agrees_with_the_standard_example) {
    // GB 11643-1999's published example 11010519491231002X: the helper must reproduce its check character
    BOOST_TEST(unit::idCheckChar("11010519491231002") == 'X');
    BOOST_TEST(unit::idCheckChar("11010119900307013") == '4');
}

BOOST_AUTO_TEST_CASE(literal_known_valid_numbers) {
    const auto a = checkIdNumber("11010519491231002X");
    BOOST_TEST(a.valid);
    BOOST_TEST(a.birthDate.str() == "1949-12-31");
    BOOST_TEST((a.gender == Gender::female));  // 17th digit 2

    const auto b = checkIdNumber("110101199003070134");
    BOOST_TEST(b.valid);
    BOOST_TEST(b.birthDate.str() == "1990-03-07");
    BOOST_TEST((b.gender == Gender::male));  // 17th digit 3

    const auto c = checkIdNumber("330324199508150523");
    BOOST_TEST(c.valid);
    BOOST_TEST(c.birthDate.str() == "1995-08-15");
    BOOST_TEST((c.gender == Gender::female));
}

BOOST_AUTO_TEST_CASE(computed_valid_numbers) {
    for (const char* birth : {"19850601", "20000229", "19760229", "20051231", "19610101"}) {
        for (const char* seq : {"001", "010", "123", "998", "999", "457"}) {
            const std::string id = unit::makeId(birth, seq);
            const auto info = checkIdNumber(id);
            BOOST_TEST(info.valid, id);
            std::string b = birth;
            BOOST_TEST(info.birthDate.str() == b.substr(0, 4) + "-" + b.substr(4, 2) + "-" + b.substr(6, 2), id);
        }
    }
}

BOOST_AUTO_TEST_CASE(check_character_x_in_either_case) {
    BOOST_TEST(valid("11010519491231002X"));
    BOOST_TEST(valid("11010519491231002x"));
    // find a computed number whose check is X, then write it lowercase
    int found = 0;
    for (int seq = 0; seq < 1000 && found < 3; ++seq) {
        char s[4];
        std::snprintf(s, sizeof s, "%03d", seq);
        std::string id = unit::makeId("19850601", s);
        if (id[17] != 'X') continue;
        ++found;
        BOOST_TEST(valid(id), id);
        id[17] = 'x';
        BOOST_TEST(valid(id), id);
    }
    BOOST_TEST(found == 3);
}

BOOST_AUTO_TEST_CASE(wrong_check_character) {
    for (const std::string& base : std::vector<std::string>{std::string("11010519491231002X"), std::string("110101199003070134"),
                                   unit::makeId("19850601", "011")})
        for (const auto& id : wrongChecks(base)) {
            const auto info = checkIdNumber(id);
            BOOST_TEST(!info.valid, id);
            BOOST_TEST(!info.problem.empty(), id);
        }
}

BOOST_AUTO_TEST_CASE(wrong_length) {
    const std::string ok = "110101199003070134";
    BOOST_TEST(!valid(""));
    BOOST_TEST(!valid(ok.substr(0, 17)));
    BOOST_TEST(!valid(ok + "0"));
    BOOST_TEST(!valid("110101900307013"));  // the old 15-digit form
    BOOST_TEST(!valid(" " + ok));
    BOOST_TEST(!checkIdNumber(ok.substr(0, 17)).problem.empty());
}

BOOST_AUTO_TEST_CASE(letters_and_symbols) {
    BOOST_TEST(!valid("1101011990030701A4"));
    BOOST_TEST(!valid("X10101199003070134"));
    BOOST_TEST(!valid("11010119900307013Y"));
    BOOST_TEST(!valid("11010119900307013-"));
    BOOST_TEST(!valid("110101-99003070134"));
    // X is only ever the check character
    std::string id = unit::makeId("19850601", "011");
    id[16] = 'X';
    BOOST_TEST(!valid(id));
}

BOOST_AUTO_TEST_CASE(impossible_birth_dates) {
    // check characters computed correctly: only the date is wrong
    for (const char* birth : {"19990230", "20010229", "21000229", "19851301", "19850001", "19850100", "19850431"}) {
        const std::string id = unit::makeId(birth, "011");
        const auto info = checkIdNumber(id);
        BOOST_TEST(!info.valid, id);
        BOOST_TEST(!info.problem.empty(), id);
    }
    // a leap day in a leap year is fine
    BOOST_TEST(valid(unit::makeId("20000229", "011")));
    BOOST_TEST(valid(unit::makeId("19960229", "011")));
}

BOOST_AUTO_TEST_CASE(gender_from_the_17th_digit) {
    for (int d = 0; d <= 9; ++d) {
        const std::string seq = "01" + std::to_string(d);
        const auto info = checkIdNumber(unit::makeId("19850601", seq));
        BOOST_REQUIRE(info.valid);
        BOOST_TEST((info.gender == (d % 2 == 1 ? Gender::male : Gender::female)), "17th digit " << d);
    }
}

BOOST_AUTO_TEST_SUITE_END()
