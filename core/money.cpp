#include "money.hpp"

#include <cmath>

namespace wz {

std::string yuanText(Fen f) {
    std::string s = std::to_string(f / 100);
    const int cents = static_cast<int>(f % 100);
    if (cents != 0) {
        s += '.';
        s += static_cast<char>('0' + cents / 10);
        if (cents % 10 != 0) s += static_cast<char>('0' + cents % 10);
    }
    return s;
}

bool yuanToFen(double yuan, Fen& out) {
    if (!std::isfinite(yuan) || yuan < 0 || yuan > 1e12) return false;
    out = static_cast<Fen>(std::floor(yuan * 100.0 + 0.5 + 1e-7));
    return true;
}

}  // namespace wz
