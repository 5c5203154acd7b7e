// Readers: files, JSONL and stdin into Documents, with every rejected document reported.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/utf8.h"  // first_invalid_utf8

namespace kroniek {

// A document that could not be read, and why. `doc` is the document id or file name
// (with ":line N" for a JSONL line).
struct ReadProblem {
  std::string doc;
  std::string reason;
};

struct ReadBatch {
  std::vector<Document> documents;
  std::vector<ReadProblem> problems;
};

// The largest document kroniek reads: news articles are a few kilobytes, and a
// larger text is an archive or a page dump to split first (analysing 4 MiB
// takes Frog about ten minutes). A larger one is reported, not coded.
inline constexpr std::size_t kMaxDocumentBytes = 4 * 1024 * 1024;

// One document from a plain-text file; its id is the file name without directory and
// extension. The text is kept byte-exact (no newline normalisation), less a UTF-8 BOM.
ReadBatch read_plain_text(const std::string& name, std::string bytes);

// One document per non-empty line: {"id","text","date","lang","title"}. A line without an
// id gets the file's stem + ":" + its line number.
ReadBatch read_jsonl(const std::string& name, std::string_view bytes);

// Reads a path ("-" for stdin): *.xml as PETRARCH XML (io/petrarch_xml.h: a document per
// story, with its parses); *.jsonl/*.ndjson, or content starting with '{', as JSONL;
// anything else as plain text. An unreadable file is reported as a problem.
ReadBatch read_input(const std::string& path);

// Reads a path as read_input does, handing its documents and problems to
// `take` a few at a time, in input order: JSONL, from a file or standard input
// of any length, is read a line at a time and never held whole; any other
// input is one document, or a PETRARCH XML file, and is read whole.
void read_input_in_pieces(const std::string& path, const std::function<void(ReadBatch)>& take);

}  // namespace kroniek
