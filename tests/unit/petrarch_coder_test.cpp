// Coding with PETRARCH-format dictionaries (code/petrarch_coder.h): small dictionaries of
// our own in that format, and Penn Treebank trees written as a parser gives them.
#include "code/petrarch_coder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "analyze/ptb.h"
#include "temp_files.h"

namespace kroniek {
namespace {

using kroniek::test_files::write_temp;

const char* kActors =
    "FREEDONIA_ [FRD]\n"
    "+FREEDONIAN_\n"
    "SYLVANIA_ [SYL]\n"
    "MARXONIA_ [MRX]\n"
    "RUFUS_FIREFLY_\n"
    "    [FRDGOV 19330101-19351231]\n"
    "    [FRDELI]\n";

const char* kAgents =
    "POLICE {} [~COP]\n"
    "GOVERNMENT [~GOV]\n"
    "MINISTER [~GOV]\n"
    "REBEL [~REB]\n"
    "RED_CROSS {} [NGO~]\n";

const char* kVerbs =
    "&NEGATION\n"
    "+DID N'T\n"
    "+WILL NOT\n"
    "\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "SHELL\n"
    "\n"
    "--- RESTORE [064] ---\n"
    "RESTORE\n"
    "- &NEGATION * TIES WITH + [161]\n"
    "- * FULL_TIES WITH + [065]\n"
    "- * TIES WITH + [064]\n"
    "\n"
    "--- MEET [031:031] ---\n"
    "MEET {MEETS MET MEETING}\n"
    "\n"
    "--- CONDEMN [122] ---\n"
    "CONDEMN\n"
    "\n"
    "--- SAY [---] ---\n"
    "SAY {SAYS SAID SAYING}\n"
    "\n"
    "--- TAP [---] ---\n"
    "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING} [1711]\n";

const char* kDiscards = "FOOTBALL\n+CHESS_OLYMPIAD\n";

class PetrarchCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dictionaries_.verbs = load_petrarch_verbs(write_temp("verbs.txt", kVerbs));
    dictionaries_.actors.push_back(load_petrarch_actors(write_temp("actors.txt", kActors)));
    dictionaries_.agents = load_petrarch_agents(write_temp("agents.txt", kAgents));
    dictionaries_.discards = load_petrarch_discards(write_temp("discards.txt", kDiscards));
    coder_ = std::make_unique<PetrarchCoder>(dictionaries_);
  }

  PetrarchCoding code(const std::string& tree, const std::string& date = "2020-01-01") {
    const PhraseNode root = read_ptb_tree(tree);
    return coder_->code(root, ptb_words_text(tree), date, settings_);
  }

  std::vector<std::string> events(const std::string& tree, const std::string& date = "2020-01-01") {
    std::vector<std::string> out;
    for (const PetrarchEvent& e : code(tree, date).events) {
      out.push_back(e.source + " " + e.target + " " + e.code);
    }
    return out;
  }

  PetrarchDictionaries dictionaries_;
  std::unique_ptr<PetrarchCoder> coder_;
  PetrarchSettings settings_;
};

using Events = std::vector<std::string>;

TEST_F(PetrarchCoderTest, TheVerbCodeWithTheActorsBeforeAndAfterIt) {
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia)) (VP (VBD attacked) (NP (NNP Sylvania)))"
                   " (. .)))"),
            (Events{"FRD SYL 190"}));
  // A verb that is not in the dictionary codes nothing.
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia)) (VP (VBD praised) (NP (NNP Sylvania)))))"),
            Events{});
}

TEST_F(PetrarchCoderTest, AgentsJoinTheActorOfTheirPhrase) {
  EXPECT_EQ(events("(ROOT (S (NP (JJ Freedonian) (NN police)) (VP (VBD shelled)"
                   " (NP (NP (NNP Sylvania) (POS 's)) (NN government)))))"),
            (Events{"FRDCOP SYLGOV 190"}));
  // "the government of Sylvania": a noun phrase with its prepositional phrase is one actor.
  EXPECT_EQ(events("(ROOT (S (NP (NNP Marxonia)) (VP (VBD attacked) (NP (NP (DT the) (NN"
                   " government)) (PP (IN of) (NP (NNP Sylvania)))))))"),
            (Events{"MRX SYLGOV 190"}));
  // An agent written "NGO~" comes before the actor's code.
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia) (NNP Red) (NNP Cross)) (VP (VBD condemned)"
                   " (NP (NNP Sylvania)))))"),
            (Events{"NGOFRD SYL 122"}));
}

TEST_F(PetrarchCoderTest, APersonsCodeDependsOnTheDate) {
  const std::string tree =
      "(ROOT (S (NP (NNP Rufus) (NNP Firefly)) (VP (VBD condemned) (NP (NNP Sylvania)))))";
  EXPECT_EQ(events(tree, "1934-06-01"), (Events{"FRDGOV SYL 122"}));
  EXPECT_EQ(events(tree, "1940-06-01"), (Events{"FRDELI SYL 122"}));
}

