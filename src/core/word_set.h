// A set of words the stages look tokens up in many times a token (a grammar's
// auxiliaries, a resolver's prepositions). Most tokens are in none of them: a
// word whose length or first byte no entry has is turned away at once, without
// comparing strings.
#pragma once
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

namespace kroniek {

class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string> words) {
    for (const std::string& word : words) insert(word);
  }

  void insert(std::string word) {
    lengths_ |= length_bit(word);
    first_bytes_.set(first_byte(word));
    words_.insert(std::move(word));
  }

  bool contains(std::string_view word) const {
    if ((lengths_ & length_bit(word)) == 0 || !first_bytes_.test(first_byte(word))) return false;
    return words_.find(word) != words_.end();
  }
  std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }

  // In sorted order, as std::set gives them; lower_bound(w) is the first
  // entry not before `w`, so those that begin with `w` follow it.
  auto begin() const { return words_.begin(); }
  auto lower_bound(std::string_view word) const { return words_.lower_bound(word); }
  auto end() const { return words_.end(); }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

 private:
  // Lengths of 63 bytes and more share the last bit.
  static std::uint64_t length_bit(std::string_view word) {
    return std::uint64_t{1} << (word.size() < 63 ? word.size() : 63);
  }
  static unsigned char first_byte(std::string_view word) {
    return word.empty() ? 0 : static_cast<unsigned char>(word.front());
  }

  std::set<std::string, std::less<>> words_;
  std::uint64_t lengths_ = 0;
  std::bitset<256> first_bytes_;
};

}  // namespace kroniek
