#include "core/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kroniek {
namespace {

TEST(WordSet, FindsItsWordsAndNoOthers) {
  const WordSet set = {"in", "bij", "rondom", ""};
  for (const char* w : {"in", "bij", "rondom", ""}) EXPECT_TRUE(set.contains(w)) << w;
  // Same length and first byte as an entry, a prefix, a longer word, another case.
  for (const char* w : {"ik", "bit", "rond", "rondomheen", "In", "x"}) {
    EXPECT_FALSE(set.contains(w)) << w;
  }
  EXPECT_EQ(set.count("bij"), 1u);
  EXPECT_EQ(set.size(), 4u);
}

TEST(WordSet, WordsOfSixtyThreeBytesAndMoreShareALengthButAreToldApart) {
  const std::string long_word(70, 'a');
  WordSet set;
  set.insert(long_word);
  EXPECT_TRUE(set.contains(long_word));
  EXPECT_FALSE(set.contains(std::string(64, 'a')));
  EXPECT_FALSE(set.contains(std::string(63, 'a')));
}

TEST(WordSet, KeepsSortedOrderAndFindsEntriesByTheirStart) {
  const WordSet set = {"over en weer", "elkaar", "overal", "over"};
  EXPECT_EQ(std::vector<std::string>(set.begin(), set.end()),
            (std::vector<std::string>{"elkaar", "over", "over en weer", "overal"}));
  std::vector<std::string> starting_with_over;
  for (auto it = set.lower_bound("over"); it != set.end() && it->starts_with("over"); ++it) {
    starting_with_over.push_back(*it);
  }
  EXPECT_EQ(starting_with_over, (std::vector<std::string>{"over", "over en weer", "overal"}));
}

}  // namespace
}  // namespace kroniek
