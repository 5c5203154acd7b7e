// PETRARCH/TABARI dictionary readers: every construct of the actor, agent, verb and discard
// formats on small inputs of our own, the malformed-line errors, and the real validation
// and Phoenix dictionaries in ../shared/petrarch.
#include "lexicon/petrarch_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

#include "temp_files.h"

namespace kroniek {
namespace {

using Kind = PetrarchPatternElement::Kind;
using Words = std::vector<std::string>;
const PetrarchLoadOptions kSkip{MalformedLine::skip};

using kroniek::test_files::write_temp;

// Loading `content` fails with a message naming the file, `line` and `reason`.
void expect_error(const std::function<void(const std::string&)>& load, const std::string& content,
                  int line, const std::string& reason) {
  std::string path = write_temp("bad.txt", content);
  try {
    load(path);
    ADD_FAILURE() << "no error for:\n" << content;
  } catch (const DictionaryError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find(path + ":" + std::to_string(line) + ": "), std::string::npos) << message;
    EXPECT_NE(message.find(reason), std::string::npos) << message;
  }
}

void load_actors(const std::string& path) { load_petrarch_actors(path); }
void load_agents(const std::string& path) { load_petrarch_agents(path); }
void load_verbs(const std::string& path) { load_petrarch_verbs(path); }
void load_discards(const std::string& path) { load_petrarch_discards(path); }

// ---- the shared format ----------------------------------------------------------------

TEST(PetrarchFormat, CommentsOfEveryKindAreLeftOut) {
  std::string path = write_temp("comments.txt",
                                "<!-- a heading -->\n"
                                "# a line comment\n"
                                "ALPHA_ [AAA] # after an entry\n"
                                "BETA_ [BBB]#glued to the code\n"
                                "GAMMA ; a TABARI comment\n"
                                "<!-- a comment\n"
                                "NOT_AN_ENTRY [XXX]\n"
                                "over three lines -->\n"
                                "<! -- PETRARCH skips every line starting with <!\n"
                                "DELTA <!-- inline --> [DDD]\n"
                                "EPSILON [###]\n");
  petrarch::LineReader reader(path);
  std::vector<std::pair<int, std::string>> lines;
  while (reader.next()) lines.emplace_back(reader.number(), std::string(reader.text()));
  std::vector<std::pair<int, std::string>> expected = {{3, "ALPHA_ [AAA]"},
                                                       {4, "BETA_ [BBB]"},
                                                       {5, "GAMMA"},
                                                       {10, "DELTA  [DDD]"},
                                                       {11, "EPSILON [###]"}};
  EXPECT_EQ(lines, expected);
}

TEST(PetrarchFormat, AByteOrderMarkIsNoPartOfTheFirstEntry) {
  auto dict = load_petrarch_actors(write_temp("bom.txt",
                                              "\xEF\xBB\xBF"
                                              "FREEDONIA_ [FRD]\n"));
  ASSERT_EQ(dict.actors.size(), 1u);
  EXPECT_EQ(dict.actors[0].name.words, Words{"FREEDONIA"});
}

TEST(PetrarchFormat, AnUnclosedXmlCommentIsAnErrorOnItsLine) {
  expect_error(load_actors, "A_ [AAA]\n<!-- swallows the rest\nB_ [BBB]\n", 2, "never closed");
  auto dict =
      load_petrarch_actors(write_temp("open-comment.txt", "A_ [AAA]\n<!-- open\nB_\n"), kSkip);
  EXPECT_EQ(dict.actors.size(), 1u);
  EXPECT_EQ(dict.skipped.size(), 1u);
}

TEST(PetrarchFormat, PhrasesKeepWhetherWordsMustBeConsecutive) {
  PetrarchPhrase p = petrarch::parse_phrase("PRESIDENT  RUFUS_FIREFLY_");
  EXPECT_EQ(p.words, (Words{"PRESIDENT", "RUFUS", "FIREFLY"}));
  EXPECT_EQ(p.joins, " _");
  EXPECT_EQ(p.text(), "PRESIDENT RUFUS_FIREFLY");
  EXPECT_EQ(petrarch::parse_phrase("RED_GUARD__").words, (Words{"RED", "GUARD"}));
  EXPECT_THROW(petrarch::parse_phrase(" _ "), petrarch::LineError);
}

TEST(PetrarchFormat, DatesInBothTabariWidths) {
  EXPECT_EQ(petrarch::parse_date("20030501"), "2003-05-01");
  EXPECT_EQ(petrarch::parse_date("300101"), "2030-01-01");  // 00-30: 20YY
  EXPECT_EQ(petrarch::parse_date("310101"), "1931-01-01");  // 31-99: 19YY
  EXPECT_EQ(petrarch::parse_date("120229"), "2012-02-29");
  EXPECT_THROW(petrarch::parse_date("110229"), petrarch::LineError);
  EXPECT_THROW(petrarch::parse_date("1999017"), petrarch::LineError);
  EXPECT_THROW(petrarch::parse_date("2004O101"), petrarch::LineError);
}

TEST(PetrarchFormat, RegularEnglishForms) {
  EXPECT_EQ(petrarch::plural("MINISTRY"), "MINISTRIES");
  EXPECT_EQ(petrarch::plural("ENVOY"), "ENVOYS");
  EXPECT_EQ(petrarch::plural("CONGRESS"), "CONGRESSES");
  EXPECT_EQ(petrarch::plural("CHURCH"), "CHURCHES");
  EXPECT_EQ(petrarch::plural("SOLDIER"), "SOLDIERS");
  EXPECT_EQ(petrarch::third_person("REACH"), "REACHES");
  EXPECT_EQ(petrarch::past("RALLY"), "RALLIED");
  EXPECT_EQ(petrarch::past("PLAY"), "PLAYED");
  EXPECT_EQ(petrarch::past("AGREE"), "AGREED");
  EXPECT_EQ(petrarch::gerund("MOVE"), "MOVING");
  EXPECT_EQ(petrarch::gerund("AGREE"), "AGREEING");
  EXPECT_EQ(petrarch::gerund("VISIT"), "VISITING");
}

// ---- actors ---------------------------------------------------------------------------

const char* kActors =
    "<!-- countries -->\n"
    "FREEDONIA_  [FRD]\n"
    "+FREEDONIAN_\n"
    "+FREEDONIA_CITY_ +FREEDONIA_TOWN  # two synonyms on one line\n"
    "\n"
    "SYLVANIA [SYL]\n"
    "RUFUS T_FIREFLY_\n"
    "+FIREFLY_\n"
    "\t[FRDELI < 330101]\n"
    "\t[FRDGOV 19330101 - 19330630]\n"
    "\t[FRDREB 330601-331231]\n"
    "\t[FRDGOV >350101]\n"
    "\t[FRDCVL]\n"
    "AMBASSADOR_TRENTINO_\n"
    "\t[SYLGOV 20121204] # a bare date: from then on\n"
    "CHICOLINI\t[FRD 000101-080801] [---]\n"
    "PINKY_ [###]\n"
    "NOBODY_\n";

TEST(PetrarchActors, NamesSynonymsAndCodes) {
  auto dict = load_petrarch_actors(write_temp("actors.txt", kActors));
  ASSERT_EQ(dict.actors.size(), 7u);
  EXPECT_EQ(dict.phrase_count(), 11u);
  const auto& freedonia = dict.actors[0];
  EXPECT_EQ(freedonia.name.words, Words{"FREEDONIA"});
  EXPECT_EQ(freedonia.line, 2);
  ASSERT_EQ(freedonia.synonyms.size(), 3u);
  EXPECT_EQ(freedonia.synonyms[1].text(), "FREEDONIA_CITY");
  EXPECT_EQ(freedonia.synonyms[2].text(), "FREEDONIA_TOWN");
  ASSERT_EQ(freedonia.codes.size(), 1u);
  EXPECT_EQ(freedonia.codes[0].code, "FRD");
  EXPECT_FALSE(freedonia.codes[0].dated());
  EXPECT_EQ(dict.actors[2].name.joins, " _");  // RUFUS T_FIREFLY_
  EXPECT_EQ(dict.actors[6].codes.size(), 0u);
  EXPECT_EQ(dict.actors[6].code_on("2000-01-01"), "---");
  EXPECT_EQ(dict.actors[5].codes[0].code, "###");  // '#' inside [...] is no comment
}

TEST(PetrarchActors, DateRestrictionsChooseTheCodeOfTheDay) {
  auto dict = load_petrarch_actors(write_temp("actors.txt", kActors));
  const auto& firefly = dict.actors[2];
  ASSERT_EQ(firefly.codes.size(), 5u);
  EXPECT_EQ(firefly.codes[0].to, "1933-01-01");  // YYMMDD 33: 1933
  EXPECT_TRUE(firefly.codes[0].from.empty());
  EXPECT_EQ(firefly.codes[1].from, "1933-01-01");
  EXPECT_EQ(firefly.codes[1].to, "1933-06-30");
  EXPECT_EQ(firefly.codes[3].from, "1935-01-01");
  EXPECT_TRUE(firefly.codes[3].to.empty());
  // The first dated code that holds wins, both ends included; else the undated one.
  EXPECT_EQ(firefly.code_on("1920-01-01"), "FRDELI");
  EXPECT_EQ(firefly.code_on("1933-01-01"), "FRDELI");
  EXPECT_EQ(firefly.code_on("1933-01-02"), "FRDGOV");
  EXPECT_EQ(firefly.code_on("1933-06-15"), "FRDGOV");  // also FRDREB's: the first one counts
  EXPECT_EQ(firefly.code_on("1933-07-01"), "FRDREB");
  EXPECT_EQ(firefly.code_on("1934-06-01"), "FRDCVL");
  EXPECT_EQ(firefly.code_on("1935-01-01"), "FRDGOV");

  const auto& trentino = dict.actors[3];
  EXPECT_EQ(trentino.codes[0].from, "2012-12-04");
  EXPECT_EQ(trentino.code_on("2012-12-03"), "---");
  EXPECT_EQ(trentino.code_on("2012-12-04"), "SYLGOV");

  const auto& chicolini = dict.actors[4];  // several codes on the name line
  ASSERT_EQ(chicolini.codes.size(), 2u);
  EXPECT_EQ(chicolini.code_on("2005-05-05"), "FRD");
  EXPECT_EQ(chicolini.code_on("2010-05-05"), "---");
}

TEST(PetrarchActors, MalformedLinesNameFileAndLine) {
  expect_error(load_actors, "+ORPHAN_SYNONYM\n", 1, "before the first actor");
  expect_error(load_actors, "# comment\n\t[ABC]\n", 2, "before the first actor");
  expect_error(load_actors, "A_ [ABC]\nB_ [ABC\n", 2, "'[' without ']'");
  expect_error(load_actors, "A_\n\t[ABC 1999017-20061201]\n", 2, "not YYYYMMDD or YYMMDD");
  expect_error(load_actors, "A_\n\t[ABC 20121207-20120802]\n", 2, "ends before it begins");
  expect_error(load_actors, "A_\n\t[ABC 19951301]\n", 2, "not in the calendar");
  expect_error(load_actors, "A_ [ABC]\tTrading company\n", 1, "text after the codes");
  expect_error(load_actors, "A_ []\n", 1, "empty code");
  expect_error(load_actors, "A_\n\t[ABC<950601]\n", 2, "no blank between the code and the date");
  expect_error(load_actors, "A_\n+B_ [ABC]\n", 2, "put the code on a line of its own");
  expect_error(load_actors, "A_\n+\n", 2, "'+' without a synonym");
  EXPECT_THROW(load_petrarch_actors("/nonexistent/actors.txt"), DictionaryError);
}

TEST(PetrarchActors, SkippingLeavesOutTheWholeEntry) {
  std::string path = write_temp("skip-actors.txt",
                                "GOOD_ [AAA]\n"
                                "BROKEN_ [BBB] trailing words\n"
                                "+BROKEN_SYNONYM\n"
                                "\t[BBB >20000101]\n"
                                "ALSO_GOOD_\n"
                                "\t[CCC 19990101-19980101]\n"
                                "+STILL_HERE\n");
  auto dict = load_petrarch_actors(path, kSkip);
  ASSERT_EQ(dict.actors.size(), 2u);
  EXPECT_EQ(dict.actors[0].synonyms.size(), 0u);
  EXPECT_EQ(dict.actors[1].name.words, (Words{"ALSO", "GOOD"}));
  EXPECT_EQ(dict.actors[1].codes.size(), 0u);  // only the bad code line is left out
  EXPECT_EQ(dict.actors[1].synonyms.size(), 1u);
  ASSERT_EQ(dict.skipped.size(), 2u);
  EXPECT_NE(std::string(dict.skipped[0].what()).find(path + ":2:"), std::string::npos);
  EXPECT_NE(std::string(dict.skipped[1].what()).find(path + ":6:"), std::string::npos);
}

// ---- agents ---------------------------------------------------------------------------

TEST(PetrarchAgents, PluralsSubstitutionsAndCodePosition) {
  auto dict = load_petrarch_agents(write_temp("agents.txt",
                                              "!PERSON! = MAN, WOMAN ,PERSON\n"
                                              "!OFFICE! = MINISTER, MINISTRY\n"
                                              "MINISTRY [~GOV]\n"
                                              "ENVOY [~GOV] # comment\n"
                                              "GENDARMERIE {} [~COP]\n"
                                              "CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]\n"
                                              "ELECTION_MONITORING_BODY  [  NGO~]\n"
                                              "CONGRESS!PERSON! [~LEG]\n"
                                              "!OFFICE!_OF_!OFFICE! [ ~GOV]\n"
                                              "GEN. [~MIL]\n"
                                              "SECRET SERVICE [~SPY]\n"));
  ASSERT_EQ(dict.agents.size(), 9u);
  auto texts = [&](std::size_t i) {
    Words out;
    for (const auto& f : dict.agents[i].forms) out.push_back(f.text());
    return out;
  };
  EXPECT_EQ(texts(0), (Words{"MINISTRY", "MINISTRIES"}));
  EXPECT_EQ(dict.agents[0].code, "GOV");
  EXPECT_FALSE(dict.agents[0].before_actor);
  EXPECT_EQ(dict.agents[0].line, 3);
  EXPECT_EQ(texts(1), (Words{"ENVOY", "ENVOYS"}));
  EXPECT_EQ(texts(2), Words{"GENDARMERIE"});
  EXPECT_EQ(texts(3), (Words{"CHIEF_OF_STAFF", "CHIEFS_OF_STAFF"}));
  EXPECT_EQ(dict.agents[4].code, "NGO");
  EXPECT_TRUE(dict.agents[4].before_actor);
  EXPECT_EQ(texts(5), (Words{"CONGRESSMAN", "CONGRESSWOMAN", "CONGRESSPERSON"}));
  EXPECT_EQ(texts(6).size(), 4u);  // every way to fill in both markers, no plurals
  EXPECT_EQ(texts(6)[1], "MINISTER_OF_MINISTRY");
  EXPECT_EQ(texts(7), Words{"GEN."});  // no plural for an abbreviation
  EXPECT_EQ(texts(8), (Words{"SECRET SERVICE", "SECRET SERVICES"}));
  EXPECT_EQ(dict.phrase_count(), 19u);
}

TEST(PetrarchAgents, MalformedLinesNameFileAndLine) {
  expect_error(load_agents, "SOLDIER [~MIL]\nSAILOR\n", 2, "needs a [~CODE]");
  expect_error(load_agents, "SOLDIER [MIL]\n", 1, "[~CODE] or [CODE~]");
  expect_error(load_agents, "SOLDIER [~]\n", 1, "[~CODE] or [CODE~]");
  expect_error(load_agents, "SOLDIER [~MIL~]\n", 1, "[~CODE] or [CODE~]");
  expect_error(load_agents, "SOLDIER [~MIL}\n", 1, "'[' without ']'");
  expect_error(load_agents, "SOLDIER [~MIL] [~GOV]\n", 1, "one code");
  expect_error(load_agents, "SOLDIER {SOLDIERS [~MIL]\n", 1, "'{' without '}'");
  expect_error(load_agents, "SEA!PERSON! [~MIL]\n", 1, "unknown substitution set !PERSON!");
  expect_error(load_agents, "!P! = MAN\nSEA!P [~MIL]\n", 2, "without its closing '!'");
  expect_error(load_agents, "!P! = MAN,,MEN\n", 1, "empty item");
  expect_error(load_agents, "!P = MAN\n", 1, "!NAME! = A, B, C");
  // Found by fuzzing (fuzz/regressions/petrarch_agents): an item with a marker filled
  // itself in without end, and many markers multiplied out into millions of forms.
  expect_error(load_agents, "!P! = MAN, X!P!\nSEA!P! [~MIL]\n", 1, "cannot hold '!'");
  expect_error(load_agents, "!P! = A, B, C, D\nX!P!!P!!P!!P!!P!!P! [~GOV]\n", 2,
               "more than 1000 forms");
}

// ---- discards -------------------------------------------------------------------------

TEST(PetrarchDiscards, SentenceAndStoryDiscards) {
  auto list = load_petrarch_discards(write_temp("discards.txt",
                                                "# sports\n"
                                                "CROQUET\n"
                                                "+CHESS OLYMPIAD   # the whole story\n"
                                                "+ TIDDLYWINKS FINAL\n"
                                                "ROWING REGATTA_ ; TABARI comment\n"));
  ASSERT_EQ(list.discards.size(), 4u);
  EXPECT_EQ(list.discards[0].words, Words{"CROQUET"});
  EXPECT_FALSE(list.discards[0].whole_story);
  EXPECT_FALSE(list.discards[0].whole_word);
  EXPECT_TRUE(list.discards[1].whole_story);
  EXPECT_EQ(list.discards[1].words, (Words{"CHESS", "OLYMPIAD"}));
  EXPECT_EQ(list.discards[2].words, (Words{"TIDDLYWINKS", "FINAL"}));
  EXPECT_TRUE(list.discards[3].whole_word);
  EXPECT_EQ(list.discards[3].words, (Words{"ROWING", "REGATTA"}));
  EXPECT_EQ(list.discards[3].line, 5);
  expect_error(load_discards, "CROQUET\n+\n", 2, "'+' without a phrase");
  expect_error(load_discards, "CROQUET [###]\n", 1, "plain phrase");
}

// ---- verbs ----------------------------------------------------------------------------

const char* kVerbs =
    "<!-- synsets -->\n"
    "&MONEY\n"
    "+DOLLAR\n"
    "+SWISS_FRANC_      # no plural\n"
    "+GOLD BAR\n"
    "\n"
    "&AUXILIARY_\n"
    "  +HAVE\n"
    "+&MONEY\n"
    "\n"
    "--- GIVE [070] ---\n"
    "GIVE {GIVES GAVE GIVEN GIVING}  # irregular\n"
    "DONATE [071]\n"
    "+HAND_OVER\n"
    "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}\n"
    "PLEDGE {}\n"
    "SPEAK OUT\n"
    "- * &MONEY [071]\n"
    "- $ HAS_* + [042:043]\n"
    "- IN_ * (TO {FRONTIER_POST}) [:174]\n"
    "- % * ^ &AUXILIARY [---]\n"
    "- NOT_*_OUT (FROM ^) [075]\n"
    "-  *DOUBTFUL [012]\n"
    "\n"
    "--- STAY ---\n"
    "STAY\n"
    "--- WORRIED [---] # no closing dashes\n"
    "WORRY\n"
    "\n"
    "######## events about events ########\n"
    "~ a (b . GIVE) STAY = a b 112\n"
    "~ a (b (c d GIVE) STAY) STAY = a d Q\n";

TEST(PetrarchVerbs, SynsetsWithPluralsAndReferences) {
  auto dict = load_petrarch_verbs(write_temp("verbs.txt", kVerbs));
  ASSERT_EQ(dict.synsets.size(), 2u);
  const auto* money = dict.synset("&MONEY");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(money->line, 2);
  ASSERT_EQ(money->members.size(), 3u);
  EXPECT_EQ(money->members[0].plural, Words{"DOLLARS"});
  EXPECT_EQ(money->members[1].words, (Words{"SWISS", "FRANC"}));
  EXPECT_TRUE(money->members[1].plural.empty());
  EXPECT_EQ(money->members[2].plural, (Words{"GOLD", "BARS"}));
  const auto* auxiliary = dict.synset("&AUXILIARY");  // label written with '_': no plurals
  ASSERT_NE(auxiliary, nullptr);
  EXPECT_EQ(auxiliary->members[0].words, Words{"HAVE"});
  EXPECT_TRUE(auxiliary->members[0].plural.empty());
  EXPECT_EQ(auxiliary->members[1].words, Words{"&MONEY"});
}

TEST(PetrarchVerbs, BlocksAndTheirVerbs) {
  auto dict = load_petrarch_verbs(write_temp("verbs.txt", kVerbs));
  ASSERT_EQ(dict.blocks.size(), 3u);
  const auto& give = dict.blocks[0];
  EXPECT_EQ(give.name, "GIVE");
  EXPECT_EQ(give.code.code, "070");
  EXPECT_EQ(give.line, 11);
  EXPECT_EQ(dict.blocks[1].name, "STAY");
  EXPECT_TRUE(dict.blocks[1].code.is_null());  // no code: the null code
  EXPECT_EQ(dict.blocks[2].name, "WORRIED");
  EXPECT_EQ(dict.verb_count(), 8u);
  ASSERT_EQ(give.verbs.size(), 6u);

  const auto& verb = give.verbs[0];
  EXPECT_EQ(verb.base.verb, "GIVE");
  EXPECT_TRUE(verb.irregular);
  ASSERT_EQ(verb.forms.size(), 4u);
  EXPECT_EQ(verb.forms[1].verb, "GAVE");
  EXPECT_FALSE(verb.code.has_value());

  const auto& donate = give.verbs[1];
  ASSERT_TRUE(donate.code.has_value());
  EXPECT_EQ(donate.code->code, "071");
  ASSERT_EQ(donate.forms.size(), 3u);
  EXPECT_EQ(donate.forms[0].verb, "DONATES");
  EXPECT_EQ(donate.forms[1].verb, "DONATED");
  EXPECT_EQ(donate.forms[2].verb, "DONATING");

  const auto& hand_over = give.verbs[2];  // '+' marks the verb of a multi-word verb
  EXPECT_EQ(hand_over.base.verb, "HAND");
  EXPECT_EQ(hand_over.base.after, Words{"OVER"});
  EXPECT_EQ(hand_over.forms[1].verb, "HANDED");
  EXPECT_EQ(hand_over.forms[1].after, Words{"OVER"});

  const auto& wiretap = give.verbs[3];
  EXPECT_EQ(wiretap.base.before, Words{"WIRE"});
  EXPECT_EQ(wiretap.base.verb, "TAP");
  ASSERT_EQ(wiretap.forms.size(), 2u);
  EXPECT_EQ(wiretap.forms[1].verb, "TAPPED");
  EXPECT_EQ(wiretap.forms[1].before, Words{"WIRE"});

  EXPECT_TRUE(give.verbs[4].irregular);  // "{}": no other forms at all
  EXPECT_TRUE(give.verbs[4].forms.empty());
  EXPECT_EQ(give.verbs[5].base.verb, "SPEAK");  // no '+': the first word is the verb
  EXPECT_EQ(give.verbs[5].base.after, Words{"OUT"});
}

TEST(PetrarchVerbs, PatternsWithRolesPhrasesAndJoins) {
  auto dict = load_petrarch_verbs(write_temp("verbs.txt", kVerbs));
  const auto& patterns = dict.blocks[0].patterns;
  ASSERT_EQ(patterns.size(), 6u);
  EXPECT_EQ(dict.pattern_count(), 6u);

  const auto& money = patterns[0];  // - * &MONEY [071]
  EXPECT_TRUE(money.before_verb.empty());
  ASSERT_EQ(money.after_verb.size(), 1u);
  EXPECT_EQ(money.after_verb[0].kind, Kind::synset);
  EXPECT_EQ(money.after_verb[0].text, "&MONEY");
  EXPECT_EQ(money.line, 18);

  const auto& paired = patterns[1];  // - $ HAS_* + [042:043]
  EXPECT_EQ(paired.code.code, "042");
  EXPECT_EQ(paired.code.reverse_code, "043");
  ASSERT_EQ(paired.before_verb.size(), 2u);
  EXPECT_EQ(paired.before_verb[0].kind, Kind::source);
  EXPECT_FALSE(paired.before_verb[0].joined_to_next);
  EXPECT_EQ(paired.before_verb[1].text, "HAS");
  EXPECT_TRUE(paired.before_verb[1].joined_to_next);  // right before the verb
  EXPECT_EQ(paired.after_verb[0].kind, Kind::target);

  const auto& phrases = patterns[2];  // - IN_ * (TO {FRONTIER_POST}) [:174]
  EXPECT_TRUE(phrases.code.code.empty());
  EXPECT_EQ(phrases.code.reverse_code, "174");
  EXPECT_FALSE(phrases.before_verb[0].joined_to_next);  // "IN_ *": the TABARI stop marker
  ASSERT_EQ(phrases.after_verb.size(), 1u);
  const auto& to = phrases.after_verb[0];
  EXPECT_EQ(to.kind, Kind::prep_phrase);
  EXPECT_EQ(to.text, "TO");
  ASSERT_EQ(to.children.size(), 1u);
  EXPECT_EQ(to.children[0].kind, Kind::noun_phrase);
  ASSERT_EQ(to.children[0].children.size(), 2u);
  EXPECT_EQ(to.children[0].children[1].text, "POST");  // the head, last
  EXPECT_TRUE(to.children[0].children[0].joined_to_next);

  const auto& roles = patterns[3];  // - % * ^ &AUXILIARY [---]
  EXPECT_TRUE(roles.code.is_null());
  EXPECT_EQ(roles.before_verb[0].kind, Kind::compound);
  EXPECT_EQ(roles.after_verb[0].kind, Kind::skip);
  EXPECT_EQ(roles.after_verb[1].kind, Kind::synset);

  const auto& around = patterns[4];  // - NOT_*_OUT (FROM ^) [075]
  EXPECT_TRUE(around.before_verb[0].joined_to_next);
  EXPECT_TRUE(around.verb_joined_to_next);
  EXPECT_EQ(around.after_verb[0].text, "OUT");
  EXPECT_EQ(around.after_verb[1].children[0].kind, Kind::skip);

  EXPECT_EQ(patterns[5].after_verb[0].text, "DOUBTFUL");  // "*DOUBTFUL"
  EXPECT_FALSE(patterns[5].verb_joined_to_next);
}

TEST(PetrarchVerbs, Transformations) {
  auto dict = load_petrarch_verbs(write_temp("verbs.txt", kVerbs));
  ASSERT_EQ(dict.transformations.size(), 2u);
  const auto& t = dict.transformations[0];
  EXPECT_EQ(t.sources, (Words{"a", "b"}));
  EXPECT_EQ(t.verbs, (Words{"STAY", "GIVE"}));
  EXPECT_EQ(t.target, ".");
  EXPECT_EQ(t.result_source, "a");
  EXPECT_EQ(t.result_target, "b");
  EXPECT_EQ(t.result_code, "112");
  EXPECT_EQ(t.line, 31);
  const auto& nested = dict.transformations[1];
  EXPECT_EQ(nested.sources, (Words{"a", "b", "c"}));
  EXPECT_EQ(nested.verbs, (Words{"STAY", "STAY", "GIVE"}));
  EXPECT_EQ(nested.target, "d");
  EXPECT_EQ(nested.result_code, "Q");
}

TEST(PetrarchVerbs, MalformedLinesNameFileAndLine) {
  const std::string block = "--- GIVE [070] ---\nGIVE\n";
  expect_error(load_verbs, block + "- &MONEY [071]\n", 3, "needs a '*'");
  expect_error(load_verbs, block + "- * * [071]\n", 3, "one '*'");
  expect_error(load_verbs, block + "- * MONEY\n", 3, "needs a [code]");
  expect_error(load_verbs, block + "- * MONEY [071] [072]\n", 3, "more than one code");
  expect_error(load_verbs, block + "- * (TO FRONTIER)) [071]\n", 3, "unbalanced ')'");
  expect_error(load_verbs, block + "- * (TO FRONTIER [071]\n", 3, "missing ')'");
  expect_error(load_verbs, block + "- * {} [071]\n", 3, "empty {}");
  expect_error(load_verbs, block + "- * {$ MONEY} [071]\n", 3, "only words and synsets");
  expect_error(load_verbs, block + "- * () [071]\n", 3, "starts with its preposition");
  expect_error(load_verbs, block + "- * MONEY [042:]\n", 3, "[CODE:REVERSE]");
  expect_error(load_verbs, block + "- * MONEY [0 42]\n", 3, "blank inside the code");
  expect_error(load_verbs, block + "- * &MONEY [071]\n", 3, "synset &MONEY is not defined");
  expect_error(load_verbs, block + "+GIVE_+UP\n", 3, "more than one word marked");
  expect_error(load_verbs, block + "GIVE {GAVE\n", 3, "'{' without '}'");
  expect_error(load_verbs, "GIVE\n", 1, "before the first --- block ---");
  expect_error(load_verbs, "--- [070] ---\n", 1, "needs a name");
  expect_error(load_verbs, "&A\n+X\n&A\n", 3, "already defined on line 1");
  expect_error(load_verbs, "&A\n+X $\n", 2, "words only");
  expect_error(load_verbs, "&A\n+&B\n", 2, "synset &B is not defined");
  expect_error(load_verbs, "~ a (b . GIVE) SAY = a b\n", 1, "SOURCE TARGET CODE");
  expect_error(load_verbs, "~ a (b . GIVE SAY = a b 112\n", 1, "missing ')'");
  expect_error(load_verbs, "~ a b GIVE SAY = a b 112\n", 1, "unexpected 'SAY'");
}

TEST(PetrarchVerbs, ABlockHeaderWithTwoCodesTakesTheFirst) {
  auto dict = load_petrarch_verbs(write_temp("two-codes.txt", "--- GIVE [070] [071] ---\nGIVE\n"));
  ASSERT_EQ(dict.blocks.size(), 1u);
  EXPECT_EQ(dict.blocks[0].code.code, "070");
}

TEST(PetrarchVerbs, SkippingABadBlockHeaderLeavesOutItsBlock) {
  std::string path = write_temp("skip-verbs.txt",
                                "--- GIVE [070] ---\n"
                                "GIVE\n"
                                "--- [120] ---\n"
                                "DELAY\n"
                                "- * TALKS [031]\n"
                                "--- STAY ---\n"
                                "STAY\n"
                                "- * (AT) HOME) [040]\n"
                                "- * HOME [041]\n");
  auto dict = load_petrarch_verbs(path, kSkip);
  ASSERT_EQ(dict.blocks.size(), 2u);
  EXPECT_EQ(dict.blocks[0].verbs.size(), 1u);  // DELAY did not join GIVE
  EXPECT_EQ(dict.blocks[1].patterns.size(), 1u);
  ASSERT_EQ(dict.skipped.size(), 2u);
  EXPECT_NE(std::string(dict.skipped[0].what()).find(path + ":3:"), std::string::npos);
  EXPECT_NE(std::string(dict.skipped[1].what()).find(path + ":8:"), std::string::npos);
}

// ---- the real files -------------------------------------------------------------------

std::string shared(const std::string& name) {
  return std::string(KRONIEK_SHARED_DIR) + "/petrarch/" + name;
}

std::size_t dated_actors(const PetrarchActorDictionary& dict) {
  std::size_t n = 0;
  for (const auto& a : dict.actors) {
    for (const auto& c : a.codes) {
      if (c.dated()) {
        ++n;
        break;
      }
    }
  }
  return n;
}

TEST(PetrarchSharedFiles, ValidationDictionariesLoad) {
  auto actors = load_petrarch_actors(shared("PETR.Validate.actors.txt"));
  EXPECT_GT(actors.actors.size(), 100u);
  EXPECT_GT(dated_actors(actors), 3u);
  auto agents = load_petrarch_agents(shared("PETR.Validate.agents.txt"));
  EXPECT_GT(agents.agents.size(), 80u);
  EXPECT_GT(agents.phrase_count(), agents.agents.size());
  auto discards = load_petrarch_discards(shared("PETR.Validate.discards.txt"));
  EXPECT_GT(discards.discards.size(), 5u);

  // One verb block header carries two codes ("--- DELAY [120]  [031:031] ---"): like
  // PETRARCH, the loader reads the first, so the file loads strictly.
  auto verbs = load_petrarch_verbs(shared("PETR.Validate.verbs.txt"));
  const auto delay = std::find_if(verbs.blocks.begin(), verbs.blocks.end(),
                                  [](const auto& b) { return b.name == "DELAY"; });
  ASSERT_NE(delay, verbs.blocks.end());
  EXPECT_EQ(delay->code.code, "120");
  EXPECT_GT(verbs.blocks.size(), 200u);
  EXPECT_GT(verbs.pattern_count(), 400u);
  EXPECT_GT(verbs.synsets.size(), 10u);
}

TEST(PetrarchSharedFiles, PhoenixDictionariesLoad) {
  auto countries = load_petrarch_actors(shared("Phoenix.Countries.actors.txt"), kSkip);
  EXPECT_GT(countries.actors.size(), 15000u);
  EXPECT_GT(countries.phrase_count(), 20000u);
  EXPECT_GT(dated_actors(countries), 5000u);
  EXPECT_LE(countries.skipped.size(), 10u);  // impossible dates and a reversed range

  auto international = load_petrarch_actors(shared("Phoenix.International.actors.txt"), kSkip);
  EXPECT_GT(international.actors.size(), 5000u);
  EXPECT_LE(international.skipped.size(), 5u);

  auto non_state = load_petrarch_actors(shared("Phoenix.MilNonState.actors.txt"));
  EXPECT_GT(non_state.actors.size(), 800u);
  EXPECT_GT(non_state.phrase_count(), 1500u);

  auto agents = load_petrarch_agents(shared("Phoenix.agents.txt"), kSkip);
  EXPECT_GT(agents.agents.size(), 2000u);
  EXPECT_LE(agents.skipped.size(), 3u);

  auto discards = load_petrarch_discards(shared("Phoenix.discards.txt"));
  EXPECT_GT(discards.discards.size(), 400u);

  auto verbs = load_petrarch_verbs(shared("CAMEO.2.0.txt"), kSkip);
  EXPECT_GT(verbs.blocks.size(), 350u);
  EXPECT_GT(verbs.verb_count(), 1500u);
  EXPECT_GT(verbs.pattern_count(), 4500u);
  EXPECT_GE(verbs.synsets.size(), 30u);
  EXPECT_GE(verbs.transformations.size(), 5u);
  EXPECT_LE(verbs.skipped.size(), 5u);  // stray ')' and two undefined synsets
  std::size_t phrase_patterns = 0;
  for (const auto& block : verbs.blocks) {
    for (const auto& p : block.patterns) {
      for (const auto& e : p.after_verb) phrase_patterns += e.kind == Kind::prep_phrase;
    }
  }
  EXPECT_GT(phrase_patterns, 500u);
}

}  // namespace
}  // namespace kroniek
