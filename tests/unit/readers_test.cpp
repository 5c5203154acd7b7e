#include "io/readers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/date.h"

namespace kroniek {
namespace {

::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
  if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << '"' << text << "\" does not contain \"" << part << '"';
}

std::string write_temp_file(const std::string& name, const std::string& bytes) {
  const std::filesystem::path path = std::filesystem::path(::testing::TempDir()) / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

TEST(PlainText, OneDocumentNamedByFileStemWithBytesKept) {
  const std::string text = "Rusland steunt het Syrische leger.\r\nTweede regel.\n";
  const ReadBatch batch = read_plain_text("/data/news/idlib-2020-02-11.nl.txt", text);
  ASSERT_TRUE(batch.problems.empty());
  ASSERT_EQ(batch.documents.size(), 1u);
  EXPECT_EQ(batch.documents[0].id, "idlib-2020-02-11.nl");
  EXPECT_EQ(batch.documents[0].text, text);          // byte-exact, CRLF kept
  EXPECT_EQ(batch.documents[0].date, "2020-02-11");  // the language tag after the date
  EXPECT_TRUE(batch.documents[0].lang.empty());
}

TEST(PlainText, StripsByteOrderMark) {
  const ReadBatch batch = read_plain_text("a.txt", "\xEF\xBB\xBFHallo wereld.");
  ASSERT_EQ(batch.documents.size(), 1u);
  EXPECT_EQ(batch.documents[0].text, "Hallo wereld.");
}

TEST(PlainText, InvalidUtf8IsReportedWithByteOffset) {
  const ReadBatch batch = read_plain_text("dir/bad.txt", "Hallo \xFF wereld");
  EXPECT_TRUE(batch.documents.empty());
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].doc, "dir/bad.txt");
  EXPECT_TRUE(Contains(batch.problems[0].reason, "invalid UTF-8"));
  EXPECT_TRUE(Contains(batch.problems[0].reason, "byte 6"));
}

TEST(PlainText, EmptyAndWhitespaceOnlyAreEmptyDocuments) {
  for (const std::string bytes : {"", " \n\t\r\n", "\xEF\xBB\xBF\n"}) {
    const ReadBatch batch = read_plain_text("empty.txt", bytes);
    EXPECT_TRUE(batch.documents.empty());
    ASSERT_EQ(batch.problems.size(), 1u);
    EXPECT_EQ(batch.problems[0].doc, "empty.txt");
    EXPECT_EQ(batch.problems[0].reason, "empty document");
  }
}

