#include "serve/server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <future>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <semaphore>
#include <set>
#include <sstream>
#include <thread>

#include "core/date.h"
#include "io/record_writers.h"
#include "store/sqlite_store.h"

namespace kroniek {
namespace {

using nlohmann::json;

// A request the server will not answer as asked: its status (400 unless
// said) and the reason, for the client.
struct BadRequest {
  std::string reason;
  int status = 400;
};

// Read-only connections to the store, one per request in flight, kept for the
// next: SQLite connections must not be shared between threads mid-query.
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) { give_back(open()); }

  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<SqliteStore> store)
        : pool_(pool), store_(std::move(store)) {}
    ~Lease() { pool_.give_back(std::move(store_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    const SqliteStore* operator->() const { return store_.get(); }

   private:
    StorePool& pool_;
    std::unique_ptr<SqliteStore> store_;
  };

  Lease lease() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        std::unique_ptr<SqliteStore> store = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(store));
      }
    }
    return Lease(*this, open());
  }

 private:
  std::unique_ptr<SqliteStore> open() const {
    return std::make_unique<SqliteStore>(path_, SqliteStore::Access::read_only);
  }
  void give_back(std::unique_ptr<SqliteStore> store) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(store));
  }
  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<SqliteStore>> idle_;
};

// ---------------------------------------------------------------------------
// Parameters

// A whole number from `low` to `high`, or the default when absent.
std::size_t number_parameter(const httplib::Request& request, const std::string& name,
                             std::size_t fallback, std::size_t low, std::size_t high) {
  if (!request.has_param(name)) return fallback;
  const std::string value = request.get_param_value(name);
  std::size_t number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < low || number > high) {
    throw BadRequest{name + ": '" + value + "' is not a whole number from " + std::to_string(low) +
                     " to " + std::to_string(high)};
  }
  return number;
}

// For endpoints without filters: any parameter but `allowed` is an error.
void only_parameters(const httplib::Request& request, const std::set<std::string>& allowed) {
  for (const auto& [name, value] : request.params) {
    if (!allowed.count(name)) throw BadRequest{"unknown parameter '" + name + "'"};
  }
}

// The record filters of the request; any other parameter but `also` is an error.
RecordQuery filters_of(const httplib::Request& request, const std::set<std::string>& also) {
  RecordQuery query;
  std::set<std::string> seen;
  for (const auto& [name, value] : request.params) {
    if (also.count(name)) continue;
    if (!seen.insert(name).second) throw BadRequest{name + ": given more than once"};
    const std::string why = set_record_filter(query, name, value);
    if (why.empty()) continue;
    if (why.rfind("unknown filter", 0) == 0) {
      std::string known;
      for (const std::string& n : record_filter_names()) known += (known.empty() ? "" : ", ") + n;
      for (const std::string& n : also) known += ", " + n;
      throw BadRequest{"unknown parameter '" + name + "' (known: " + known + ")"};
    }
    throw BadRequest{name + ": " + why};
  }
  return query;
}

// ---------------------------------------------------------------------------
// Answers

// Debian's cpp-httplib compresses a body typed exactly "application/json" or
// "text/javascript" with Brotli at its slowest setting (0.4 s for a page of
// records, 2 s for the map's outlines); with a charset the type is not on its
// list, and answers go out as they are.
constexpr const char* kJson = "application/json; charset=utf-8";

// Requests answered at once; each holds a read-only store connection.
constexpr std::size_t kWorkers = 64;

// Bytes that are not UTF-8 (echoed from a request in an error) become U+FFFD.
void send_json(httplib::Response& response, const json& body) {
  response.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), kJson);
}

void send_error(httplib::Response& response, int status, const std::string& reason) {
  response.status = status;
  send_json(response, json{{"error", reason}});
}

