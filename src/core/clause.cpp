#include "core/clause.h"

namespace kroniek {

const char* modality_name(Modality m) {
  switch (m) {
    case Modality::asserted:
      return "asserted";
    case Modality::negated:
      return "negated";
    case Modality::future:
      return "future";
    case Modality::hypothetical:
      return "hypothetical";
    case Modality::reported:
      return "reported";
  }
  return "asserted";
}

}  // namespace kroniek
