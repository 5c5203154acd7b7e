#include "io/readers.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "core/date.h"
#include "io/petrarch_xml.h"

namespace kroniek {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (!is_space(c)) return false;
  }
  return true;
}

std::size_t bom_length(std::string_view bytes) {
  return bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
}

std::string file_stem(const std::string& name) {
  return std::filesystem::path(name).stem().string();
}

std::string lowercase_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Why a text is too large to code, or "".
std::string size_problem(std::size_t bytes) {
  if (bytes <= kMaxDocumentBytes) return "";
  return "larger than the limit of " + std::to_string(kMaxDocumentBytes / (1024 * 1024)) +
         " MiB for one document (" + std::to_string(bytes) + " bytes); split it into articles";
}

std::string invalid_utf8_reason(std::size_t offset, std::string_view where) {
  return "invalid UTF-8 at byte " + std::to_string(offset) + std::string(where);
}

// Why a text is not one to code (binary data, then invalid UTF-8), or "". Control
// characters other than tabs and line ends become spaces, which keeps every
// byte offset: the analyzers choke on them, and news never means them.
std::string text_problem(std::string& text, std::string_view where) {
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    return "binary data, not text (a NUL byte at byte " + std::to_string(nul) + std::string(where) +
           ")";
  }
  if (const std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    return invalid_utf8_reason(bad, where);
  }
  for (char& c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7f) c = ' ';
  }
  return "";
}

// Archives often name files by date: "idlib-2020-02-11.txt" was published on
// 2020-02-11, so that becomes the document date (--date is the fallback). A
// language tag may follow the date: "idlib-2020-02-11.nl.txt".
std::string date_in_file_stem(std::string stem) {
  constexpr std::size_t kLength = 10;
  const std::size_t dot = stem.rfind('.');
  if (dot != std::string::npos && stem.size() - dot == 3) stem.resize(dot);  // ".nl"
  if (stem.size() < kLength) return "";
  std::string tail = stem.substr(stem.size() - kLength);
  return is_iso_date(tail) ? tail : "";
}

Document plain_document(const std::string& name, std::string bytes) {
  Document doc;
  doc.id = file_stem(name);
  doc.date = date_in_file_stem(doc.id);
  doc.text = std::move(bytes);
  return doc;
}

// ---- JSONL ----

struct JsonlLine {
  std::string where;        // "name:line N", for problems
  std::string fallback_id;  // "stem:N", when the line has no id
  std::string_view text;
};

// Reads an optional string field into `out`; false when present with another type.
bool optional_string(simdjson::dom::object object, std::string_view key, std::string& out) {
  simdjson::dom::element value;
  if (object[key].get(value) != simdjson::SUCCESS || value.is_null()) return true;
  std::string_view text;
  if (value.get(text) != simdjson::SUCCESS) return false;
  out.assign(text);
  return true;
}

// The id may be a string or an integer; anything else is an error (false).
bool read_id(simdjson::dom::object object, std::string& id) {
  simdjson::dom::element value;
  if (object["id"].get(value) != simdjson::SUCCESS || value.is_null()) return true;
  if (int64_t number; value.get(number) == simdjson::SUCCESS) {
    id = std::to_string(number);
    return true;
  }
  if (uint64_t number; value.get(number) == simdjson::SUCCESS) {
    id = std::to_string(number);
    return true;
  }
  return optional_string(object, "id", id);
}

// Fills `doc` from a parsed line; returns the reason it is rejected, or "" when it is good.
std::string fill_document(simdjson::dom::object object, Document& doc) {
  std::string_view text;
  if (object["text"].get(text) != simdjson::SUCCESS) return "no string \"text\" field";
  doc.text.assign(text);
  if (std::string why = text_problem(doc.text, " of the text"); !why.empty()) return why;
  if (!read_id(object, doc.id)) return "\"id\" is neither a string nor an integer";
  if (!optional_string(object, "date", doc.date)) return "\"date\" is not a string";
  if (!optional_string(object, "lang", doc.lang)) return "\"lang\" is not a string";
  if (!optional_string(object, "title", doc.title)) return "\"title\" is not a string";
  if (!doc.date.empty() && !is_iso_date(doc.date)) {
    return "date \"" + doc.date + "\" is not a calendar date YYYY-MM-DD";
  }
  if (is_blank(doc.text)) return "empty document";
  return "";
}