TEST(FirstInvalidUtf8, FindsTheFirstBadByte) {
  EXPECT_EQ(first_invalid_utf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("é € \xF0\x9F\x98\x80 ok"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8("ab\xC0\xAF"), 2u);     // overlong
  EXPECT_EQ(first_invalid_utf8("é\xED\xA0\x80"), 2u);  // surrogate
  EXPECT_EQ(first_invalid_utf8("abc\xE2\x82"), 3u);    // cut short at the end
  EXPECT_EQ(first_invalid_utf8("ab\x80 \xFF"), 2u);    // stray continuation byte
}

TEST(IsoDate, AcceptsOnlyRealCalendarDates) {
  EXPECT_TRUE(is_iso_date("2020-02-11"));
  EXPECT_TRUE(is_iso_date("2020-02-29"));
  EXPECT_FALSE(is_iso_date("2019-02-29"));
  EXPECT_FALSE(is_iso_date("2020-13-01"));
  EXPECT_FALSE(is_iso_date("2020-04-31"));
  EXPECT_FALSE(is_iso_date("11-02-2020"));
  EXPECT_FALSE(is_iso_date("2020-2-11"));
  EXPECT_FALSE(is_iso_date("2020-02-11T10:00"));
  EXPECT_FALSE(is_iso_date("2020/02/11"));
  EXPECT_FALSE(is_iso_date(""));
}

TEST(Jsonl, ReadsIdsDatesLanguagesAndTitles) {
  const std::string bytes =
      "{\"id\":\"a1\",\"text\":\"Rusland steunt het leger.\",\"date\":\"2020-02-11\","
      "\"lang\":\"nl\",\"title\":\"Idlib\"}\n"
      "\n"
      "{\"text\":\"Turkey attacked.\",\"lang\":\"en\",\"date\":null}\n"
      "{\"id\":42,\"text\":\"Nog een.\"}\n";
  const ReadBatch batch = read_jsonl("in/news.jsonl", bytes);
  ASSERT_TRUE(batch.problems.empty()) << batch.problems[0].reason;
  ASSERT_EQ(batch.documents.size(), 3u);
  EXPECT_EQ(batch.documents[0].id, "a1");
  EXPECT_EQ(batch.documents[0].text, "Rusland steunt het leger.");
  EXPECT_EQ(batch.documents[0].date, "2020-02-11");
  EXPECT_EQ(batch.documents[0].lang, "nl");
  EXPECT_EQ(batch.documents[0].title, "Idlib");
  EXPECT_EQ(batch.documents[1].id, "news:3");  // no id: stem + line number
  EXPECT_EQ(batch.documents[1].lang, "en");
  EXPECT_TRUE(batch.documents[1].date.empty());
  EXPECT_EQ(batch.documents[2].id, "42");
}

TEST(Jsonl, InvalidUtf8LineIsReportedAndOtherLinesRead) {
  const std::string bytes =
      "{\"id\":\"a\",\"text\":\"goed\"}\n"
      "{\"id\":\"b\",\"text\":\"fo\xC3\x28ut\"}\n"
      "{\"id\":\"c\",\"text\":\"ook goed\"}\n";
  const ReadBatch batch = read_jsonl("news.jsonl", bytes);
  ASSERT_EQ(batch.documents.size(), 2u);
  EXPECT_EQ(batch.documents[0].id, "a");
  EXPECT_EQ(batch.documents[1].id, "c");
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].doc, "news.jsonl:line 2");
  EXPECT_TRUE(Contains(batch.problems[0].reason, "invalid UTF-8"));
  EXPECT_TRUE(Contains(batch.problems[0].reason, "byte 20 of the line"));
}

TEST(Jsonl, LineThatIsNotJsonIsReportedWithSimdjsonMessage) {
  const std::string bytes =
      "{\"text\":\"een\"}\n"
      "{\"text\": dit is geen json}\n"
      "{\"text\":\"drie\"}\n";
  const ReadBatch batch = read_jsonl("news.jsonl", bytes);
  ASSERT_EQ(batch.documents.size(), 2u);
  EXPECT_EQ(batch.documents[1].id, "news:3");
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].doc, "news.jsonl:line 2");
  EXPECT_TRUE(Contains(batch.problems[0].reason, "not valid JSON: "));
  EXPECT_GT(batch.problems[0].reason.size(), std::string("not valid JSON: ").size());
}

TEST(Jsonl, MissingOrNonStringTextIsReported) {
  const ReadBatch batch =
      read_jsonl("x.jsonl", "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":3}\n[1,2]\n");
  EXPECT_TRUE(batch.documents.empty());
  ASSERT_EQ(batch.problems.size(), 3u);
  EXPECT_TRUE(Contains(batch.problems[0].doc, "x.jsonl:line 1"));
  EXPECT_TRUE(Contains(batch.problems[0].reason, "\"text\""));
  EXPECT_TRUE(Contains(batch.problems[1].doc, "x.jsonl:line 2"));
  EXPECT_TRUE(Contains(batch.problems[1].reason, "\"text\""));
  EXPECT_EQ(batch.problems[2].reason, "not a JSON object");
}

