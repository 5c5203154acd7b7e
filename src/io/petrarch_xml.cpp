#include "io/petrarch_xml.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <optional>

#include "core/date.h"

namespace kroniek {

PetrarchXmlError::PetrarchXmlError(const std::string& file, int line, const std::string& reason)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + reason) {}

namespace {

// No network, CDATA read as text, line numbers past 65535. Not XML_PARSE_HUGE: libxml2's
// limits on nesting depth and node size stay, and entities are not substituted.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
                              XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

struct FirstError {
  bool set = false;
  int line = 0;
  std::string message;
};

// libxml2 2.12 made the error argument const; deducing it serves both.
template <class Error>
void keep_first_error(void* context, Error* error) {
  auto* first = static_cast<FirstError*>(context);
  if (first->set || error == nullptr || error->level < XML_ERR_ERROR) return;
  first->set = true;
  first->line = error->line;
  // The first line of libxml2's message; some quote the rest of the input after it.
  std::string_view message = error->message ? error->message : "malformed XML";
  first->message = std::string(message.substr(0, std::min(message.find('\n'), std::size_t{200})));
}

std::string owned_string(xmlChar* text) {
  if (text == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(text));
  xmlFree(text);
  return out;
}

std::optional<std::string> attribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  return owned_string(value);
}

bool is_named(xmlNodePtr node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && reinterpret_cast<const char*>(node->name) == name;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

// "Arnor is about to restore\n  full ties" -> "Arnor is about to restore full ties".
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (!is_space(c)) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string lower_ascii(std::string text) {
  for (char& c : text) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  return text;
}

std::string node_text(xmlNodePtr node) { return owned_string(xmlNodeGetContent(node)); }

int line_of(xmlNodePtr node) { return static_cast<int>(xmlGetLineNo(node)); }

// "19950101" (PETRARCH) or "1995-01-01" -> "1995-01-01"; empty when it is neither.
std::string iso_date(const std::string& date) {
  std::string iso = date;
  if (date.size() == 8 &&
      std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    iso = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
  }
  return is_iso_date(iso) ? iso : "";
}

class XmlInputReader {
 public:
  explicit XmlInputReader(const std::string& name) : name_(name) {}

  PetrarchXmlInput read(xmlTextReaderPtr reader) {
    std::unique_ptr<xmlTextReader, decltype(&xmlFreeTextReader)> owner(reader, &xmlFreeTextReader);
    if (reader == nullptr) throw PetrarchXmlError(name_, 0, "cannot read the XML input");
    FirstError error;
    xmlTextReaderSetStructuredErrorHandler(reader, keep_first_error, &error);
    int status = xmlTextReaderRead(reader);
    while (status == 1) status = step(reader);
    if (error.set) throw PetrarchXmlError(name_, error.line, error.message);
    if (status < 0) {
      throw PetrarchXmlError(name_, xmlTextReaderGetParserLineNumber(reader), "malformed XML");
    }
    return std::move(input_);
  }

 private:
  // Handles the node the reader is on and moves on: past a <Sentence> or <Environment>
  // subtree at once, which keeps one sentence at a time in memory.
  int step(xmlTextReaderPtr reader) {
    if (xmlTextReaderNodeType(reader) != XML_READER_TYPE_ELEMENT) return xmlTextReaderRead(reader);
    std::string_view name = reinterpret_cast<const char*>(xmlTextReaderConstLocalName(reader));
    if (name != "Sentence" && name != "Environment" && name != "Config") {
      return xmlTextReaderRead(reader);
    }
    xmlNodePtr node = xmlTextReaderExpand(reader);
    if (node == nullptr) return -1;
    if (name == "Sentence") sentence(node);
    if (name == "Environment") environment(node);
    if (name == "Config") option(node, input_.sentences.size());
    return xmlTextReaderNext(reader);
  }

  std::string where(xmlNodePtr node) const {
    return name_ + ":line " + std::to_string(line_of(node));
  }

  void problem(std::string doc, std::string reason) {
    input_.problems.push_back({std::move(doc), std::move(reason)});
  }

  void sentence(xmlNodePtr node) {
    PetrarchSentence s;
    s.line = line_of(node);
    s.id = trimmed(attribute(node, "id").value_or(""));
    if (s.id.empty()) return problem(where(node), "<Sentence> without an id");
    std::string date = trimmed(attribute(node, "date").value_or(""));
    s.date = iso_date(date);
    if (s.date.empty()) return problem(s.id, "date '" + date + "' is not YYYYMMDD");
    s.category = trimmed(attribute(node, "category").value_or(""));
    s.source = trimmed(attribute(node, "source").value_or(""));
    std::string single = lower_ascii(trimmed(attribute(node, "sentence").value_or("true")));
    if (single != "true" && single != "false") {
      return problem(s.id, "sentence=\"" + single + "\" is neither true nor false");
    }
    s.single_sentence = single == "true";
    bool has_text = false;
    for (xmlNodePtr child = node->children; child != nullptr; child = child->next) {
      if (is_named(child, "Text") && !has_text) {
        s.text = one_line(node_text(child));
        has_text = true;
      } else if (is_named(child, "Parse")) {
        s.parse = trimmed(node_text(child));
      } else if (is_named(child, "EventCoding") && !event_coding(child, s)) {
        return;
      }
    }
    if (s.text.empty() && s.parse.empty()) return problem(s.id, "neither <Text> nor <Parse>");
    input_.sentences.push_back(std::move(s));
  }

  // Adds what one <EventCoding> expects to `s`; false (and a problem) when it says nothing.
  bool event_coding(xmlNodePtr node, PetrarchSentence& s) {
    auto source = attribute(node, "sourcecode"), target = attribute(node, "targetcode"),
         code = attribute(node, "eventcode"), none = attribute(node, "noevents"),
         error = attribute(node, "error");
    if (source && target && code) {
      s.expected.push_back({trimmed(*source), trimmed(*target), trimmed(*code)});
    } else if (none) {
      s.expects_no_events = lower_ascii(trimmed(*none)) == "true";
    } else if (error) {
      s.expected_error = trimmed(*error);
    } else {
      problem(s.id, "line " + std::to_string(line_of(node)) +
                        ": <EventCoding> needs sourcecode, targetcode and eventcode, "
                        "noevents or error");
      return false;
    }
    return true;
  }

  // <Verbfile>PETR.Validate.verbs.txt</Verbfile>, or (older files) name="...".
  static std::string value(xmlNodePtr node, const char* attribute_name) {
    std::string text = trimmed(node_text(node));
    return text.empty() ? trimmed(attribute(node, attribute_name).value_or("")) : text;
  }

  static std::vector<std::string> split_list(const std::string& text, bool at_commas) {
    std::vector<std::string> items;
    std::string item;
    for (char c : text + (at_commas ? "," : " ")) {
      if (at_commas ? c == ',' : is_space(c)) {
        if (!trimmed(item).empty()) items.push_back(trimmed(item));
        item.clear();
      } else {
        item += c;
      }
    }
    return items;
  }

  void environment(xmlNodePtr node) {
    auto& env = input_.environment;
    env.present = true;
    for (xmlNodePtr c = node->children; c != nullptr; c = c->next) {
      if (is_named(c, "Verbfile")) env.verb_file = value(c, "name");
      if (is_named(c, "Agentfile")) env.agent_file = value(c, "name");
      if (is_named(c, "Discardfile")) env.discard_file = value(c, "name");
      if (is_named(c, "Issuefile")) env.issue_file = value(c, "name");
      if (is_named(c, "Errorfile")) env.error_file = value(c, "name");
      if (is_named(c, "Pause")) env.pause = value(c, "value");
      if (is_named(c, "Config")) option(c, 0);
      if (is_named(c, "Actorfile")) {
        for (auto& f : split_list(value(c, "name"), true)) env.actor_files.push_back(f);
      }
      if (is_named(c, "Include")) env.include = split_list(value(c, "categories"), false);
      if (is_named(c, "Exclude")) env.exclude = split_list(value(c, "categories"), false);
    }
  }

  void option(xmlNodePtr node, std::size_t from_sentence) {
    auto name = attribute(node, "option");
    if (!name || trimmed(*name).empty()) return problem(where(node), "<Config> without an option");
    input_.options.push_back({trimmed(*name), trimmed(attribute(node, "value").value_or("")),
                              from_sentence, line_of(node)});
  }

  std::string name_;
  PetrarchXmlInput input_;
};

}  // namespace