void read_jsonl_line(simdjson::dom::parser& parser, const JsonlLine& line, ReadBatch& batch) {
  if (const std::size_t bad = first_invalid_utf8(line.text); bad != std::string_view::npos) {
    batch.problems.push_back({line.where, invalid_utf8_reason(bad, " of the line")});
    return;
  }
  simdjson::dom::element root;
  if (auto error = parser.parse(line.text.data(), line.text.size()).get(root)) {
    batch.problems.push_back(
        {line.where, std::string("not valid JSON: ") + simdjson::error_message(error)});
    return;
  }
  simdjson::dom::object object;
  if (root.get(object) != simdjson::SUCCESS) {
    batch.problems.push_back({line.where, "not a JSON object"});
    return;
  }
  Document doc;
  std::string reason = fill_document(object, doc);
  if (reason.empty()) reason = size_problem(doc.text.size());
  if (doc.id.empty()) doc.id = line.fallback_id;
  if (!reason.empty()) {
    batch.problems.push_back({line.where + " (" + doc.id + ")", reason});
    return;
  }
  batch.documents.push_back(std::move(doc));
}

// The lines of a stream whose first bytes were already read into `head`
// (which must outlive it), or of `head` alone with an empty stream.
class LineSource {
 public:
  LineSource(std::istream& in, std::string_view head) : in_(in), head_(head) {}
  bool next(std::string& line) {
    if (used_ < head_.size()) {
      const std::size_t end = head_.find('\n', used_);
      if (end != std::string_view::npos) {
        line.assign(head_.substr(used_, end - used_));
        used_ = end + 1;
        return true;
      }
      line.assign(head_.substr(used_));
      used_ = head_.size();
      std::string rest;
      if (std::getline(in_, rest)) line += rest;
      return true;
    }
    return static_cast<bool>(std::getline(in_, line));
  }

 private:
  std::istream& in_;
  std::string_view head_;
  std::size_t used_ = 0;
};

// JSONL a line at a time, handed over every kPieceDocuments documents.
void stream_jsonl(const std::string& name, LineSource lines,
                  const std::function<void(ReadBatch)>& take) {
  constexpr std::size_t kPieceDocuments = 64;
  simdjson::dom::parser parser;
  const std::string stem = file_stem(name);
  ReadBatch piece;
  bool any = false;
  std::string line;
  for (std::size_t number = 1; lines.next(line); ++number) {
    std::string_view text = line;
    if (number == 1) text.remove_prefix(bom_length(text));
    if (is_blank(text)) continue;
    any = true;
    const std::string line_no = std::to_string(number);
    read_jsonl_line(parser, {name + ":line " + line_no, stem + ":" + line_no, text}, piece);
    if (piece.documents.size() + piece.problems.size() >= kPieceDocuments) {
      take(std::move(piece));
      piece = ReadBatch();
    }
  }
  if (!any) piece.problems.push_back({name, "empty document"});
  if (!piece.documents.empty() || !piece.problems.empty()) take(std::move(piece));
}

// ---- files ----

// Reads a file, or its first `limit` bytes; on failure returns false and sets `error`.
bool read_file(const std::string& path, std::string& bytes, std::string& error,
               std::size_t limit = std::string::npos) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) {
    error = std::strerror(errno);
    return false;
  }
  char buffer[1 << 16];
  std::size_t count = 0;
  while (bytes.size() < limit &&
         (count = std::fread(buffer, 1, std::min(sizeof buffer, limit - bytes.size()),
                             file.get())) > 0) {
    bytes.append(buffer, count);
  }
  if (std::ferror(file.get())) {
    error = std::strerror(errno);
    return false;
  }
  return true;
}

std::string read_stdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

