// The gazetteer index: building, loading, lookups in the real index the build
// makes from GeoNames and world-countries, and clear errors for bad files.
#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "lexicon/dictionary_file.h"
#include "temp_files.h"

namespace kroniek {
namespace {

const Gazetteer& real_index() {
  static const Gazetteer gazetteer = Gazetteer::load(KRONIEK_GAZETTEER_INDEX);
  return gazetteer;
}

bool has_place(const std::vector<GazetteerPlace>& places, long long geonameid) {
  for (const GazetteerPlace& p : places) {
    if (p.location.geonameid == geonameid) return true;
  }
  return false;
}

std::optional<Location> country_named(std::string_view name) {
  for (const GazetteerPlace& p : real_index().candidates(name)) {
    if (p.location.feature == "country") return p.location;
  }
  return std::nullopt;
}

std::filesystem::path temp_file(const std::string& name) {
  return kroniek::test_files::temp_path(name);
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The message a failed load gives, or "" when it loads.
std::string load_error(const std::string& path) {
  try {
    Gazetteer::load(path);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(Gazetteer, HoldsTheCitiesAndCountries) {
  EXPECT_GT(real_index().size(), 130000u);
  EXPECT_GT(real_index().name_count(), real_index().size());
}

TEST(Gazetteer, FindsDutchExonyms) {
  auto moskou = real_index().candidates("Moskou");
  ASSERT_TRUE(has_place(moskou, 524901));
  EXPECT_TRUE(has_place(real_index().candidates("Khartoem"), 379252));
  EXPECT_TRUE(has_place(real_index().candidates("Damascus"), 170654));
  auto den_haag = real_index().candidates("Den Haag");
  ASSERT_TRUE(has_place(den_haag, 2747373));
  for (const GazetteerPlace& p : den_haag) {
    if (p.location.geonameid == 2747373) {
      EXPECT_EQ(p.location.name, "The Hague");
      EXPECT_EQ(p.location.country, "NLD");
      EXPECT_EQ(p.location.feature, "city");
    }
  }
}

TEST(Gazetteer, CityRecordCarriesGeoNamesData) {
  for (const GazetteerPlace& p : real_index().candidates("Moskou")) {
    if (p.location.geonameid != 524901) continue;
    EXPECT_EQ(p.location.name, "Moscow");
    EXPECT_EQ(p.location.country, "RUS");
    EXPECT_NEAR(*p.location.lat, 55.75, 0.01);
    EXPECT_NEAR(*p.location.lon, 37.62, 0.01);
    EXPECT_TRUE(p.capital);
    EXPECT_GT(p.population, 10000000);
  }
}

TEST(Gazetteer, LookupIgnoresCaseButKeepsDiacritics) {
  EXPECT_TRUE(has_place(real_index().candidates("MOSKOU"), 524901));
  EXPECT_TRUE(has_place(real_index().candidates("den haag"), 2747373));
  EXPECT_TRUE(country_named("syrië").has_value());
  EXPECT_FALSE(country_named("Syrie").has_value());
}

TEST(Gazetteer, CountriesByDutchAndEnglishNames) {
  for (const char* name :
       {"Syrië", "Syria", "Syrian Arab Republic", "Syrische Arabische Republiek"}) {
    auto syria = country_named(name);
    ASSERT_TRUE(syria.has_value()) << name;
    EXPECT_EQ(syria->country, "SYR") << name;
    EXPECT_EQ(syria->name, "Syria");
    EXPECT_FALSE(syria->geonameid.has_value());
  }
  ASSERT_TRUE(country_named("Verenigde Staten").has_value());
  EXPECT_EQ(country_named("Verenigde Staten")->country, "USA");
  EXPECT_EQ(country_named("Turkije")->country, "TUR");
}

TEST(Gazetteer, CountryByCodeGivesItsCentroid) {
  auto syria = real_index().country("SYR");
  ASSERT_TRUE(syria.has_value());
  EXPECT_EQ(syria->feature, "country");
  EXPECT_EQ(syria->name, "Syria");
  EXPECT_DOUBLE_EQ(*syria->lat, 35.0);
  EXPECT_DOUBLE_EQ(*syria->lon, 38.0);
  EXPECT_FALSE(real_index().country("XYZ").has_value());
}

TEST(Gazetteer, SkipsCodesAndOtherScripts) {
  EXPECT_FALSE(has_place(real_index().candidates("MOW"), 524901));     // airport code
  EXPECT_FALSE(has_place(real_index().candidates("Москва"), 524901));  // Cyrillic
  EXPECT_FALSE(has_place(real_index().candidates("maskw"), 524901));   // lower-case romanization
  EXPECT_TRUE(real_index().candidates("Nergensdorp aan Zee").empty());
}

TEST(Gazetteer, BuildsFromSmallFiles) {
  auto cities = temp_file("cities.txt");
  auto countries = temp_file("countries.json");
  auto index = temp_file("small.idx");
  write_file(cities,
             "1\tÉpinal\tEpinal\tEPL,Epinalum,エピナル\t48.17\t6.45\tP\tPPLA2\tFR\t\t44\t88\t"
             "88160\t\t32000\t\t330\tEurope/Paris\t2020-01-01\n"
             "2\tParis\tParis\tParijs\t48.85\t2.35\tP\tPPLC\tFR\t\t11\t75\t75056\t\t2138551\t\t42\t"
             "Europe/Paris\t2020-01-01\n");
  write_file(
      countries,
      R"([{"cca2":"FR","cca3":"FRA","name":{"common":"France","official":"French Republic"},)"
      R"("translations":{"nld":{"common":"Frankrijk","official":"Franse Republiek"}},)"
      R"("altSpellings":["FR","République française"],"latlng":[46,2]}])");
  build_gazetteer_index(cities.string(), countries.string(), index.string());
  Gazetteer small = Gazetteer::load(index.string());
  EXPECT_EQ(small.size(), 3u);
  ASSERT_EQ(small.candidates("epinal").size(), 1u);
  EXPECT_EQ(small.candidates("Épinal")[0].location.country, "FRA");
  EXPECT_EQ(small.candidates("Epinalum").size(), 1u);
  EXPECT_TRUE(small.candidates("EPL").empty());
  EXPECT_TRUE(small.candidates("エピナル").empty());
  EXPECT_TRUE(small.candidates("FR").empty());
  ASSERT_EQ(small.candidates("Parijs").size(), 1u);
  EXPECT_TRUE(small.candidates("Parijs")[0].capital);
  EXPECT_EQ(small.candidates("République française")[0].location.feature, "country");
  EXPECT_EQ(small.country("FRA")->name, "France");
  std::filesystem::remove(cities);
  std::filesystem::remove(countries);
  std::filesystem::remove(index);
}

TEST(Gazetteer, OurCountryNamesJoinWorldCountries) {
  auto cities = temp_file("names-cities.txt");
  auto countries = temp_file("names-countries.json");
  auto names = temp_file("country-names.txt");
  auto index = temp_file("names.idx");
  write_file(cities, "");
  write_file(countries,
             R"([{"cca2":"TR","cca3":"TUR","name":{"common":"Türkiye","official":"Republic of )"
             R"(Türkiye"},"altSpellings":["TR"],"latlng":[39,35]}])");
  write_file(names, "# more names\nTUR Turkey | Republic of Turkey\n");
  build_gazetteer_index(cities.string(), countries.string(), index.string(), names.string());
  Gazetteer small = Gazetteer::load(index.string());
  ASSERT_EQ(small.candidates("Turkey").size(), 1u);
  EXPECT_EQ(small.candidates("Turkey")[0].location.country, "TUR");
  EXPECT_EQ(small.candidates("Turkey")[0].location.name, "Türkiye");
  EXPECT_EQ(small.candidates("Republic of Turkey").size(), 1u);
  // A code world-countries does not have is an error on its line.
  write_file(names, "TUR Turkey\nXYZ Nowhere\n");
  try {
    build_gazetteer_index(cities.string(), countries.string(), index.string(), names.string());
    ADD_FAILURE() << "no error for an unknown country code";
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find(names.string() + ":2:"), std::string::npos) << e.what();
  }
  for (const auto& f : {cities, countries, names, index}) std::filesystem::remove(f);
}

