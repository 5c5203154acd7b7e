// Coding in processes forked from the loaded pipeline, one document at a time
// each, the records sent back over a socket.
//
// Why processes and not threads: two Frog analyzers in one process slowed each
// other by a fifth to a half (the same documents took 1.2-1.5x the CPU on two
// threads as on one), while two processes ran as fast as one (BENCHMARKS.md).
// Forked after the analyzer has loaded, the processes share its models'
// memory (copy-on-write) and spend no time loading. A process that dies (a
// crash inside an analyzer) fails the document it had and codes no more; the
// others go on.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "cli/parallel_coding.h"
#include "cli/pipeline.h"

namespace kroniek::cli {

class CodingProcess : public DocumentCoder {
 public:
  // Forks the process; call it while this process runs a single thread.
  // `other_sockets`: the sockets of processes forked before, which the new
  // one closes, so that each sees the end of its input when we close ours.
  CodingProcess(Pipeline& pipeline, const std::vector<int>& other_sockets);
  // Ends the process: it sees its input close, and exits.
  ~CodingProcess() override;
  CodingProcess(const CodingProcess&) = delete;
  CodingProcess& operator=(const CodingProcess&) = delete;

  // Throws with the process's reason when the document could not be coded,
  // or with how the process ended when it died.
  CodedDocument code(const Document& document) override;
  bool usable() const override { return socket_ >= 0; }
  int socket() const { return socket_; }

 private:
  int end_process();
  [[noreturn]] void fail_ended();
  int socket_ = -1;
  int pid_ = -1;
};

// `count` coding processes, or none when this process already runs other
// threads (a fork copies only the calling thread, and with it any lock
// another thread held): then code on threads. Fewer when the system refuses
// more (said on stderr).
std::vector<std::unique_ptr<DocumentCoder>> start_coding_processes(Pipeline& pipeline,
                                                                   std::size_t count);

}  // namespace kroniek::cli