// The records as one JSON object, the stored lines spliced in as they are.
std::string records_page(std::size_t total, const RecordQuery& q,
                         const std::vector<std::string>& lines) {
  std::string body = "{\"total\":" + std::to_string(total) +
                     ",\"limit\":" + std::to_string(q.limit) +
                     ",\"offset\":" + std::to_string(q.offset) + ",\"records\":[";
  for (std::size_t i = 0; i < lines.size(); ++i) body += (i ? "," : "") + lines[i];
  return body + "]}";
}

json to_json(const PlaceCount& p) {
  return {{"name", p.name},
          {"country", p.country},
          {"lat", p.lat},
          {"lon", p.lon},
          {"count", p.count},
          {"by_quad", p.by_quad},
          {"quad_class", p.quad_class}};
}
// The days as {"date", "count", "roots": {"19": n, ...}} ("" is displacement):
// a row per day, not per day and root, keeps five years under 300 KB.
json days_json(const std::vector<DayCount>& rows) {
  json days = json::array();
  for (const DayCount& row : rows) {
    if (days.empty() || days.back()["date"] != row.date) {
      days.push_back({{"date", row.date}, {"count", 0}, {"roots", json::object()}});
    }
    json& day = days.back();
    day["count"] = day["count"].get<std::size_t>() + row.count;
    day["roots"][row.root] = row.count;
  }
  return days;
}
json to_json(const ActorCount& a) {
  return {{"code", a.code},
          {"country", a.country},
          {"as_source", a.as_source},
          {"as_target", a.as_target},
          {"total", a.as_source + a.as_target}};
}
json to_json(const CountryCount& c) {
  return {{"country", c.country},
          {"as_source", c.as_source},
          {"as_target", c.as_target},
          {"total", c.as_source + c.as_target}};
}
json to_json(const DyadCount& d) {
  return {{"source", d.source},
          {"target", d.target},
          {"count", d.count},
          {"goldstein", d.goldstein},
          {"quad_class", d.quad_class}};
}
json to_json(const DocumentSummary& d) {
  return {
      {"id", d.id}, {"lang", d.lang}, {"date", d.date}, {"title", d.title}, {"records", d.records}};
}

template <class T>
json list_json(const std::vector<T>& items) {
  json list = json::array();
  for (const T& item : items) list.push_back(to_json(item));
  return list;
}

std::string record_line(const Record& r) {
  std::ostringstream out;
  write_jsonl(out, r);
  std::string line = out.str();
  while (!line.empty() && line.back() == '\n') line.pop_back();
  return line;
}

// The body as a JSON object; why not, with the byte where it went wrong.
json body_object(const std::string& body) {
  json request;
  try {
    request = json::parse(body);
  } catch (const json::parse_error& e) {
    // nlohmann counts bytes from 1; the readers, and users' tools, from 0.
    const std::string at = std::to_string(e.byte > 0 ? e.byte - 1 : 0);
    if (std::string_view(e.what()).find("UTF-8") != std::string_view::npos)
      throw BadRequest{"the body has invalid UTF-8 at byte " + at};
    throw BadRequest{"the body is not JSON (at byte " + at + ")"};
  }
  if (!request.is_object()) throw BadRequest{"the body is not a JSON object"};
  return request;
}

// A document's id as given: a name, not a text.
std::string checked_id(const std::string& id) {
  if (id.empty()) throw BadRequest{"id: required (the document's name in the store)"};
  if (id.size() > 200) throw BadRequest{"id: longer than 200 bytes"};
  const bool control =
      std::any_of(id.begin(), id.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
  if (control) throw BadRequest{"id: has control characters"};
  return id;
}

// The document of a POST /api/code body (named "pasted"), or of a POST
// /api/documents body (named by its "id").
enum class Naming { pasted, by_id };
Document pasted_document(const std::string& body, std::size_t max_text, Naming naming) {
  const json request = body_object(body);
  auto text_field = [&](const char* name) {
    const auto it = request.find(name);
    if (it == request.end() || it->is_null()) return std::string();
    if (!it->is_string()) throw BadRequest{std::string(name) + ": not a string"};
    return it->get<std::string>();
  };
  Document doc;
  doc.id = naming == Naming::pasted ? "pasted" : checked_id(text_field("id"));
  doc.title = text_field("title");
  doc.text = text_field("text");
  doc.lang = text_field("lang");
  doc.date = text_field("date");
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) throw BadRequest{"text: empty"};
  if (doc.text.size() > max_text) {
    throw BadRequest{"text: " + std::to_string(doc.text.size()) + " bytes, more than the " +
                         std::to_string(max_text) + " this server codes at once; paste one article",
                     413};
  }
  if (doc.lang.empty()) doc.lang = "auto";
  if (doc.lang != "nl" && doc.lang != "en" && doc.lang != "auto") {
    throw BadRequest{"lang: '" + doc.lang + "' is not one of nl, en, auto"};
  }
  if (!doc.date.empty() && !is_iso_date(doc.date)) {
    throw BadRequest{"date: '" + doc.date + "' is not a date YYYY-MM-DD"};
  }
  return doc;
}

