// Event patterns (data/patterns/<lang>.txt): which verbs and nouns express
// which CAMEO event, and where the source and target are found.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

namespace kroniek {

enum class TriggerKind { verb, noun };

struct Pattern {
  std::string code;  // CAMEO event code
  TriggerKind kind = TriggerKind::verb;
  std::string lemma;  // "dringen", "vuurgevecht"
  std::vector<std::string>
      particles;  // "aan" in "aan|dringen"; "onder", "vuur" in "onder_vuur|nemen"
  std::vector<std::string> required;  // lemmas that must follow the trigger in the sentence
  std::vector<std::string> target_slots = {
      "obj"};  // prepositions, or "obj", in order of preference
  std::vector<std::string> source_slots = {"subj"};
  std::string source_role;  // only when the source has this role ("GOV")
  bool symmetric = false;   // a coordinated subject without object acts on each other
  std::string mass_code;    // the code when a hundred or more are its victims ("mass=202")
  std::string file;         // where it was written, for messages
  int line = 0;
  // How specific the pattern is; the most specific match wins.
  std::size_t specificity() const { return particles.size() + required.size(); }
};

class PatternBook {
 public:
  void load_file(const std::string& path);
  // Patterns whose trigger lemma is `lemma` (verbs: also the joined particle
  // form, "aandringen" for "aan|dringen").
  const std::vector<Pattern>& find(TriggerKind kind, const std::string& lemma) const;
  // The patterns of the longest noun of at least five bytes that `lemma` ends
  // in, less its whole self: a compound's head ("grensbeschietingen" ends in
  // "beschieting"). Empty when it ends in none.
  const std::vector<Pattern>& find_noun_head(const std::string& lemma) const;
  std::size_t size() const { return all_.size(); }
  // Every pattern as written in the files (without the joined verb forms).
  const std::vector<Pattern>& all() const { return all_; }

 private:
  std::vector<Pattern> all_;
  std::unordered_map<std::string, std::vector<Pattern>> verbs_, nouns_;
};

}  // namespace kroniek
