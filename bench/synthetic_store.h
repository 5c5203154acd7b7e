// A store of synthetic records, the same on every run (a fixed seed), for the
// benchmarks that serve one: bench/serve_bench.cpp and bench/make_store.cpp.
//
// Records as an archive of five years gives them: 12 countries with 4 roles,
// 30 CAMEO codes of every root, 40 places, one document for every 20 records.
// Each evidence sentence is 12 words of a vocabulary of 12; a document's text
// is its records' sentences, which the evidence points into.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "store/sqlite_store.h"

namespace kroniek::synthetic {

constexpr int kRecordsPerDocument = 20;
constexpr int kDays = 1826;  // 2018-01-01 .. 2022-12-31

inline std::string iso_day(int days_after_2018) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::year{2018} / 1 / 1} +
                                        std::chrono::days{days_after_2018}};
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return date;
}

inline std::string document_id(int record) {
  return "doc" + std::to_string(record / kRecordsPerDocument);
}

inline const char* country(unsigned number) {
  static const char* countries[] = {"SYR", "TUR", "RUS", "UKR", "ISR", "LBN",
                                    "SDN", "ETH", "IRN", "IRQ", "USA", "FRA"};
  return countries[number % 12];
}

inline ActorCode random_actor(std::mt19937& random) {
  static const char* roles[] = {"GOV", "MIL", "REB", "CVL"};
  const std::string country = synthetic::country(random()), role = roles[random() % 4];
  return ActorCode{country + role, country, role};
}

inline void set_random_event(Record& r, std::mt19937& random) {
  static const char* codes[] = {"010", "020", "036", "040", "042", "046", "051", "057",
                                "061", "071", "080", "090", "100", "111", "112", "120",
                                "130", "138", "140", "150", "160", "172", "173", "180",
                                "181", "190", "193", "194", "195", "200"};
  r.cameo = codes[random() % 30];
  r.root = r.cameo.substr(0, 2);
  const int root = std::stoi(r.root);
  r.quad_class = root <= 5 ? 1 : root <= 9 ? 2 : root <= 17 ? 3 : 4;
  r.goldstein = root <= 9 ? 3.0 : -5.0;
}

inline Location random_place(std::mt19937& random) {
  const int place = static_cast<int>(random() % 40);
  return Location{"Place" + std::to_string(place),
                  "city",
                  country(place),
                  30.0 + place * 0.5,
                  30.0 + place * 0.3,
                  std::nullopt};
}

inline std::string random_sentence(std::mt19937& random) {
  static const char* words[] = {"troops",   "shelled",  "talks", "ceasefire", "attack", "border",
                                "minister", "villages", "aid",   "convoy",    "rebels", "capital"};
  std::string text;
  for (int w = 0; w < 12; ++w) text += std::string(words[random() % 12]) + " ";
  return text;
}

// Records first .. first + count - 1; the evidence's offsets are set by
// documents_of().
inline std::vector<Record> records(int first, int count, std::mt19937& random) {
  std::vector<Record> out;
  for (int i = first; i < first + count; ++i) {
    Record r;
    r.id = "e:" + std::to_string(i);
    r.doc = document_id(i);
    r.lang = i % 2 ? "en" : "nl";
    r.date = iso_day(static_cast<int>(random() % kDays));
    r.source.code = random_actor(random);
    r.target.code = random_actor(random);
    set_random_event(r, random);
    r.location = random_place(random);
    const std::string text = random_sentence(random);
    r.evidence.push_back({0, 0, text.size(), text, r.doc});
    out.push_back(std::move(r));
  }
  return out;
}

// The documents of consecutive records (whole documents): each text is its
// records' sentences, one a line; the evidence is pointed at its sentence.
inline std::vector<Document> documents_of(std::vector<Record>& records) {
  std::vector<Document> documents;
  std::size_t sentence = 0;
  for (Record& r : records) {
    if (documents.empty() || documents.back().id != r.doc) {
      const int number = std::stoi(r.doc.substr(3));
      documents.push_back(Document{r.doc, "nl", iso_day(number % kDays), "", ""});
      sentence = 0;
    }
    std::string& text = documents.back().text;
    Evidence& evidence = r.evidence.front();
    evidence.sentence = sentence++;
    evidence.start = text.size();
    text += evidence.text;
    evidence.end = text.size();
    text += "\n";
  }
  return documents;
}

// Writes `count` records (a multiple of kRecordsPerDocument) and their
// documents, 50 documents a transaction.
inline void fill(SqliteStore& store, int count) {
  std::mt19937 random(7);
  constexpr int kBatch = 50 * kRecordsPerDocument;
  for (int first = 0; first < count; first += kBatch) {
    std::vector<Record> batch = records(first, std::min(kBatch, count - first), random);
    store.replace_documents(documents_of(batch), batch);
  }
}

}  // namespace kroniek::synthetic