TEST(Gazetteer, MissingFileNamesPathAndReason) {
  std::string error = load_error("/nonexistent/kroniek/gazetteer.idx");
  EXPECT_NE(error.find("/nonexistent/kroniek/gazetteer.idx"), std::string::npos) << error;
  EXPECT_NE(error.find("cannot open"), std::string::npos) << error;
}

TEST(Gazetteer, OtherFileIsNotAnIndex) {
  auto path = temp_file("not_an_index.idx");
  write_file(path, std::string(100, 'x'));
  std::string error = load_error(path.string());
  EXPECT_NE(error.find(path.string()), std::string::npos) << error;
  EXPECT_NE(error.find("not a kroniek gazetteer index"), std::string::npos) << error;
  std::filesystem::remove(path);
}

TEST(Gazetteer, TruncatedIndexIsReported) {
  std::string whole = read_file(KRONIEK_GAZETTEER_INDEX);
  auto path = temp_file("truncated.idx");
  for (std::size_t size : {std::size_t{10}, whole.size() / 2, whole.size() - 1}) {
    write_file(path, whole.substr(0, size));
    std::string error = load_error(path.string());
    EXPECT_NE(error.find("truncated"), std::string::npos) << size << ": " << error;
  }
  std::filesystem::remove(path);
}

