#include "cli/coding_processes.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "io/record_reader.h"
#include "io/record_writers.h"

namespace kroniek::cli {
namespace {

using nlohmann::json;

// Messages are a length (8 bytes, host order: both ends are this program on
// this machine) and that many bytes of JSON. send() with MSG_NOSIGNAL: a
// peer that died makes a failed send, not a SIGPIPE.
bool send_all(int socket, const char* bytes, std::size_t size) {
  while (size > 0) {
    const ssize_t sent = send(socket, bytes, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    bytes += sent;
    size -= static_cast<std::size_t>(sent);
  }
  return true;
}

bool receive_all(int socket, char* bytes, std::size_t size) {
  while (size > 0) {
    const ssize_t received = recv(socket, bytes, size, 0);
    if (received < 0 && errno == EINTR) continue;
    if (received <= 0) return false;
    bytes += received;
    size -= static_cast<std::size_t>(received);
  }
  return true;
}

bool send_message(int socket, const json& message) {
  const std::string text = message.dump(-1, ' ', false, json::error_handler_t::replace);
  const std::uint64_t size = text.size();
  return send_all(socket, reinterpret_cast<const char*>(&size), sizeof size) &&
         send_all(socket, text.data(), text.size());
}

// False when the peer closed the socket or died.
bool receive_message(int socket, json& message) {
  std::uint64_t size = 0;
  if (!receive_all(socket, reinterpret_cast<char*>(&size), sizeof size)) return false;
  std::string text(size, '\0');
  if (!receive_all(socket, text.data(), text.size())) return false;
  message = json::parse(text);
  return true;
}

json document_message(const Document& document) {
  json parsed = json::array();
  for (const ParsedSentence& s : document.parsed) parsed.push_back({s.text, s.tree});
  return {{"id", document.id},       {"lang", document.lang}, {"date", document.date},
          {"title", document.title}, {"text", document.text}, {"parsed", parsed}};
}

Document document_of(const json& message) {
  Document document{message.at("id"), message.at("lang"), message.at("date"), message.at("title"),
                    message.at("text")};
  for (const json& s : message.at("parsed")) document.parsed.push_back({s.at(0), s.at(1)});
  return document;
}

// The records travel as write_jsonl writes them, and read_record_json reads
// them back: every field kroniek prints or stores, nothing lost.
json coded_message(const CodedDocument& coded) {
  json records = json::array();
  for (const Record& record : coded.records) {
    std::ostringstream line;
    write_jsonl(line, record);
    records.push_back(line.str());
  }
  const StageTimes& t = coded.times;
  return {{"records", records},
          {"warnings", coded.warnings},
          {"tokens", coded.tokens},
          {"sentences", {coded.sentences, coded.parsed, coded.entity_tagged}},
          {"times", {t.load, t.analyze, t.code, t.resolve}}};
}

CodedDocument coded_of(const json& message) {
  CodedDocument coded;
  for (const json& line : message.at("records")) {
    coded.records.push_back(read_record_json(line.get<std::string>()));
  }
  coded.warnings = message.at("warnings").get<std::vector<std::string>>();
  coded.tokens = message.at("tokens");
  const json& sentences = message.at("sentences");
  coded.sentences = sentences.at(0);
  coded.parsed = sentences.at(1);
  coded.entity_tagged = sentences.at(2);
  const json& t = message.at("times");
  coded.times = {t.at(0), t.at(1), t.at(2), t.at(3)};
  return coded;
}

// What a coding process does all its life: code each document it is sent and
// send back the result, until its parent closes the socket (or dies: then the
// kernel ends it, PR_SET_PDEATHSIG). _exit: the parent's stdio buffers and
// exit handlers are the parent's to run.
[[noreturn]] void serve_parent(Pipeline& pipeline, int socket) {
  PipelineCoder coder(pipeline);
  for (json request; receive_message(socket, request);) {
    const CodingResult result = code_or_say_why(coder, document_of(request));
    const json reply =
        result.error.empty() ? coded_message(result.coded) : json{{"error", result.error}};
    if (!send_message(socket, reply)) break;
  }
  _exit(0);
}

// How a child process ended, as words: "exited with status 3", "was killed
// by signal 11 (Segmentation fault)".
std::string how_it_ended(int status) {
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    return "was killed by signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
  }
  return "ended";
}

std::size_t threads_running() {
  std::error_code error;
  std::size_t threads = 0;
  for (auto it = std::filesystem::directory_iterator("/proc/self/task", error);
       !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    ++threads;
  }
  return threads;
}

}  // namespace

CodingProcess::CodingProcess(Pipeline& pipeline, const std::vector<int>& other_sockets) {
  int sockets[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
    throw std::runtime_error(std::string("cannot make a socket: ") + std::strerror(errno));
  }
  const pid_t parent = getpid();
  pid_ = fork();
  if (pid_ < 0) {
    close(sockets[0]);
    close(sockets[1]);
    throw std::runtime_error(std::string("cannot start a coding process: ") + std::strerror(errno));
  }
  if (pid_ == 0) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(0);  // the parent died before prctl
    close(sockets[0]);
    for (int other : other_sockets) close(other);
    serve_parent(pipeline, sockets[1]);
  }
  close(sockets[1]);
  socket_ = sockets[0];
}

CodingProcess::~CodingProcess() {
  if (socket_ >= 0) end_process();
}

// Closes our end (a live process sees its input end and exits) and waits for
// the process; gives its wait status.
int CodingProcess::end_process() {
  close(socket_);
  socket_ = -1;
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

CodedDocument CodingProcess::code(const Document& document) {
  json reply;
  if (!send_message(socket_, document_message(document)) || !receive_message(socket_, reply)) {
    fail_ended();
  }
  if (reply.contains("error")) throw std::runtime_error(reply.at("error").get<std::string>());
  return coded_of(reply);
}

// The process closed its end: it died. Throws how.
void CodingProcess::fail_ended() {
  throw std::runtime_error("its coding process " + how_it_ended(end_process()));
}

std::vector<std::unique_ptr<DocumentCoder>> start_coding_processes(Pipeline& pipeline,
                                                                   std::size_t count) {
  std::vector<std::unique_ptr<DocumentCoder>> processes;
  if (threads_running() != 1) return processes;
  std::vector<int> sockets;
  try {
    for (std::size_t i = 0; i < count; ++i) {
      auto process = std::make_unique<CodingProcess>(pipeline, sockets);
      sockets.push_back(process->socket());
      processes.push_back(std::move(process));
    }
  } catch (const std::runtime_error& e) {
    // Out of processes or memory: code with those started, if any.
    std::fprintf(stderr, "kroniek: %s; coding in %zu processes\n", e.what(), processes.size());
  }
  return processes;
}

}  // namespace kroniek::cli
