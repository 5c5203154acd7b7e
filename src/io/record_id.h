// Record ids: a stable hash of (document, evidence span, codes), so re-coding gives the same ids.
#pragma once
#include <cstddef>
#include <string>

namespace kroniek {

// "e:" + 16 lowercase hex digits of XXH3-64 over the fields joined by the unit separator
// (0x1F). The same on every run and machine.
std::string record_id(const std::string& doc, std::size_t evidence_start, std::size_t evidence_end,
                      const std::string& source_code, const std::string& target_code,
                      const std::string& cameo, const std::string& type);

}  // namespace kroniek
