// Reading records back: one JSON line as write_jsonl (io/record_writers.h) writes it
// into a Record, so a stored line can be printed again in every format.
#pragma once
#include <string_view>

#include "core/event.h"

namespace kroniek {

// Reads one JSON line as write_jsonl writes it back into a Record. Throws
// std::invalid_argument with the reason (not JSON, a field of the wrong type,
// a missing required field) for anything else.
//
// - "id" (a non-empty string), "type" and "doc" (strings) are required.
// - Every other field may be missing or null: the Record keeps its default
//   (empty string, std::nullopt, empty list, modality "asserted", mentions 1, 0).
// - A present field must have the type write_jsonl gives it; numbers written as
//   doubles accept integers ("goldstein":-10), integers must be whole and in range,
//   offsets non-negative. Errors name the field as a path: "location.lat",
//   "evidence[1].start".
// - An actor's code, country and role are read as written (null role: none).
// - Unknown fields are ignored; fields write_jsonl does not write (trigger,
//   clause_first, ...) keep their defaults.
// A trailing newline (or any surrounding whitespace) is allowed.
Record read_record_json(std::string_view line);

}  // namespace kroniek
