// PETRARCH XML input: sentences, parses, expected codings, the environment and options,
// problems per sentence, malformed and hostile XML, and the real validation records.
#include "io/petrarch_xml.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lexicon/petrarch_dictionaries.h"
#include "temp_files.h"

namespace kroniek {
namespace {

const char* kValidation = R"(<Validation>
<!-- a comment with <tags> in it -->
<Environment>
    <Verbfile>test.verbs.txt</Verbfile>
    <Actorfile>countries.actors.txt, people.actors.txt</Actorfile>
    <Actorfile name="old-style.actors.txt"></Actorfile>
    <Agentfile>test.agents.txt</Agentfile>
    <Discardfile>test.discards.txt</Discardfile>
    <Include>valid SMOKE ROLES</Include>
    <Pause>Stop</Pause>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<!-- two events, one each way -->
<EventCoding sourcecode="FRD" targetcode="SYL" eventcode="032"></EventCoding>
<EventCoding sourcecode='"THE SYLVANIAN ENVOY"' targetcode="FRD" eventcode="033"/>
<Text>
Freedonia sent its   envoy
   to Sylvania on Monday.
</Text>
<Parse>
(ROOT (S (NP (NNP Freedonia))
  (VP (VBD sent) (NP (PRP$ its) (NN envoy)))))
</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20200229" id ="DEMO-02"  category="DEMO" sentence="True" source="AFP">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened &amp; nobody came.</Text>
<Parse><![CDATA[(ROOT (S (NN Nothing) (VBD happened)))]]></Parse>
</Sentence>
<Sentence date="2020-03-01" id="STORY-01" sentence="false">
<EventCoding error="dateline"></EventCoding>
<Text>A story of two sentences. The second one.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchXml, SentencesWithTheirExpectedCodings) {
  auto input = parse_petrarch_xml(kValidation, "validation.xml");
  EXPECT_TRUE(input.problems.empty());
  ASSERT_EQ(input.sentences.size(), 3u);

  const auto& first = input.sentences[0];
  EXPECT_EQ(first.id, "DEMO-01");
  EXPECT_EQ(first.date, "1995-01-01");
  EXPECT_EQ(first.category, "DEMO");
  EXPECT_TRUE(first.single_sentence);
  EXPECT_EQ(first.line, 14);
  EXPECT_EQ(first.text, "Freedonia sent its envoy to Sylvania on Monday.");
  EXPECT_EQ(first.parse,
            "(ROOT (S (NP (NNP Freedonia))\n  (VP (VBD sent) (NP (PRP$ its) (NN envoy)))))");
  ASSERT_EQ(first.expected.size(), 2u);
  EXPECT_EQ(first.expected[0].source, "FRD");
  EXPECT_EQ(first.expected[0].target, "SYL");
  EXPECT_EQ(first.expected[0].code, "032");
  EXPECT_EQ(first.expected[1].source, "\"THE SYLVANIAN ENVOY\"");
  EXPECT_FALSE(first.expects_no_events);

  const auto& second = input.sentences[1];
  EXPECT_EQ(second.date, "2020-02-29");
  EXPECT_EQ(second.source, "AFP");
  EXPECT_EQ(second.text, "Nothing happened & nobody came.");
  EXPECT_EQ(second.parse, "(ROOT (S (NN Nothing) (VBD happened)))");
  EXPECT_TRUE(second.expects_no_events);
  EXPECT_TRUE(second.expected.empty());

  const auto& story = input.sentences[2];
  EXPECT_FALSE(story.single_sentence);
  EXPECT_EQ(story.date, "2020-03-01");
  EXPECT_EQ(story.expected_error, "dateline");
  EXPECT_TRUE(story.parse.empty());
  EXPECT_TRUE(story.category.empty());
}

TEST(PetrarchXml, EnvironmentAndOptions) {
  auto input = parse_petrarch_xml(kValidation, "validation.xml");
  const auto& env = input.environment;
  EXPECT_TRUE(env.present);
  EXPECT_EQ(env.verb_file, "test.verbs.txt");
  EXPECT_EQ(env.actor_files, (std::vector<std::string>{"countries.actors.txt", "people.actors.txt",
                                                       "old-style.actors.txt"}));
  EXPECT_EQ(env.agent_file, "test.agents.txt");
  EXPECT_EQ(env.discard_file, "test.discards.txt");
  EXPECT_EQ(env.include, (std::vector<std::string>{"valid", "SMOKE", "ROLES"}));
  EXPECT_EQ(env.pause, "Stop");
  ASSERT_EQ(input.options.size(), 2u);
  EXPECT_EQ(input.options[0].option, "stop_on_error");
  EXPECT_EQ(input.options[0].from_sentence, 0u);
  EXPECT_EQ(input.options[1].option, "require_dyad");
  EXPECT_EQ(input.options[1].value, "false");
  EXPECT_EQ(input.options[1].from_sentence, 1u);  // from the second sentence on
  EXPECT_EQ(input.options[1].line, 27);

  auto plain = parse_petrarch_xml("<Sentences></Sentences>", "plain.xml");
  EXPECT_FALSE(plain.environment.present);
  EXPECT_TRUE(plain.sentences.empty());
}

TEST(PetrarchXml, BadSentencesAreReportedAndTheRestRead) {
  auto input = parse_petrarch_xml(R"(<Sentences>
<Sentence date="19950101" category="DEMO"><Text>No id.</Text></Sentence>
<Sentence date="19950231" id="BAD-DATE"><Text>February 31st.</Text></Sentence>
<Sentence date="19950101" id="EMPTY"><Text>  </Text></Sentence>
<Sentence date="19950101" id="ODD" sentence="maybe"><Text>Odd.</Text></Sentence>
<Sentence date="19950101" id="CODING"><EventCoding eventcode="010"/><Text>x</Text></Sentence>
<Sentence date="19950101" id="GOOD"><Text>Good.</Text></Sentence>
<Sentence date="19950101" id="TREE-ONLY"><Text></Text><Parse>(ROOT (NN Tree))</Parse></Sentence>
</Sentences>)",
                                  "bad.xml");
  ASSERT_EQ(input.sentences.size(), 2u);
  EXPECT_EQ(input.sentences[0].id, "GOOD");
  EXPECT_EQ(input.sentences[1].id, "TREE-ONLY");  // the tree carries the words
  ASSERT_EQ(input.problems.size(), 5u);
  EXPECT_EQ(input.problems[0].doc, "bad.xml:line 2");
  EXPECT_NE(input.problems[0].reason.find("without an id"), std::string::npos);
  EXPECT_EQ(input.problems[1].doc, "BAD-DATE");
  EXPECT_NE(input.problems[1].reason.find("19950231"), std::string::npos);
  EXPECT_EQ(input.problems[2].doc, "EMPTY");
  EXPECT_EQ(input.problems[3].doc, "ODD");
  EXPECT_EQ(input.problems[4].doc, "CODING");
  EXPECT_NE(input.problems[4].reason.find("line 6"), std::string::npos);
}

