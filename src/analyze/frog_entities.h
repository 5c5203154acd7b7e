// Frog's named-entity tagger on its own, for the sentences that need it
// (analyze/frog_nl.cpp). Its header pulls in MBT's Tagger.h, which only g++
// compiles (an inline function there destroys a vector of a class declared
// but not yet defined; clang rejects it). So this pair of files is the only
// place that includes it, and CMakeLists.txt compiles frog_entities.cpp with
// g++ even when everything else is built with clang (the sanitizer and fuzz
// builds).
#pragma once
#include <memory>

class frog_data;
class NERTagger;
namespace TiCC {
class LogStream;
class Configuration;
}  // namespace TiCC

namespace kroniek {

class FrogEntityTagger {
 public:
  // Loads the tagger as Frog's configuration says; throws when it cannot.
  FrogEntityTagger(TiCC::LogStream* errors, TiCC::LogStream* debug,
                   const TiCC::Configuration& config);
  ~FrogEntityTagger();
  FrogEntityTagger(const FrogEntityTagger&) = delete;
  FrogEntityTagger& operator=(const FrogEntityTagger&) = delete;

  // Tags every unit of the sentence, then rebuilds its multi-word units so
  // that they carry their words' tags.
  void tag(frog_data& sentence);

 private:
  std::unique_ptr<NERTagger> tagger_;
};

}  // namespace kroniek