TEST_F(PetrarchCoderTest, CompoundsCodeEachMember) {
  EXPECT_EQ(events("(ROOT (S (NP (NP (NNP Freedonia)) (CC and) (NP (NNP Marxonia)))"
                   " (VP (VBD condemned) (NP (NNP Sylvania)))))"),
            (Events{"FRD SYL 122", "MRX SYL 122"}));
  // A compound inside "the government of ...": each member is its own phrase
  // (the phrase must not be read as a single actor, whichever order the
  // compiler evaluates arguments in).
  EXPECT_EQ(events("(ROOT (S (NP (NP (DT the) (NN government)) (PP (IN of) (NP (NNP Freedonia)"
                   " (CC and) (NNP Marxonia)))) (VP (VBD condemned) (NP (NNP Sylvania)))))"),
            (Events{"FRDGOV SYL 122", "MRXGOV SYL 122"}));
}

TEST_F(PetrarchCoderTest, TheMostSpecificPatternWins) {
  const std::string prefix = "(ROOT (S (NP (NNP Freedonia)) (VP (MD will) (VP (VB restore) ";
  // "* TIES WITH +" places the target; "FULL_TIES WITH +" is longer but needs the
  // two words side by side.
  EXPECT_EQ(events(prefix + "(NP (NP (NNS ties)) (PP (IN with) (NP (NNP Sylvania))))))))"),
            (Events{"FRD SYL 064"}));
  EXPECT_EQ(
      events(prefix + "(NP (NP (JJ full) (NNS ties)) (PP (IN with) (NP (NNP Sylvania))))))))"),
      (Events{"FRD SYL 065"}));
  EXPECT_EQ(events(prefix + "(NP (NP (JJ full) (JJ diplomatic) (NNS ties)) (PP (IN with)"
                            " (NP (NNP Sylvania))))))))"),
            (Events{"FRD SYL 064"}));
}

TEST_F(PetrarchCoderTest, SynsetsBeforeTheVerbAreReadBackwards) {
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia)) (VP (VBD did) (RB n't) (VP (VB restore)"
                   " (NP (NP (NNS ties)) (PP (IN with) (NP (NNP Sylvania))))))))"),
            (Events{"FRD SYL 161"}));
}

TEST_F(PetrarchCoderTest, PairedCodesAndPassives) {
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia)) (VP (VBD met) (NP (NNP Sylvania)))))"),
            (Events{"FRD SYL 031", "SYL FRD 031"}));
  EXPECT_EQ(events("(ROOT (S (NP (NNP Sylvania)) (VP (VBD was) (VP (VBN attacked) (PP (IN by)"
                   " (NP (NNP Freedonia)))))))"),
            (Events{"FRD SYL 190"}));
}

TEST_F(PetrarchCoderTest, MultiWordVerbs) {
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia)) (VP (VBD wire) (VP (VBD tapped)"
                   " (NP (NNP Sylvania))))))"),
            (Events{"FRD SYL 1711"}));
  // "tapped" alone is not the verb.
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia)) (VP (VBD tapped) (NP (NNP Sylvania)))))"),
            Events{});
}

TEST_F(PetrarchCoderTest, ShortClausesBetweenCommasAreLeftOut) {
  const std::string tree =
      "(ROOT (S (NP (NNP Freedonia)) (VP (VBD attacked) (NP (NNP Sylvania))) (, ,)"
      " (NP (DT the) (NN government)) (VP (VBD said)) (. .)))";
  EXPECT_EQ(events(tree), (Events{"FRD SYL 190"}));
}

TEST_F(PetrarchCoderTest, RequireDyadDropsEventsWithoutAnActor) {
  const std::string tree =
      "(ROOT (S (NP (NNP Freedonia)) (VP (VBD attacked) (NP (DT the) (NN village)))))";
  EXPECT_EQ(events(tree), Events{});
  settings_.require_dyad = false;
  EXPECT_EQ(events(tree), (Events{"FRD --- 190"}));
  // A time is no actor phrase, so "attacked today" has no target at all.
  EXPECT_EQ(events("(ROOT (S (NP (NNP Freedonia)) (VP (VBD attacked) (NP-TMP (NN today)))))"),
            Events{});
}

TEST_F(PetrarchCoderTest, DiscardsAndDatelines) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Freedonia)) (VP (VBD attacked) (NP (NNP Sylvania)"
                 " (NN football) (NNS fans)))))")
                .outcome,
            PetrarchOutcome::sentence_discard);
  EXPECT_EQ(code("(ROOT (S (NP (DT The) (NN chess) (NN olympiad)) (VP (VBD attacked)"
                 " (NP (NNP Sylvania)))))")
                .outcome,
            PetrarchOutcome::story_discard);
  EXPECT_EQ(code("(ROOT (NP (NP (NNP CITY)) (: --) (NP (NP (NP (NNP Freedonia)) (CC and)"
                 " (NP (NNP Sylvania))) (VP (VBD met)))))")
                .outcome,
            PetrarchOutcome::dateline);
}

TEST(PetrarchSettings, OptionsByTheirPetrarchNames) {
  PetrarchSettings s;
  EXPECT_TRUE(s.set("require_dyad", "False"));
  EXPECT_FALSE(s.require_dyad);
  EXPECT_TRUE(s.set("comma_emax", "0"));
  EXPECT_EQ(s.comma_emax, 0);
  EXPECT_FALSE(s.set("comma_max", "many"));
  EXPECT_FALSE(s.set("no_such_option", "1"));
}

}  // namespace
}  // namespace kroniek
