// Money: integer fen for every amount the policy states; per-trainee formulas keep
// tenths of a fen-hundredth (milli-fen) so that only the printed value is rounded.
#pragma once
#include <cstdint>
#include <string>

namespace wz {

using Fen = std::int64_t;
using MilliFen = std::int64_t;  // 1/1000 fen

constexpr MilliFen toMilli(Fen f) { return f * 1000; }
// half-up to whole fen (amounts are never negative)
constexpr Fen roundToFen(MilliFen m) { return (m + 500) / 1000; }
// a percentage of an exact amount, still exact to the milli-fen when the inputs are fen
constexpr MilliFen percentOf(MilliFen m, std::int64_t percent) { return m * percent / 100; }
// "1666.67", "1600", "0.5" -> a JSON number in yuan
std::string yuanText(Fen f);
// yuan as the user typed it (a JSON number) -> fen, half-up; false when not finite or out of range
bool yuanToFen(double yuan, Fen& out);

}  // namespace wz