// Compares a secret in time that does not tell how much of it matched.
bool same_secret(std::string_view given, std::string_view secret) {
  unsigned char difference = given.size() != secret.size();
  for (std::size_t i = 0; i < std::min(given.size(), secret.size()); ++i) {
    difference |= static_cast<unsigned char>(given[i] ^ secret[i]);
  }
  return difference == 0;
}

// An HTTP connection held in memory: reads a request's bytes, keeps the answer's.
class MemoryStream final : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view request) : request_(request) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* into, size_t size) override {
    size = std::min(size, request_.size() - read_);
    if (size > 0) std::memcpy(into, request_.data() + read_, size);
    read_ += size;
    return static_cast<ssize_t>(size);
  }
  ssize_t write(const char* from, size_t size) override {
    answer_.append(from, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 0;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    get_remote_ip_and_port(ip, port);
  }
  socket_t socket() const override { return INVALID_SOCKET; }
  const std::string& answer() const { return answer_; }

 private:
  std::string_view request_;
  std::size_t read_ = 0;
  std::string answer_;
};

// cpp-httplib's server, able to answer a request held in memory.
class HttpServer : public httplib::Server {
 public:
  std::string answer(std::string_view raw_request) {
    MemoryStream stream(raw_request);
    bool closed = false;
    process_request(stream, true, closed, [](httplib::Request&) {});
    return stream.answer();
  }
};

// The analyzers code one text at a time, on a thread of their own: a request
// waits at most `wait` for its turn and `limit` for its text. Past the limit
// the text is still coded (and `finish` run, e.g. storing it), but the
// request answers without it.
class TimedCoder {
 public:
  struct Coded {
    Document doc;
    std::vector<Record> records;
  };
  using Finish = std::function<void(const Coded&)>;

  TimedCoder(TextCoder coder, std::chrono::milliseconds wait, std::chrono::milliseconds limit)
      : coder_(std::move(coder)), wait_(wait), limit_(limit) {}
  ~TimedCoder() {
    if (thread_.joinable()) thread_.join();
  }

  // The coded text, or nullopt when it takes longer than the limit. Throws
  // BadRequest (503) when no turn comes, and what the coder throws.
  std::optional<Coded> code(Document doc, Finish finish = {}) {
    if (!coder_) throw BadRequest{"this server does not code text", 503};
    take_turn();
    auto result = std::make_shared<std::promise<Coded>>();
    std::future<Coded> coded = result->get_future();
    thread_ = std::thread([this, doc = std::move(doc), finish, result]() mutable {
      try {
        std::vector<Record> records = coder_(doc);  // may tell the language
        const Coded done{std::move(doc), std::move(records)};
        if (finish) finish(done);
        result->set_value(done);
      } catch (...) {
        result->set_exception(std::current_exception());
      }
      end_turn();
    });
    if (coded.wait_for(limit_) == std::future_status::timeout) return std::nullopt;
    return coded.get();
  }

