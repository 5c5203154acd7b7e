#include "cli/pipeline.h"

#include <iostream>
#include <stdexcept>

#include "analyze/frog_nl.h"
#include "analyze/linkgrammar_en.h"
#include "analyze/ptb.h"
#include "code/actors.h"
#include "code/clauses.h"
#include "code/coder.h"
#include "io/record_id.h"
#include "lexicon/dictionary_file.h"
#include "resolve/resolve.h"

namespace kroniek::cli {
namespace {

void assign_id(Record& r) {
  const Evidence& e = r.evidence.front();
  r.id = record_id(r.doc, e.start, e.end, r.source.code.code, r.target.code.code, r.cameo, r.type);
}

}  // namespace

std::unique_ptr<Pipeline> load_pipeline(const std::string& data_dir,
                                        const std::vector<std::string>& extra_dirs) {
  try {
    return std::make_unique<Pipeline>(data_dir, extra_dirs);
  } catch (const DictionaryError& e) {
    std::cerr << "kroniek: cannot load dictionaries: " << e.what() << "\n";
    return nullptr;
  } catch (const std::runtime_error& e) {
    std::cerr << "kroniek: cannot load the gazetteer: " << e.what()
              << " (`make build` makes it; KRONIEK_GAZETTEER names another)\n";
    return nullptr;
  }
}

// The languages kroniek codes, each with the analyzer that reads it.
const std::map<std::string, std::unique_ptr<Analyzer> (*)()>& analyzers() {
  static const std::map<std::string, std::unique_ptr<Analyzer> (*)()> kAnalyzers = {
      {"nl", &make_frog_analyzer},
      {"en", [] { return make_linkgrammar_analyzer(); }},
  };
  return kAnalyzers;
}

Pipeline::Pipeline(const std::string& data_dir, const std::vector<std::string>& extra_dirs)
    : gazetteer_(Gazetteer::load(default_gazetteer_path())) {
  for (const auto& [lang, make] : analyzers()) {
    Language& language = languages_[lang];
    language.lexicon = load_lexicon(data_dir, lang);
    for (const std::string& dir : extra_dirs) extend_lexicon(language.lexicon, dir, lang);
    language.lexicon.gazetteer = &gazetteer_;
  }
}

Pipeline::Language& Pipeline::language(const std::string& lang) {
  auto found = languages_.find(lang);
  if (found == languages_.end()) {
    std::string coded;
    for (const auto& [known, unused] : languages_) coded += (coded.empty() ? "" : ", ") + known;
    throw std::runtime_error("language '" + lang + "' is not coded (only " + coded + ")");
  }
  if (!found->second.analyzer) found->second.analyzer = analyzers().at(lang)();
  return found->second;
}

// The text the trees' offsets point into: a sentence given only as a parse
// reads as its tree's words.
static Document with_tree_text(Document document) {
  if (!document.parsed.empty()) document.text = ptb_document_text(document.parsed);
  return document;
}

// A parsed document skips the analyzer: its trees give the sentences.
AnalyzedDocument Pipeline::analyze(const Document& document) {
  if (!document.parsed.empty()) return parse_ptb_document(document.parsed, document.text);
  return language(document.lang).analyzer->analyze(document);
}

std::vector<Record> Pipeline::code(const Document& given, std::vector<std::string>* warnings) {
  const Document document = with_tree_text(given);
  AnalyzedDocument analysis = analyze(document);
  std::vector<Record> records = code_events(document, analysis, language(document.lang).lexicon);
  if (warnings)
    warnings->insert(warnings->end(), analysis.warnings.begin(), analysis.warnings.end());
  if (records.size() > kMaxRecordsPerDocument) {
    if (warnings) {
      warnings->push_back(std::to_string(records.size()) + " records, more than the limit of " +
                          std::to_string(kMaxRecordsPerDocument) +
                          " per document; the first ones are kept");
    }
    records.resize(kMaxRecordsPerDocument);
  }
  resolve_records(document, analysis, &gazetteer_, records);
  for (Record& r : records) assign_id(r);
  return records;
}

void Pipeline::explain(const Document& given, std::ostream& out) {
  const Document document = with_tree_text(given);
  for (const Sentence& s : analyze(document).sentences) {
    out << "sentence " << s.index << "\n";
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const Token& t = s.tokens[i];
      out << "  " << i << "\t" << t.word << "\t" << t.lemma << "\t" << t.pos << "\t" << t.ner
          << "\t" << t.head << "\t" << t.rel << "\n";
    }
    const Lexicon& lexicon = language(document.lang).lexicon;
    auto mentions = find_actor_mentions(s, lexicon.actors, document.date, document.text);
    add_place_actors(s, document.text, find_places(s, document.text, gazetteer_, {}), mentions);
    for (const Clause& c : extract_clauses(s, mentions, lexicon.grammar)) {
      out << "  clause " << c.first << ".." << c.last << " " << modality_name(c.modality)
          << (c.reciprocal ? " reciprocal" : "") << "\n";
      for (const Argument& a : c.arguments) {
        out << "    argument [" << (a.preposition.empty() ? "-" : a.preposition) << "]"
            << (a.pronoun ? " pronoun" : "");
        for (const ActorMention& m : a.actors)
          out << " " << m.actor.code << "=\"" << m.text << "\"";
        out << "\n";
      }
    }
  }
}

}  // namespace kroniek::cli