TEST(Gazetteer, OtherVersionIsReported) {
  std::string header = read_file(KRONIEK_GAZETTEER_INDEX).substr(0, 64);
  header[8] = 99;  // the version follows the 8-byte magic
  auto path = temp_file("version.idx");
  write_file(path, header);
  std::string error = load_error(path.string());
  EXPECT_NE(error.find("version 99"), std::string::npos) << error;
  std::filesystem::remove(path);
}

// A damaged index (found by fuzzing, fuzz/regressions/gazetteer_index): counts
// that point outside the file are refused on loading, a name of a place that
// is not there on lookup; nothing is read outside the file.
TEST(Gazetteer, DamagedIndexIsReported) {
  const std::string whole = read_file(KRONIEK_GAZETTEER_INDEX);
  auto field = [](std::string& bytes, std::size_t offset, auto value) {
    std::memcpy(bytes.data() + offset, &value, sizeof value);
  };
  std::uint32_t places = 0;
  std::memcpy(&places, whole.data() + 16, sizeof places);  // magic, version, countries
  auto path = temp_file("damaged.idx");

  std::string countries = whole;
  field(countries, 12, places + 1);
  write_file(path, countries);
  EXPECT_NE(load_error(path.string()).find("more countries than places"), std::string::npos);

  // More places than the file holds, with a string block size that wraps around to fit.
  std::string wrapped = whole;
  std::uint64_t strings = 0;
  std::memcpy(&strings, whole.data() + 24, sizeof strings);
  field(wrapped, 16, places + 10'000'000);
  field(wrapped, 24, strings - std::uint64_t{10'000'000} * 48);
  write_file(path, wrapped);
  EXPECT_NE(load_error(path.string()).find("truncated"), std::string::npos);

  std::string names = whole;  // every name of the place after the last
  std::uint32_t name_count = 0;
  std::memcpy(&name_count, whole.data() + 20, sizeof name_count);
  for (std::size_t i = 0; i < name_count; ++i) field(names, 40 + places * 48 + i * 12 + 4, places);
  write_file(path, names);
  Gazetteer damaged = Gazetteer::load(path.string());
  EXPECT_THROW(damaged.candidates("Khartoum"), std::runtime_error);
  std::filesystem::remove(path);
}

TEST(Gazetteer, DefaultPathFollowsTheEnvironment) {
  setenv("KRONIEK_GAZETTEER", "/somewhere/else.idx", 1);
  EXPECT_EQ(default_gazetteer_path(), "/somewhere/else.idx");
  unsetenv("KRONIEK_GAZETTEER");
  EXPECT_EQ(default_gazetteer_path(), KRONIEK_GAZETTEER_INDEX);
}

}  // namespace
}  // namespace kroniek