 private:
  void take_turn() {
    {
      std::unique_lock lock(mutex_);
      if (!free_.wait_for(lock, wait_, [this] { return !busy_; })) {
        throw BadRequest{"busy coding another text; try again in a moment", 503};
      }
      busy_ = true;
    }
    if (thread_.joinable()) thread_.join();  // the last text's thread, ended or ending
  }
  void end_turn() {
    {
      std::lock_guard lock(mutex_);
      busy_ = false;
    }
    free_.notify_one();
  }

  TextCoder coder_;
  std::chrono::milliseconds wait_, limit_;
  std::mutex mutex_;
  std::condition_variable free_;
  bool busy_ = false;
  std::thread thread_;  // touched only by the request holding the turn
};

}  // namespace

// A place among the requests answered at once, held while in scope.
class CoreTurn {
 public:
  explicit CoreTurn(std::counting_semaphore<>& cores) : cores_(cores) { cores_.acquire(); }
  ~CoreTurn() { cores_.release(); }
  CoreTurn(const CoreTurn&) = delete;
  CoreTurn& operator=(const CoreTurn&) = delete;

 private:
  std::counting_semaphore<>& cores_;
};

struct DashboardServer::Impl {
  explicit Impl(ServeSettings s)
      : settings(std::move(s)),
        stores(settings.db),
        coder(settings.coder, settings.paste_wait, settings.paste_time) {
    if (!settings.write_token.empty()) writer = std::make_unique<SqliteStore>(settings.db);
  }

  ServeSettings settings;
  StorePool stores;
  HttpServer http;
  std::counting_semaphore<> cores{std::max<std::ptrdiff_t>(2, std::thread::hardware_concurrency())};
  std::unique_ptr<SqliteStore> writer;  // only with a write token; used by the coder's thread
  // cpp-httplib's stop() does nothing before its listen loop has begun, so a
  // stop() just after listen() was called would be lost (and listen() would
  // never return): these let stop() wait for the loop to begin.
  std::mutex running_mutex;
  bool stop_requested = false;
  bool listening = false;
  std::atomic<bool> listen_returned = false;
  TimedCoder coder;  // last: its thread ends before the rest goes

  // Runs a handler: a BadRequest is a 400, anything else a 500 whose details
  // go to the log, never to the client. At most as many run at once as there
  // are cores: 32 queries sharing 2 cores each took 16 times as long, and the
  // heavy ones over 10 s; waiting in line, each takes its own time.
  template <class Handler>
  httplib::Server::Handler guarded(Handler handler) {
    return [this, handler](const httplib::Request& request, httplib::Response& response) {
      // A paste waits for the coder, which takes one text at a time itself.
      std::optional<CoreTurn> turn;
      if (request.method != "POST") turn.emplace(cores);
      try {
        handler(request, response);
      } catch (const BadRequest& e) {
        send_error(response, e.status, e.reason);
      } catch (const std::exception& e) {
        std::cerr << "kroniek serve: " << request.method << " " << request.path << ": " << e.what()
                  << "\n";
        send_error(response, 500, "internal error");
      } catch (...) {
        std::cerr << "kroniek serve: " << request.method << " " << request.path << ": failed\n";
        send_error(response, 500, "internal error");
      }
    };
  }