TEST(Jsonl, BadDateIsReported) {
  const std::string bytes =
      "{\"id\":\"a\",\"text\":\"tekst\",\"date\":\"2020-02-30\"}\n"
      "{\"id\":\"b\",\"text\":\"tekst\",\"date\":\"11-02-2020\"}\n"
      "{\"id\":\"c\",\"text\":\"tekst\",\"date\":\"2020-02-29\"}\n";
  const ReadBatch batch = read_jsonl("d.jsonl", bytes);
  ASSERT_EQ(batch.documents.size(), 1u);
  EXPECT_EQ(batch.documents[0].id, "c");
  ASSERT_EQ(batch.problems.size(), 2u);
  EXPECT_EQ(batch.problems[0].doc, "d.jsonl:line 1 (a)");
  EXPECT_TRUE(Contains(batch.problems[0].reason, "2020-02-30"));
  EXPECT_TRUE(Contains(batch.problems[0].reason, "YYYY-MM-DD"));
  EXPECT_EQ(batch.problems[1].doc, "d.jsonl:line 2 (b)");
}

TEST(Jsonl, EmptyTextAndEmptyFileAreEmptyDocuments) {
  const ReadBatch blank = read_jsonl("e.jsonl", "{\"id\":\"a\",\"text\":\"  \\n \"}\n");
  ASSERT_EQ(blank.problems.size(), 1u);
  EXPECT_EQ(blank.problems[0].reason, "empty document");
  const ReadBatch empty = read_jsonl("e.jsonl", "");
  EXPECT_TRUE(empty.documents.empty());
  ASSERT_EQ(empty.problems.size(), 1u);
  EXPECT_EQ(empty.problems[0].doc, "e.jsonl");
  EXPECT_EQ(empty.problems[0].reason, "empty document");
}

TEST(Jsonl, ByteOrderMarkAndCrlfLines) {
  const ReadBatch batch =
      read_jsonl("b.jsonl", "\xEF\xBB\xBF{\"text\":\"een\"}\r\n{\"text\":\"twee\"}\r\n");
  ASSERT_TRUE(batch.problems.empty()) << batch.problems[0].reason;
  ASSERT_EQ(batch.documents.size(), 2u);
  EXPECT_EQ(batch.documents[0].text, "een");
  EXPECT_EQ(batch.documents[1].id, "b:2");
}

TEST(ReadInput, DispatchesOnExtensionAndContent) {
  const ReadBatch text = read_input(write_temp_file("plain.txt", "Rusland steunt het leger.\n"));
  ASSERT_EQ(text.documents.size(), 1u);
  EXPECT_EQ(text.documents[0].id, "plain");

  const ReadBatch jsonl =
      read_input(write_temp_file("lines.ndjson", "{\"id\":\"x\",\"text\":\"een\"}\n"));
  ASSERT_EQ(jsonl.documents.size(), 1u);
  EXPECT_EQ(jsonl.documents[0].id, "x");

  const ReadBatch sniffed =
      read_input(write_temp_file("sniffed.txt", "\n  {\"id\":\"y\",\"text\":\"twee\"}\n"));
  ASSERT_EQ(sniffed.documents.size(), 1u);
  EXPECT_EQ(sniffed.documents[0].id, "y");
}

TEST(ReadInput, UnreadableFilesAreProblems) {
  const std::string missing = ::testing::TempDir() + "/does-not-exist.txt";
  const ReadBatch batch = read_input(missing);
  EXPECT_TRUE(batch.documents.empty());
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].doc, missing);
  EXPECT_TRUE(Contains(batch.problems[0].reason, "cannot read"));

  const ReadBatch directory = read_input(::testing::TempDir());
  ASSERT_EQ(directory.problems.size(), 1u);
  EXPECT_TRUE(Contains(directory.problems[0].reason, "cannot read"));
}

TEST(ReadInput, EmptyFileIsAProblem) {
  const ReadBatch batch = read_input(write_temp_file("empty.txt", ""));
  EXPECT_TRUE(batch.documents.empty());
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].reason, "empty document");
}

}  // namespace
}  // namespace kroniek

namespace kroniek {
namespace {

TEST(PlainTextReader, TakesTheDocumentDateFromADatedFileName) {
  ReadBatch dated = read_plain_text("archief/idlib-2020-02-11.txt", "Tekst.");
  ASSERT_EQ(dated.documents.size(), 1u);
  EXPECT_EQ(dated.documents[0].date, "2020-02-11");
  ReadBatch tagged = read_plain_text("idlib-2020-02-11.en.txt", "Text.");
  EXPECT_EQ(tagged.documents[0].date, "2020-02-11");
  EXPECT_EQ(tagged.documents[0].id, "idlib-2020-02-11.en");
  ReadBatch impossible = read_plain_text("x-2020-02-31.txt", "Tekst.");
  EXPECT_EQ(impossible.documents[0].date, "");
  ReadBatch undated = read_plain_text("bericht.txt", "Tekst.");
  EXPECT_EQ(undated.documents[0].date, "");
}

}  // namespace
}  // namespace kroniek