bool looks_like_jsonl(const std::string& path, std::string_view bytes) {
  const std::string ext = lowercase_extension(path);
  if (ext == ".jsonl" || ext == ".ndjson") return true;
  for (char c : bytes.substr(bom_length(bytes))) {
    if (!is_space(c)) return c == '{';
  }
  return false;
}

bool ends_with(const std::string& name, std::string_view suffix) {
  return name.size() >= suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// PETRARCH XML: sentences in stories, maybe with their parses.
ReadBatch read_petrarch(const std::string& name, std::string_view bytes) {
  try {
    return petrarch_documents(parse_petrarch_xml(bytes, name));
  } catch (const PetrarchXmlError& e) {
    ReadBatch batch;
    batch.problems.push_back({name, e.what()});
    return batch;
  }
}

ReadBatch read_bytes(const std::string& name, std::string bytes) {
  if (ends_with(name, ".xml")) return read_petrarch(name, bytes);
  if (looks_like_jsonl(name, bytes)) return read_jsonl(name, bytes);
  return read_plain_text(name, std::move(bytes));
}

}  // namespace

ReadBatch read_plain_text(const std::string& name, std::string bytes) {
  ReadBatch batch;
  if (std::string why = size_problem(bytes.size()); !why.empty()) {
    batch.problems.push_back({name, why});
    return batch;
  }
  if (std::string why = text_problem(bytes, ""); !why.empty()) {
    batch.problems.push_back({name, why});
    return batch;
  }
  bytes.erase(0, bom_length(bytes));
  if (is_blank(bytes)) {
    batch.problems.push_back({name, "empty document"});
    return batch;
  }
  batch.documents.push_back(plain_document(name, std::move(bytes)));
  return batch;
}

ReadBatch read_jsonl(const std::string& name, std::string_view bytes) {
  ReadBatch batch;
  std::istringstream nothing_more;
  stream_jsonl(name, LineSource(nothing_more, bytes), [&batch](ReadBatch piece) {
    std::move(piece.documents.begin(), piece.documents.end(), std::back_inserter(batch.documents));
    std::move(piece.problems.begin(), piece.problems.end(), std::back_inserter(batch.problems));
  });
  return batch;
}

// A plain-text file over the size limit is reported from its first bytes,
// not read whole (it may be a disk image); JSONL and XML hold many documents.
ReadBatch read_input(const std::string& path) {
  if (path == "-") return read_bytes("stdin", read_stdin());
  std::string bytes;
  std::string error;
  ReadBatch batch;
  if (!read_file(path, bytes, error, kMaxDocumentBytes + 1)) {
    batch.problems.push_back({path, "cannot read file: " + error});
    return batch;
  }
  if (bytes.size() > kMaxDocumentBytes && !ends_with(path, ".xml") &&
      !looks_like_jsonl(path, bytes)) {
    std::error_code size_error;
    const std::uintmax_t size = std::filesystem::file_size(path, size_error);
    batch.problems.push_back({path, size_problem(size_error ? bytes.size() : size)});
    return batch;
  }
  if (bytes.size() > kMaxDocumentBytes) {
    bytes.clear();
    if (!read_file(path, bytes, error)) {
      batch.problems.push_back({path, "cannot read file: " + error});
      return batch;
    }
  }
  return read_bytes(path, std::move(bytes));
}

void read_input_in_pieces(const std::string& path, const std::function<void(ReadBatch)>& take) {
  constexpr std::size_t kHeadBytes = 1 << 16;
  std::ifstream file;
  if (path != "-") {
    if (ends_with(path, ".xml")) return take(read_input(path));
    file.open(path, std::ios::binary);
    if (!file) return take(read_input(path));  // which reports why
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::string head(kHeadBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const std::string name = path == "-" ? "stdin" : path;
  if (looks_like_jsonl(name, head)) return stream_jsonl(name, LineSource(in, head), take);
  if (path != "-") return take(read_input(path));  // one document: its size is checked first
  head.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  take(read_bytes(name, std::move(head)));
}

}  // namespace kroniek
