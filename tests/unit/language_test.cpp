// --lang auto: CLD2 tells Dutch from English and says nothing on too little text.
#include "analyze/language.h"

#include <gtest/gtest.h>

namespace kroniek {
namespace {

TEST(DetectLanguage, DutchAndEnglishNews) {
  EXPECT_EQ(detect_language("Het Turkse leger heeft zondag Syrische stellingen in de provincie "
                            "Idlib beschoten, meldde het ministerie van Defensie in Ankara."),
            "nl");
  EXPECT_EQ(detect_language("Turkish troops shelled Syrian government positions in Idlib "
                            "province on Sunday, the defence ministry in Ankara said."),
            "en");
}

TEST(DetectLanguage, NothingToTellGivesNoLanguage) {
  EXPECT_EQ(detect_language(""), "");
  EXPECT_EQ(detect_language("ok"), "");
  EXPECT_EQ(detect_language("Rusland \xff\xfe steunt"), "");  // not UTF-8
}

}  // namespace
}  // namespace kroniek