namespace kroniek {
namespace {

TEST(Readers, ADocumentOverTheSizeLimitIsReportedNotRead) {
  const std::string huge(kMaxDocumentBytes + 1, 'a');
  const ReadBatch plain = read_plain_text("dump.txt", huge);
  EXPECT_TRUE(plain.documents.empty());
  ASSERT_EQ(plain.problems.size(), 1u);
  EXPECT_EQ(plain.problems[0].doc, "dump.txt");
  EXPECT_NE(plain.problems[0].reason.find("larger than the limit of 4 MiB"), std::string::npos)
      << plain.problems[0].reason;

  const std::string jsonl = "{\"id\":\"big\",\"text\":\"" + huge + "\"}\n" +
                            "{\"id\":\"small\",\"text\":\"Rusland steunt Syrie.\"}\n";
  const ReadBatch lines = read_jsonl("feed.jsonl", jsonl);
  ASSERT_EQ(lines.documents.size(), 1u);
  EXPECT_EQ(lines.documents[0].id, "small");
  ASSERT_EQ(lines.problems.size(), 1u);
  EXPECT_EQ(lines.problems[0].doc, "feed.jsonl:line 1 (big)");

  const std::string at_limit(kMaxDocumentBytes, 'a');
  EXPECT_EQ(read_plain_text("full.txt", at_limit).documents.size(), 1u);
}

}  // namespace
}  // namespace kroniek

namespace kroniek {
namespace {

TEST(Readers, BinaryDataIsReportedWithTheOffsetOfItsFirstNul) {
  const ReadBatch plain = read_plain_text("image.txt", std::string("PK\x03\x04\0\0abc", 9));
  EXPECT_TRUE(plain.documents.empty());
  ASSERT_EQ(plain.problems.size(), 1u);
  EXPECT_EQ(plain.problems[0].reason, "binary data, not text (a NUL byte at byte 4)");

  const ReadBatch lines =
      read_jsonl("feed.jsonl", "{\"id\":\"nul\",\"text\":\"Rusland\\u0000 steunt\"}\n");
  ASSERT_EQ(lines.problems.size(), 1u);
  EXPECT_EQ(lines.problems[0].reason, "binary data, not text (a NUL byte at byte 7 of the text)");
}

TEST(Readers, ControlCharactersBecomeSpacesAndNoOffsetMoves) {
  const std::string text = "Rusland\x0csteunt\x1b het\x7f leger.\tTurkije\r\nvalt aan.\n";
  const ReadBatch plain = read_plain_text("ctrl.txt", text);
  ASSERT_EQ(plain.documents.size(), 1u);
  EXPECT_EQ(plain.documents[0].text, "Rusland steunt  het  leger.\tTurkije\r\nvalt aan.\n");
}

TEST(ReadInput, APlainFileOverTheLimitIsReportedWithItsSize) {
  const std::string path = write_temp_file("disk-image.txt", std::string(6'000'000, 'x'));
  const ReadBatch batch = read_input(path);
  EXPECT_TRUE(batch.documents.empty());
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_TRUE(Contains(batch.problems[0].reason, "(6000000 bytes)"));

  std::string feed;  // many documents: read whole
  for (int i = 0; feed.size() <= kMaxDocumentBytes; ++i) {
    feed +=
        "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"" + std::string(100'000, 'a') + "\"}\n";
  }
  const ReadBatch lines = read_input(write_temp_file("feed.jsonl", feed));
  EXPECT_TRUE(lines.problems.empty());
  EXPECT_EQ(lines.documents.size(), 42u);
}

}  // namespace
}  // namespace kroniek
