// `kroniek serve`: the store's records and sums as a JSON API, the dashboard
// of web/ beside it, and coding of pasted text on the spot.
//
// The API (every GET takes the record filters of store/record_query.h by
// their names; a bad or unknown parameter is a 400 with {"error": why}):
//   GET  /api/stats                  records, documents, first and last day
//   GET  /api/records?limit&offset   {"total", "limit", "offset", "records": [record]}
//   GET  /api/places                 places with coordinates: count, by quad class
//   GET  /api/timeline               counts per day, and per CAMEO root
//   GET  /api/actors?limit           actors by events as source and as target
//   GET  /api/countries?limit        the same by country
//   GET  /api/network?limit          dyads: events from one actor to another
//   GET  /api/documents?limit&offset the documents, with their record counts
//   GET  /api/documents/ID           one document with its text
//   POST /api/code                   {"text", "lang", "date"} -> {"records", "document"}
//   POST /api/documents              {"id", "text", "lang", "date", "title"}: coded and
//                                    stored (201), only with "Authorization: Bearer TOKEN"
// Pasted text is coded, never stored. The server only reads the store unless
// it was given a write token; then POST /api/documents writes to it.
// docs/SECURITY.md says what the server promises.
#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/event.h"

namespace kroniek {

// Codes one pasted document (id, text, lang and date set; lang may be
// "auto") into records; throws std::exception with a reason users may read.
using TextCoder = std::function<std::vector<Record>(Document&)>;

struct ServeSettings {
  std::string db;       // the SQLite store, opened read-only
  std::string web_dir;  // the dashboard's files; nothing outside it is served
  std::string host = "127.0.0.1";
  int port = 8080;                    // 0: any free port
  std::size_t max_body = 512 * 1024;  // bytes of a POST body
  // Pasted text: at most this many bytes (an article, not an archive: coding
  // time grows with it), waiting at most `paste_wait` while another text is
  // coded, else 503; coded for at most `paste_time` before the answer goes
  // without it (503; a document to store is still stored: 202).
  std::size_t max_paste = 100 * 1024;
  std::chrono::milliseconds paste_wait{20'000};
  std::chrono::milliseconds paste_time{60'000};
  TextCoder coder;  // POST /api/code and /api/documents; absent: 503
  // Empty: the store is opened read-only and nothing writes to it. Else a
  // request bearing this token may store documents (POST /api/documents).
  std::string write_token;
};

class DashboardServer {
 public:
  // Checks that the store opens (for writing too with a write token) and that
  // web_dir exists; throws std::runtime_error.
  explicit DashboardServer(ServeSettings settings);
  ~DashboardServer();
  DashboardServer(const DashboardServer&) = delete;
  DashboardServer& operator=(const DashboardServer&) = delete;

  // Binds the port (throws std::runtime_error when it cannot) and returns it.
  int bind();
  // Answers requests until stop(); call bind() first.
  void listen();
  // Makes listen() return, or not begin; from any thread but a signal handler.
  void stop();

  // Answers one request given as the bytes a client sent, without a socket,
  // and returns the bytes of the answer: for tests and fuzzing.
  std::string answer(std::string_view raw_request);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kroniek
