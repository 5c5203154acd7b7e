// The Dutch coder on news-style sentences through the real Frog analyzer:
// one test per construction the clause stage must understand.
#include "code/coder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "shared_analyzer.h"

namespace kroniek {
namespace {

std::vector<Record> code_text(const std::string& text, const std::string& date = "2020-02-11") {
  Document doc{"test", "nl", date, "", text};
  return code_events(doc, testing::dutch_analyzer().analyze(doc), testing::dutch_lexicon());
}

// "SRC>TGT:CODE/modality" for every record, for readable failure messages.
std::vector<std::string> summary(const std::vector<Record>& records) {
  std::vector<std::string> out;
  for (const Record& r : records) {
    out.push_back(r.source.code.code + ">" + r.target.code.code + ":" + r.cameo + "/" + r.modality);
  }
  return out;
}

bool has(const std::vector<Record>& records, const std::string& item) {
  auto s = summary(records);
  return std::find(s.begin(), s.end(), item) != s.end();
}

std::string all(const std::vector<Record>& records) {
  std::string out;
  for (const auto& s : summary(records)) out += s + " ";
  return out;
}

TEST(DutchCoder, SubjectVerbObject) {
  auto r = code_text("Frankrijk steunt de Oekraïense regering.");
  EXPECT_TRUE(has(r, "FRA>UKRGOV:051/asserted")) << all(r);
}

TEST(DutchCoder, SeparableVerbWithItsParticleFarAway) {
  auto r = code_text("De Duitse regering riep Iran gisteren opnieuw op tot terughoudendheid.");
  bool appeal = std::any_of(r.begin(), r.end(), [](const Record& x) {
    return x.source.code.code == "DEUGOV" && x.target.code.code == "IRN" && x.root == "02" &&
           x.modality == "asserted";
  });
  EXPECT_TRUE(appeal) << all(r);
}

TEST(DutchCoder, PassiveWithDoorSwapsSourceAndTarget) {
  auto r =
      code_text("De Oekraïense strijdkrachten worden al jaren gesteund door de Verenigde Staten.");
  EXPECT_TRUE(has(r, "USA>UKRMIL:051/asserted")) << all(r);
  EXPECT_FALSE(has(r, "UKRMIL>USA:051/asserted")) << all(r);
}

TEST(DutchCoder, ReciprocalElkaarGivesAnEventEachWay) {
  auto r = code_text("Het Indiase en het Pakistaanse leger hebben elkaar zondag beschoten.");
  EXPECT_TRUE(has(r, "INDMIL>PAKMIL:193/asserted")) << all(r);
  EXPECT_TRUE(has(r, "PAKMIL>INDMIL:193/asserted")) << all(r);
}

TEST(DutchCoder, NominalEventBetweenTwoActors) {
  auto r = code_text(
      "Vrijdag braken opnieuw gevechten uit tussen Armeense en Azerbeidzjaanse soldaten.");
  EXPECT_TRUE(has(r, "ARMMIL>AZEMIL:190/asserted")) << all(r);
  EXPECT_TRUE(has(r, "AZEMIL>ARMMIL:190/asserted")) << all(r);
}

TEST(DutchCoder, NegationIsNotAsserted) {
  auto r = code_text("Israël heeft Libanon niet aangevallen.");
  ASSERT_FALSE(r.empty()) << "the negated event is still coded, as negated";
  for (const Record& x : r) EXPECT_EQ(x.modality, "negated") << all(r);
}

TEST(DutchCoder, FutureIsMarked) {
  auto r = code_text("China zal volgende week met Rusland onderhandelen over gasleveringen.");
  ASSERT_FALSE(r.empty());
  for (const Record& x : r) EXPECT_EQ(x.modality, "future") << all(r);
}

TEST(DutchCoder, CapitalStandsForTheGovernment) {
  auto r = code_text("Washington heeft Teheran opnieuw beschuldigd van steun aan terreur.");
  EXPECT_TRUE(has(r, "USAGOV>IRNGOV:112/asserted")) << all(r);
}

TEST(DutchCoder, LeaderCodesByDocumentDate) {
  std::string text = "Poetin prees Trump om zijn houding.";
  auto in_office = code_text(text, "2018-07-17");
  EXPECT_TRUE(has(in_office, "RUSGOV>USAGOV:051/asserted")) << all(in_office);
  auto out_of_office = code_text(text, "2022-03-01");
  EXPECT_FALSE(has(out_of_office, "RUSGOV>USAGOV:051/asserted")) << all(out_of_office);
}

TEST(DutchCoder, ReportedSpeechAndDenialsAreNotAsserted) {
  auto reported = code_text(
      "De Oekraïense regering zegt dat Russische troepen Oekraïense soldaten hebben beschoten.");
  EXPECT_TRUE(has(reported, "RUSMIL>UKRMIL:193/reported")) << all(reported);
  auto aldus = code_text(
      "Russische troepen hebben Oekraïense soldaten beschoten, aldus de Oekraïense regering.");
  EXPECT_TRUE(has(aldus, "RUSMIL>UKRMIL:193/reported")) << all(aldus);
  auto denied =
      code_text("Moskou ontkent dat Russische troepen Oekraïense soldaten hebben aangevallen.");
  EXPECT_TRUE(has(denied, "RUSMIL>UKRMIL:190/negated")) << all(denied);
  auto claimed = code_text(
      "Russische troepen hebben volgens de Oekraïense regering dinsdag Oekraïense soldaten "
      "beschoten.");
  EXPECT_TRUE(has(claimed, "RUSMIL>UKRMIL:193/reported")) << all(claimed);
}

TEST(DutchCoder, ProtestWithoutTargetIsAgainstTheGovernmentWhereItHappens) {
  auto abroad =
      code_text("Honderden Syriërs demonstreerden zaterdag in Istanbul tegen de uitzettingen.");
  EXPECT_TRUE(has(abroad, "SYR>TURGOV:141/asserted")) << all(abroad);
  auto at_home = code_text("Duizenden Georgiërs demonstreerden tegen de nieuwe wet.");
  EXPECT_TRUE(has(at_home, "GEO>GEOGOV:141/asserted")) << all(at_home);
}

TEST(DutchCoder, AlsWithoutAVerbIsARoleNotACondition) {
  auto role = code_text("Qatar treedt op als bemiddelaar tussen Israël en Hamas.");
  EXPECT_TRUE(has(role, "QAT>ISR:045/asserted")) << all(role);
  auto condition = code_text("Iran dreigt Israël met vergelding als de aanvallen doorgaan.");
  EXPECT_TRUE(has(condition, "IRN>ISR:138/asserted")) << all(condition);
}

TEST(DutchCoder, ANounsTargetMayFollowItsOwner) {
  auto attack = code_text("De aanval van Israël op Iran leidde tot felle kritiek.");
  EXPECT_TRUE(has(attack, "ISR>IRN:190/asserted")) << all(attack);
  auto mediation =
      code_text("De bemiddeling van Qatar tussen Israël en Hamas leverde een bestand op.");
  EXPECT_TRUE(has(mediation, "QAT>ISR:045/asserted")) << all(mediation);
  EXPECT_FALSE(has(mediation, "ISR>PSEREBHMS:045/asserted")) << all(mediation);
}

TEST(DutchCoder, ARoleTakesThePlaceItStandsInNotOneFurtherOn) {
  auto story = code_text(
      "In Soedan vechten het leger en de RSF al maanden. De Verenigde Staten riepen het leger op "
      "om naar de gesprekken in Jeddah terug te keren.");
  EXPECT_TRUE(has(story, "USA>SDNMIL:026/asserted")) << all(story);
  EXPECT_FALSE(has(story, "USA>SAUMIL:026/asserted")) << all(story);
  auto located = code_text("De Franse regering veroordeelde het geweld van de politie in Nairobi.");
  EXPECT_TRUE(has(located, "FRAGOV>KENCOP:111/asserted")) << all(located);
}

TEST(DutchCoder, ViolenceAgainstAThingStrikesTheCountryWhereItStands) {
  auto market =
      code_text("Strijders van al-Shabaab hebben zaterdag een markt in Mogadishu aangevallen.");
  EXPECT_TRUE(has(market, "SOMREB>SOM:190/asserted")) << all(market);  // not the government
  auto refinery = code_text("Russische troepen hebben een olieraffinaderij in Odesa beschoten.");
  EXPECT_TRUE(has(refinery, "RUSMIL>UKR:193/asserted")) << all(refinery);
  auto hospital = code_text("Russische troepen hebben een ziekenhuis in Charkiv beschoten.");
  EXPECT_TRUE(has(hospital, "RUSMIL>UKRHLH:193/asserted")) << all(hospital);
}

TEST(DutchCoder, NegationInTheComplementLeavesTheAppealAsserted) {
  auto r = code_text("Frankrijk riep Servië op de grens met Kosovo niet langer te blokkeren.");
  EXPECT_TRUE(has(r, "FRA>SRB:020/asserted")) << all(r);
}

TEST(DutchCoder, CoordinatedVerbsShareTheirSubject) {
  auto r = code_text("Berlijn reageerde verbolgen en beschuldigde Moskou van sabotage.");
  EXPECT_TRUE(has(r, "DEUGOV>RUSGOV:112/asserted")) << all(r);
}

TEST(DutchCoder, BothSidesAreTheParticipantsOfTheEventBefore) {
  auto r = code_text(
      "De Franse president ontmoette dinsdag de Indiase premier in New Delhi. "
      "De twee leiders ondertekenden een akkoord over defensie.",
      "2023-07-14");
  EXPECT_TRUE(has(r, "FRAGOV>INDGOV:057/asserted")) << all(r);
  EXPECT_TRUE(has(r, "INDGOV>FRAGOV:057/asserted")) << all(r);
}

TEST(DutchCoder, RoleNounsTakeTheCountryTheArticleIsAbout) {
  auto r = code_text(
      "In de Keniaanse hoofdstad Nairobi is het opnieuw onrustig. "
      "De politie arresteerde zaterdag tientallen demonstranten.");
  EXPECT_TRUE(has(r, "KENCOP>KENCVL:173/asserted")) << all(r);
}

TEST(DutchCoder, AGroupOrVoiceOfAnActorIsThatActor) {
  auto r =
      code_text("Een alliantie van Syrische rebellengroepen heeft Turkse soldaten aangevallen.");
  EXPECT_TRUE(has(r, "SYRREB>TURMIL:190/asserted")) << all(r);
}

TEST(DutchCoder, AnOmittedTargetIsTheOtherSideOfTheEventJustTold) {
  auto r = code_text(
      "Het Russische leger heeft zondag de Oekraïense stad Soemy beschoten. "
      "De Europese Unie eiste een onafhankelijk onderzoek.",
      "2022-06-20");
  EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const Record& x) {
    return x.source.code.country == "IGO" && x.target.code.country == "RUS" && x.root == "10";
  })) << all(r);
}

