// The dashboard server's request handling (serve/server.h): one raw HTTP
// request a run, answered in memory by DashboardServer::answer, over a small
// store made once, a web folder with two files, and a stand-in coder (the
// analyzers would take seconds a text; the HTTP side is what is fuzzed).
// Read-only: no write token, so no input changes what the next one sees.
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "../tests/unit/test_records.h"
#include "fuzz_support.h"
#include "serve/server.h"
#include "store/sqlite_store.h"

using namespace kroniek;
using test_records::event;

namespace {

// Two documents with a shelling in a place, a threat and a displacement.
void fill_store(const std::string& path) {
  const ActorCode tur_mil{"TURMIL", "TUR", "MIL"}, syr_mil{"SYRMIL", "SYR", "MIL"};
  Record shelling = event("e:shell", "idlib", "2020-02-10", tur_mil, syr_mil, "190", 4, -10.0,
                          "Turkse soldaten beschoten Syrische stellingen.");
  shelling.location = Location{"Idlib", "region", "SYR", 35.93, 36.63, std::nullopt};
  shelling.quantities.push_back({"killed", 25, 25, std::nullopt, "at_least", "zeker 25"});
  Record threat = event("e:threat", "ankara", "2020-02-12", syr_mil, tur_mil, "138", 4, -10.0,
                        "Damascus dreigde met een tegenaanval.");
  threat.modality = "future";
  Record fled = event("d:fled", "ankara", "2020-02-11", {"SYRCVL", "SYR", "CVL"}, {}, "", 4, -10.0,
                      "Duizenden burgers vluchtten.");
  fled.type = "displacement";
  SqliteStore store(path);
  store.replace_documents({Document{"idlib", "nl", "2020-02-11", "Idlib",
                                    "Turkse soldaten beschoten Syrische stellingen."},
                           Document{"ankara", "nl", "2020-02-12", "",
                                    "Damascus dreigde. Duizenden burgers vluchtten."}},
                          {shelling, threat, fled});
}

// Stands in for the analyzers: one record about the pasted text, or the
// error a coder gives for a text it cannot code.
std::vector<Record> code_text(Document& document) {
  if (document.lang == "auto") document.lang = "nl";
  if (document.text.rfind("!", 0) == 0) throw std::runtime_error("cannot code this text");
  return {event("e:pasted", document.id, document.date, {"TUR", "TUR", ""}, {}, "010", 4, -10.0,
                document.text.substr(0, 200))};
}

// Made on the first input and removed at exit.
class Fixture {
 public:
  Fixture() {
    fill_store(db_.path());
    std::filesystem::create_directories(web_ / "js");
    std::ofstream(web_ / "index.html") << "<!doctype html><title>kroniek</title>";
    std::ofstream(web_ / "js" / "app.js") << "console.log('kroniek');";
    ServeSettings settings;
    settings.db = db_.path();
    settings.web_dir = web_.string();
    settings.port = 0;
    settings.max_body = 4096;
    settings.max_paste = 1024;
    settings.paste_wait = std::chrono::milliseconds(10);
    settings.coder = code_text;
    server_ = std::make_unique<DashboardServer>(settings);
  }
  ~Fixture() {
    server_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(web_, ignored);
    for (const char* suffix : {"-wal", "-shm"})
      std::filesystem::remove(db_.path() + suffix, ignored);
  }
  DashboardServer& server() { return *server_; }

 private:
  fuzz::TempFile db_{"store.db"};
  std::filesystem::path web_ = fuzz::TempFile("web").path();
  std::unique_ptr<DashboardServer> server_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture fixture;
  fixture.server().answer(fuzz::as_text(data, size));
  return 0;
}