  void routes() {
    http.Get("/api/stats", guarded([this](const auto& request, auto& response) {
               only_parameters(request, {});
               const StoreStats s = stores.lease()->stats();
               send_json(response, {{"records", s.records},
                                    {"documents", s.documents},
                                    {"date_min", s.date_min},
                                    {"date_max", s.date_max},
                                    {"schema_version", SqliteStore::kSchemaVersion}});
             }));
    http.Get("/api/records", guarded([this](const auto& request, auto& response) {
               RecordQuery q = filters_of(request, {"limit", "offset"});
               q.limit = number_parameter(request, "limit", 100, 1, 1000);
               q.offset = number_parameter(request, "offset", 0, 0, 1'000'000'000);
               auto store = stores.lease();
               response.set_content(records_page(store->count(q), q, store->record_json(q)), kJson);
             }));
    http.Get("/api/places", guarded([this](const auto& request, auto& response) {
               const RecordQuery q = filters_of(request, {});
               send_json(response, {{"places", list_json(stores.lease()->places(q))}});
             }));
    http.Get("/api/timeline", guarded([this](const auto& request, auto& response) {
               const RecordQuery q = filters_of(request, {});
               send_json(response, {{"days", days_json(stores.lease()->days(q))}});
             }));
    http.Get("/api/actors", guarded([this](const auto& request, auto& response) {
               const RecordQuery q = filters_of(request, {"limit"});
               const std::size_t top = number_parameter(request, "limit", 50, 1, 1000);
               send_json(response, {{"actors", list_json(stores.lease()->actors(q, top))}});
             }));
    http.Get("/api/countries", guarded([this](const auto& request, auto& response) {
               const RecordQuery q = filters_of(request, {"limit"});
               const std::size_t top = number_parameter(request, "limit", 50, 1, 1000);
               send_json(response, {{"countries", list_json(stores.lease()->countries(q, top))}});
             }));
    http.Get("/api/network", guarded([this](const auto& request, auto& response) {
               const RecordQuery q = filters_of(request, {"limit"});
               const std::size_t top = number_parameter(request, "limit", 200, 1, 1000);
               send_json(response, {{"edges", list_json(stores.lease()->dyads(q, top))}});
             }));
    http.Get("/api/documents", guarded([this](const auto& request, auto& response) {
               only_parameters(request, {"limit", "offset"});
               const std::size_t limit = number_parameter(request, "limit", 100, 1, 1000);
               const std::size_t offset = number_parameter(request, "offset", 0, 0, 1'000'000'000);
               auto store = stores.lease();
               send_json(response, {{"total", store->stats().documents},
                                    {"documents", list_json(store->documents(limit, offset))}});
             }));
    http.Get("/api/documents/(.+)", guarded([this](const auto& request, auto& response) {
               const std::string id = request.matches[1];
               const std::optional<Document> d = stores.lease()->document(id);
               if (!d) return send_error(response, 404, "no document '" + id + "'");
               send_json(response, {{"id", d->id},
                                    {"lang", d->lang},
                                    {"date", d->date},
                                    {"title", d->title},
                                    {"text", d->text}});
             }));
    http.Post("/api/code", guarded([this](const auto& request, auto& response) {
                code_pasted(request, response);
              }));
    http.Post("/api/documents", guarded([this](const auto& request, auto& response) {
                store_posted(request, response);
              }));
    http.Get("/api/.*", guarded([](const auto& request, auto& response) {
               send_error(response, 404, "no API endpoint " + request.path);
             }));
  }

  void code_pasted(const httplib::Request& request, httplib::Response& response) {
    Document doc = pasted_document(request.body, settings.max_paste, Naming::pasted);
    const std::optional<TimedCoder::Coded> coded = code(std::move(doc));
    if (!coded) throw BadRequest{over_time("paste a shorter text"), 503};
    response.set_content(coded_json(coded->doc, coded->records), kJson);
  }

  void store_posted(const httplib::Request& request, httplib::Response& response) {
    check_write_access(request, response);
    Document doc = pasted_document(request.body, settings.max_paste, Naming::by_id);
    const std::string id = doc.id;
    const std::optional<TimedCoder::Coded> coded =
        code(std::move(doc), [this](const TimedCoder::Coded& done) {
          writer->replace_documents({done.doc}, done.records);
        });
    if (!coded) {
      response.status = 202;
      return send_json(response, {{"id", id}, {"status", over_time("it is stored when coded")}});
    }
    response.status = 201;
    response.set_content(coded_json(coded->doc, coded->records), kJson);
  }

  std::string over_time(const std::string& advice) const {
    return "coding this text takes longer than " +
           std::to_string(settings.paste_time.count() / 1000) + " s; " + advice;
  }

  std::optional<TimedCoder::Coded> code(Document doc, TimedCoder::Finish finish = {}) {
    try {
      return coder.code(std::move(doc), std::move(finish));
    } catch (const std::exception& e) {
      throw BadRequest{std::string("the text could not be coded: ") + e.what()};
    }
  }

  // Writes need the server's token, given as "Authorization: Bearer TOKEN".
  void check_write_access(const httplib::Request& request, httplib::Response& response) const {
    if (settings.write_token.empty()) {
      throw BadRequest{"this server only reads its store (start it with a write token to store)",
                       403};
    }
    if (!same_secret(request.get_header_value("Authorization"), "Bearer " + settings.write_token)) {
      response.set_header("WWW-Authenticate", "Bearer");
      throw BadRequest{"storing needs the header 'Authorization: Bearer <write token>'", 401};
    }
  }

  static std::string coded_json(const Document& doc, const std::vector<Record>& records) {
    std::string lines;
    for (const Record& r : records) lines += (lines.empty() ? "" : ",") + record_line(r);
    const json document = {{"id", doc.id},
                           {"lang", doc.lang},
                           {"date", doc.date},
                           {"title", doc.title},
                           {"text", doc.text}};
    return "{\"records\":[" + lines + "],\"document\":" + document.dump() + "}";
  }

  void static_files() {
    if (!http.set_mount_point("/", settings.web_dir)) {
      throw std::runtime_error(settings.web_dir + ": the dashboard's folder cannot be served");
    }
    http.set_default_headers({
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        // Leaflet places markers with inline styles; nothing loads from elsewhere.
        {"Content-Security-Policy",
         "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
         "object-src 'none'; frame-ancestors 'none'"},
    });
    http.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
      if (!response.body.empty()) return;
      const std::string reason = response.status == 413   ? "the body is too large"
                                 : response.status == 404 ? "not found: " + request.path
                                                          : "request failed";
      send_json(response, json{{"error", reason}});
    });
    http.set_payload_max_length(settings.max_body);
    // cpp-httplib keeps a worker on each connection while it is kept alive
    // (5 s idle by default): its 8 workers went to 8 idle browser connections
    // and every other client waited. More workers; idle ones let go sooner.
    http.new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
    http.set_keep_alive_timeout(1);
    // Small answers go out at once, not after the peer's delayed ACK (40 ms).
    http.set_tcp_nodelay(true);
    http.set_file_extension_and_mimetype_mapping("json", kJson);
    http.set_file_extension_and_mimetype_mapping("js", "application/javascript; charset=utf-8");
  }
};

