// A document as readers produce it and every later stage sees it.
#pragma once
#include <string>

namespace kroniek {

struct Document {
  std::string id;    // from the JSONL "id", or the file name
  std::string lang;  // "nl", "en" or empty (use the --lang default)
  std::string date;  // YYYY-MM-DD, or empty when unknown
  std::string title;
  std::string text;  // valid UTF-8
};

}  // namespace kroniek
