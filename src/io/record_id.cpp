#include "io/record_id.h"

#include <xxhash.h>

#include <cstdio>
#include <initializer_list>

namespace kroniek {
namespace {

constexpr char kUnitSeparator = '\x1f';

std::string join_fields(std::initializer_list<std::string> fields) {
  std::string joined;
  bool first = true;
  for (const std::string& field : fields) {
    if (!first) joined += kUnitSeparator;
    joined += field;
    first = false;
  }
  return joined;
}

std::string hex16(unsigned long long value) {
  char digits[17];
  std::snprintf(digits, sizeof digits, "%016llx", value);
  return digits;
}

}  // namespace

std::string record_id(const std::string& doc, std::size_t evidence_start, std::size_t evidence_end,
                      const std::string& source_code, const std::string& target_code,
                      const std::string& cameo, const std::string& type) {
  const std::string canonical =
      join_fields({doc, std::to_string(evidence_start), std::to_string(evidence_end), source_code,
                   target_code, cameo, type});
  const XXH64_hash_t hash = XXH3_64bits(canonical.data(), canonical.size());
  return "e:" + hex16(static_cast<unsigned long long>(hash));
}

}  // namespace kroniek