DashboardServer::DashboardServer(ServeSettings settings)
    : impl_(std::make_unique<Impl>(std::move(settings))) {
  if (!std::filesystem::is_directory(impl_->settings.web_dir)) {
    throw std::runtime_error(impl_->settings.web_dir +
                             ": no such folder (the dashboard is built into build/web)");
  }
  impl_->routes();
  impl_->static_files();
}

DashboardServer::~DashboardServer() = default;

int DashboardServer::bind() {
  const std::string& host = impl_->settings.host;
  const int port =
      impl_->settings.port == 0
          ? impl_->http.bind_to_any_port(host)
          : (impl_->http.bind_to_port(host, impl_->settings.port) ? impl_->settings.port : -1);
  if (port < 0) {
    throw std::runtime_error("cannot listen on " + host + ":" +
                             std::to_string(impl_->settings.port) + " (in use, or not allowed)");
  }
  return port;
}

void DashboardServer::listen() {
  {
    std::lock_guard lock(impl_->running_mutex);
    if (impl_->stop_requested) return;
    impl_->listening = true;
  }
  impl_->http.listen_after_bind();
  impl_->listen_returned = true;
}

void DashboardServer::stop() {
  {
    std::lock_guard lock(impl_->running_mutex);
    impl_->stop_requested = true;
    if (!impl_->listening) return;  // listen() will not begin
  }
  while (!impl_->http.is_running() && !impl_->listen_returned) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

std::string DashboardServer::answer(std::string_view raw_request) {
  return impl_->http.answer(raw_request);
}

}  // namespace kroniek
