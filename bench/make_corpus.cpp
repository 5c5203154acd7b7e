// Writes a synthetic news corpus for the throughput benchmark
// (bench/corpus_throughput.sh): short news briefs in Dutch or English, one
// JSONL line a document ({"id","text","date","lang","title"}, what `kroniek
// code` reads), the same for the same seed.
//
//   kroniek_make_corpus --lang nl|en --documents N --seed S --out FILE.jsonl
//                       [--text FILE] [--sentences FILE] [--counts FILE] [--templates FILE]
//
// The texts are news_corpus.h's: briefs written from our own templates.
//
// --text writes the texts as plain text, a blank line between documents
// (Frog's input in the benchmark); --sentences one sentence a line
// (link-parser's input); --counts one JSON object with the numbers of
// documents, sentences, tokens and bytes of the texts (titles left out:
// kroniek does not analyse them); --templates each sentence's document, the
// template it was made from ("attack.3": the fourth attack template) and its
// text, tab-separated, to see which templates the coder reads. Tokens are
// counted as news_corpus.h's count_tokens says.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "news_corpus.h"

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: kroniek_make_corpus --lang nl|en --documents N --seed S --out FILE.jsonl\n"
               "                           [--text FILE] [--sentences FILE] [--counts FILE]\n"
               "                           [--templates FILE]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string lang, out_path, text_path, sentences_path, counts_path, templates_path;
  long long documents = -1;
  std::uint64_t seed = 0;
  bool have_seed = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return usage();
    const std::string value = argv[++i];
    try {
      if (arg == "--lang") {
        lang = value;
      } else if (arg == "--documents") {
        documents = std::stoll(value);
      } else if (arg == "--seed") {
        seed = std::stoull(value);
        have_seed = true;
      } else if (arg == "--out") {
        out_path = value;
      } else if (arg == "--text") {
        text_path = value;
      } else if (arg == "--sentences") {
        sentences_path = value;
      } else if (arg == "--counts") {
        counts_path = value;
      } else if (arg == "--templates") {
        templates_path = value;
      } else {
        return usage();
      }
    } catch (const std::exception&) {
      return usage();
    }
  }
  if ((lang != "nl" && lang != "en") || documents < 0 || !have_seed || out_path.empty())
    return usage();

  std::ofstream out(out_path, std::ios::binary);
  std::ofstream text_out, sentences_out, templates_out;
  if (!text_path.empty()) text_out.open(text_path, std::ios::binary);
  if (!templates_path.empty()) templates_out.open(templates_path, std::ios::binary);
  if (!sentences_path.empty()) sentences_out.open(sentences_path, std::ios::binary);
  if (!out || (!text_path.empty() && !text_out) || (!sentences_path.empty() && !sentences_out)) {
    std::fprintf(stderr, "kroniek_make_corpus: cannot write the output files\n");
    return 1;
  }
  kroniek::bench::NewsCorpus corpus(lang, seed);
  long long sentences = 0, tokens = 0, bytes = 0;
  for (long long n = 1; n <= documents; ++n) {
    const kroniek::bench::NewsDocument doc = corpus.next();
    const std::string text = doc.text();
    std::size_t sentences_in_doc = 0;
    nlohmann::ordered_json line = {
        {"id", doc.id}, {"text", text}, {"date", doc.date}, {"lang", lang}, {"title", doc.title}};
    out << line.dump() << '\n';
    if (text_out) text_out << (n > 1 ? "\n" : "") << text << '\n';
    for (const auto& paragraph : doc.paragraphs) {
      for (const std::string& s : paragraph) {
        if (sentences_out) sentences_out << s << '\n';
        if (templates_out)
          templates_out << doc.id << '\t' << doc.templates[sentences_in_doc++] << '\t' << s << '\n';
        ++sentences;
      }
    }
    tokens += kroniek::bench::count_tokens(text);
    bytes += static_cast<long long>(text.size());
  }
  const std::string counts = "{\"documents\":" + std::to_string(documents) +
                             ",\"sentences\":" + std::to_string(sentences) +
                             ",\"tokens\":" + std::to_string(tokens) +
                             ",\"bytes\":" + std::to_string(bytes) + "}";
  if (!counts_path.empty()) {
    std::ofstream counts_out(counts_path);
    counts_out << counts << '\n';
    if (!counts_out) {
      std::fprintf(stderr, "kroniek_make_corpus: cannot write %s\n", counts_path.c_str());
      return 1;
    }
  }
  out.flush();
  if (!out) {
    std::fprintf(stderr, "kroniek_make_corpus: cannot write %s\n", out_path.c_str());
    return 1;
  }
  std::fprintf(stderr, "kroniek_make_corpus: %s %s\n", out_path.c_str(), counts.c_str());
  return 0;
}
