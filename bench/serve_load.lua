-- wrk script for bench/serve_load.sh: the calls the dashboard makes on a
-- store of bench/synthetic_store.h (100,000 records, 5,000 documents), cycled
-- in a fixed order per thread. Counts every answer that is not 2xx as an
-- error and prints one line, "LOAD key=value ...", for the shell script.
--
--   wrk -t2 -c32 -d60s --latency -s bench/serve_load.lua http://127.0.0.1:PORT [-- RECORDS [PATTERN...]]

local countries = { "SYR", "TUR", "RUS", "UKR", "ISR", "LBN", "SDN", "ETH", "IRN", "IRQ", "USA", "FRA" }
local roles = { "GOV", "MIL", "REB", "CVL" }
local words = { "troops", "shelled", "talks", "ceasefire", "attack", "border",
  "minister", "villages", "aid", "convoy", "rebels", "capital" }
local records, documents = 100000, 5000 -- init() sets them from its first argument

local function pick(list)
  return list[math.random(#list)]
end

local function actor()
  return pick(countries) .. pick(roles)
end

local function day(year)
  return string.format("%04d-%02d-%02d", year, math.random(12), math.random(28))
end

-- The filters a user sets in the form, by the names of store/record_query.cpp.
local function random_filter()
  local year = math.random(2018, 2022)
  local filters = {
    "actor=" .. pick(countries),
    "actor=" .. actor(),
    "source=" .. actor() .. "&target=" .. pick(countries),
    "country=" .. pick(countries) .. "&root=" .. string.format("%02d", math.random(20)),
    "root=19&from=" .. year .. "-01-01",
    "from=" .. day(year) .. "&to=" .. day(year),
    "code=19",
    "code=" .. pick({ "036", "190", "14", "173" }),
    "place=Place" .. math.random(0, 39),
    "place=" .. pick(countries),
    "text=" .. pick(words),
    "text=" .. pick(words) .. "%20" .. pick(words),
    "text=earthquake",
    "modality=asserted&type=event",
    "actor=" .. pick(countries) .. "&text=" .. pick(words) .. "&from=" .. year .. "-01-01",
  }
  return pick(filters)
end

local function offset(total, page)
  return math.random(0, math.floor(total / page) - 1) * page
end

local function document_id()
  return "doc" .. math.random(0, documents - 1)
end

-- One visit: the page opens, pages through records, opens documents, sets a
-- filter (the map, timeline, network and records again), and lists documents.
local function visit(paths)
  local function add(path) paths[#paths + 1] = path end
  add("/api/stats")
  add("/api/actors?limit=300")
  add("/api/countries?limit=300")
  add("/api/places")
  add("/api/timeline")
  add("/api/network?limit=60")
  add("/api/records?limit=50")
  add("/api/records?limit=50&offset=" .. offset(records, 50))
  add("/api/documents/" .. document_id())
  local filter = random_filter()
  add("/api/places?" .. filter)
  add("/api/timeline?" .. filter)
  add("/api/network?limit=" .. pick({ "30", "60", "120", "250" }) .. "&" .. filter)
  add("/api/records?limit=50&" .. filter)
  add("/api/records?limit=50&offset=50&" .. filter)
  add("/api/documents/" .. document_id())
  add("/api/documents?limit=50&offset=" .. offset(documents, 50))
  add("/api/actors?limit=50&" .. random_filter())
  add("/api/countries?limit=50&" .. random_filter())
end

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

local requests = {}
local position = 0
errors = 0 -- answers that are not 2xx (read by done() from each thread)
first_error = ""

-- args: the store's number of records (20 a document), then Lua patterns of
-- paths to leave out ("network.*text=": the network of a text search).
function init(args)
  records = tonumber(args[1] or records)
  documents = records / 20
  math.randomseed(id)
  local paths = {}
  for _ = 1, 50 do visit(paths) end
  for _, path in ipairs(paths) do
    local keep = true
    for i = 2, #args do
      if path:find(args[i]) then keep = false end
    end
    if keep then requests[#requests + 1] = wrk.format("GET", path) end
  end
end

function request()
  position = position % #requests + 1
  return requests[position]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    errors = errors + 1
    if first_error == "" then first_error = status .. " " .. body:sub(1, 200) end
  end
end

function done(summary, latency, requests)
  local not_2xx, first = 0, ""
  for _, thread in ipairs(threads) do
    not_2xx = not_2xx + thread:get("errors")
    if first == "" then first = thread:get("first_error") end
  end
  local e = summary.errors
  local ms = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format(
    "LOAD requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "connect=%d read=%d write=%d timeout=%d status_errors=%d not_2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    ms(50), ms(90), ms(99), latency.max / 1000, e.connect, e.read, e.write, e.timeout, e.status,
    not_2xx))
  if first ~= "" then io.write("LOAD first error: " .. first:gsub("\n", " "), "\n") end
end