PetrarchXmlInput read_petrarch_xml(const std::string& path) {
  if (!std::ifstream(path)) throw PetrarchXmlError(path, 0, "cannot open file");
  return XmlInputReader(path).read(xmlReaderForFile(path.c_str(), nullptr, kParseOptions));
}

PetrarchXmlInput parse_petrarch_xml(std::string_view bytes, const std::string& name) {
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    throw PetrarchXmlError(name, 0, "input larger than 2 GB: read it from a file");
  }
  return XmlInputReader(name).read(xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()),
                                                      name.c_str(), nullptr, kParseOptions));
}

namespace {

std::string story_of(const std::string& sentence_id) {
  const std::size_t cut = sentence_id.rfind('_');
  return cut == std::string::npos || cut == 0 ? sentence_id : sentence_id.substr(0, cut);
}

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

Document story_document(const std::string& id, const std::vector<const PetrarchSentence*>& parts) {
  Document doc;
  doc.id = id;
  doc.lang = "en";
  doc.date = parts.front()->date;
  const bool all_parsed = std::all_of(parts.begin(), parts.end(),
                                      [](const PetrarchSentence* s) { return !s->parse.empty(); });
  for (const PetrarchSentence* s : parts) {
    const std::string text = trimmed(s->text);
    if (!text.empty()) doc.text += (doc.text.empty() ? "" : " ") + text;
    if (all_parsed) doc.parsed.push_back({text, s->parse});
  }
  return doc;
}

}  // namespace

ReadBatch petrarch_documents(const PetrarchXmlInput& input) {
  ReadBatch batch;
  batch.problems = input.problems;
  std::vector<std::string> order;
  std::map<std::string, std::vector<const PetrarchSentence*>> stories;
  for (const PetrarchSentence& s : input.sentences) {
    const std::string story = story_of(s.id);
    if (!stories.count(story)) order.push_back(story);
    stories[story].push_back(&s);
  }
  for (const std::string& story : order) {
    Document doc = story_document(story, stories[story]);
    if (doc.text.empty() && doc.parsed.empty()) {
      batch.problems.push_back({story, "no text and no parse"});
      continue;
    }
    batch.documents.push_back(std::move(doc));
  }
  return batch;
}

}  // namespace kroniek