TEST(DutchCoder, AStatementActsOnThePartyItsContentNames) {
  auto r = code_text("Ankara ontkent dat het de Syrische rebellen bewapent.", "2020-02-11");
  EXPECT_TRUE(has(r, "TURGOV>SYRREB:016/asserted")) << all(r);
  EXPECT_FALSE(has(r, "TURGOV>SYRREB:072/asserted")) << all(r);  // denied, not told
}

TEST(DutchCoder, AnIndirectQuestionAssertsNothing) {
  auto r = code_text(
      "De Georgische politie onderzoekt of Rusland de Georgische separatisten heeft bewapend.");
  auto by_russia = [](const Record& x) { return x.source.code.country == "RUS"; };
  ASSERT_TRUE(std::any_of(r.begin(), r.end(), by_russia)) << all(r);
  for (const Record& x : r) {
    if (by_russia(x)) {
      EXPECT_EQ(x.modality, "hypothetical") << all(r);
    }
  }
}

TEST(DutchCoder, CriticsAtHomeAimAtTheirOwnGovernment) {
  auto r = code_text(
      "Nederland en Marokko hebben zaterdag een akkoord gesloten over de terugkeer van migranten. "
      "Nederlandse oppositiepartijen bekritiseerden het akkoord.",
      "2024-02-03");
  EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const Record& x) {
    return x.source.code.code == "NLDOPP" && x.target.code.country == "NLD" && x.root == "11";
  })) << all(r);
}