void expect_xml_error(const std::string& xml, const std::string& message) {
  try {
    parse_petrarch_xml(xml, "input.xml");
    ADD_FAILURE() << "no error";
  } catch (const PetrarchXmlError& e) {
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

TEST(PetrarchXml, MalformedXmlNamesFileAndLine) {
  expect_xml_error("<Sentences>\n<Sentence id=\"A\" date=\"19950101\">\n<Text>x</Txt>\n</Sentence>",
                   "input.xml:3: Opening and ending tag mismatch");
  expect_xml_error("<Sentences>\n<Sentence id=\"A\" date=\"19950101\">\n", "input.xml:");
  expect_xml_error("<Sentences><!-- a -- b --></Sentences>", "input.xml:1:");
  expect_xml_error("", "input.xml:");
  EXPECT_THROW(read_petrarch_xml("/nonexistent/records.xml"), PetrarchXmlError);
}

TEST(PetrarchXml, HostileInputIsRefusedWithoutCrashing) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  expect_xml_error(deep, "Excessive depth");

  std::string huge = "<Sentences><Sentence date=\"19950101\" id=\"H\"><Text>" +
                     std::string(11'000'000, 'a') + "</Text></Sentence></Sentences>";
  expect_xml_error(huge, "huge text node");

  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE s [\n<!ENTITY l0 \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    laughs += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) laughs += "&l" + std::to_string(i - 1) + ";";
    laughs += "\">\n";
  }
  laughs +=
      "]>\n<Sentences><Sentence date=\"19950101\" id=\"L\"><Text>&l9;</Text></Sentence>"
      "</Sentences>";
  expect_xml_error(laughs, "entity");

  // An external entity is not fetched: the text is read without it.
  auto input = parse_petrarch_xml(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE s [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
      "<Sentences><Sentence date=\"19950101\" id=\"X\"><Text>a &secret; b</Text></Sentence>"
      "</Sentences>",
      "xxe.xml");
  ASSERT_EQ(input.sentences.size(), 1u);
  EXPECT_EQ(input.sentences[0].text.find("root:"), std::string::npos);
}

TEST(PetrarchXml, ReadsFromAFile) {
  const std::string path = kroniek::test_files::write_temp("records.xml", kValidation);
  auto input = read_petrarch_xml(path);
  EXPECT_EQ(input.sentences.size(), 3u);
  EXPECT_EQ(input.sentences[2].line, 33);
}

// ---- the real files -------------------------------------------------------------------

std::string shared(const std::string& name) {
  return std::string(KRONIEK_SHARED_DIR) + "/petrarch/" + name;
}

TEST(PetrarchSharedFiles, UnitTestRecords) {
  auto input = read_petrarch_xml(shared("PETR.UnitTest.records.xml"));
  EXPECT_TRUE(input.problems.empty());
  EXPECT_GE(input.sentences.size(), 280u);
  EXPECT_LE(input.sentences.size(), 290u);
  std::size_t expected = 0, parsed = 0, no_events = 0, errors = 0, unspecified = 0;
  for (const auto& s : input.sentences) {
    expected += s.expected.size();
    parsed += !s.parse.empty();
    no_events += s.expects_no_events;
    errors += !s.expected_error.empty();
    EXPECT_EQ(s.date.size(), 10u) << s.id;
    EXPECT_FALSE(s.text.empty()) << s.id;
    unspecified += !s.expects_no_events && s.expected_error.empty() && s.expected.empty();
  }
  EXPECT_GT(expected, 300u);
  EXPECT_EQ(parsed, input.sentences.size());
  EXPECT_GT(no_events, 10u);
  EXPECT_GT(errors, 3u);
  EXPECT_LE(unspecified, 2u);  // a record or so says nothing about what it should code
  EXPECT_GT(input.options.size(), 20u);

  // The environment names the validation dictionaries, beside the records.
  const auto& env = input.environment;
  ASSERT_TRUE(env.present);
  ASSERT_EQ(env.actor_files.size(), 1u);
  EXPECT_GT(load_petrarch_actors(shared(env.actor_files[0])).actors.size(), 100u);
  EXPECT_GT(load_petrarch_agents(shared(env.agent_file)).agents.size(), 50u);
  EXPECT_GT(load_petrarch_discards(shared(env.discard_file)).discards.size(), 5u);
  PetrarchLoadOptions skip{MalformedLine::skip};
  EXPECT_GT(load_petrarch_verbs(shared(env.verb_file), skip).pattern_count(), 400u);
}

TEST(PetrarchSharedFiles, GigaWordSample) {
  auto input = read_petrarch_xml(shared("GigaWord.sample.PETR.xml"));
  EXPECT_TRUE(input.problems.empty());
  EXPECT_GT(input.sentences.size(), 60u);
  EXPECT_FALSE(input.environment.present);
  for (const auto& s : input.sentences) {
    EXPECT_FALSE(s.parse.empty()) << s.id;
    EXPECT_FALSE(s.source.empty()) << s.id;
  }
}

}  // namespace
}  // namespace kroniek
