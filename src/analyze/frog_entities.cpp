#include "analyze/frog_entities.h"

#include <stdexcept>

#include "frog/FrogData.h"
#include "frog/ner_tagger_mod.h"

namespace kroniek {

FrogEntityTagger::FrogEntityTagger(TiCC::LogStream* errors, TiCC::LogStream* debug,
                                   const TiCC::Configuration& config)
    : tagger_(std::make_unique<NERTagger>(errors, debug)) {
  if (!tagger_->init(config)) throw std::runtime_error("the entity tagger did not load");
}

FrogEntityTagger::~FrogEntityTagger() = default;

void FrogEntityTagger::tag(frog_data& sentence) {
  tagger_->Classify(sentence);
  sentence.resolve_mwus();
}

}  // namespace kroniek