TEST(DutchCoder, TheNounWithItsOwnParticipantsIsTheEvent) {
  auto r = code_text(
      "Moskou noemde de aanval een vergelding voor de Oekraïense drone-aanval op het Russische "
      "consulaat in Minsk.",
      "2024-04-14");
  EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const Record& x) {
    return x.source.code.country == "UKR" && x.target.code.country == "RUS" && x.root == "19";
  })) << all(r);
}

TEST(DutchCoder, KillingHundredsIsAMassKilling) {
  auto many =
      code_text("Soldaten van het Ethiopische leger doodden honderden Tigrayers.", "2021-03-01");
  EXPECT_TRUE(has(many, "ETHMIL>ETHCVL:202/asserted")) << all(many);
  auto few = code_text("Soldaten van het Ethiopische leger doodden twee Tigrayers.", "2021-03-01");
  EXPECT_FALSE(has(few, "ETHMIL>ETHCVL:202/asserted")) << all(few);
  EXPECT_FALSE(few.empty());
}

TEST(DutchCoder, ObserversWhoTellTheNewsDoNotMakeItAClaim) {
  auto r = code_text(
      "Milities hebben in de Soedanese stad Nyala een markt beschoten, melden hulporganisaties.",
      "2023-11-10");
  EXPECT_TRUE(std::any_of(r.begin(), r.end(), [](const Record& x) {
    return x.root == "19" && x.modality == "asserted";
  })) << all(r);
  auto claim = code_text(
      "Milities hebben in de Soedanese stad Nyala een markt beschoten, meldt het Soedanese leger.",
      "2023-11-10");
  EXPECT_FALSE(std::any_of(claim.begin(), claim.end(), [](const Record& x) {
    return x.root == "19" && x.modality == "asserted";
  })) << all(claim);
}

TEST(DutchCoder, NothingWithoutTwoActors) {
  auto r = code_text("Het regende de hele dag in Amsterdam en de treinen reden niet.");
  EXPECT_TRUE(r.empty()) << all(r);
}

}  // namespace
}  // namespace kroniek
