#include "id_number.hpp"

namespace wz {

IdNumberInfo checkIdNumber(std::string_view id) {
    IdNumberInfo info;
    if (id.size() != 18) {
        info.problem = "身份证号码应为18位";
        return info;
    }
    for (size_t i = 0; i < 17; ++i) {
        if (id[i] < '0' || id[i] > '9') {
            info.problem = "身份证号码前17位应为数字";
            return info;
        }
    }
    const char last = id[17];
    if (!(last >= '0' && last <= '9') && last != 'X' && last != 'x') {
        info.problem = "身份证号码最后一位应为数字或X";
        return info;
    }
    const std::string birth = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
                              std::string(id.substr(12, 2));
    const auto date = parseDate(birth);
    if (!date || date->year < 1900) {
        info.problem = "身份证号码中的出生日期不存在";
        return info;
    }
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (id[i] - '0') * weights[i];
    const char expected = checks[sum % 11];
    if ((last == 'x' ? 'X' : last) != expected) {
        info.problem = "身份证号码校验位不正确";
        return info;
    }
    info.valid = true;
    info.birthDate = *date;
    info.gender = (id[16] - '0') % 2 == 1 ? Gender::male : Gender::female;
    return info;
}

}  // namespace wz
