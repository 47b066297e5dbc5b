-- The wrk script of `make bench` (bench/bench.py runs wrk with it; see docs/performance.md).
--   BENCH_MODE=get     plain requests (path and Authorization come from wrk's command line); prints the figures.
--   BENCH_MODE=save    PUT /api/v1/score-sheets/{id} with If-Match, alternating two sets of choices per sheet;
--                      each sheet has one request in flight at most (its ETag changes with every save).
--   BENCH_MODE=submit  POST /api/v1/score-sheets/{id}/submit, each sheet once; a thread stops when its sheets run out.
-- BENCH_SHEETS names a file of lines "id<TAB>token<TAB>etag<TAB>bodyA<TAB>bodyB"; thread t of BENCH_THREADS takes
-- the lines i with i % BENCH_THREADS == t. done() prints one JSON line that bench.py reads.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_us()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

local mode = os.getenv("BENCH_MODE") or "get"
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")

-- setup/done environment: the threads, so that done() can read their counters.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

-- running environment (one per thread)
ok, bad, first_us, last_us = 0, 0, 0, 0
local sheets, free, by_id = {}, {}, {}
local next_sheet = 1

-- In get mode request and response stay undefined: wrk then sends its static request and skips parsing answers.
local sheet_modes = mode ~= "get"

function init(args)
  if not sheet_modes then return end
  local i = 0
  for line in io.lines(os.getenv("BENCH_SHEETS")) do
    if i % nthreads == tid then
      local id, token, etag, a, b = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)$")
      local s = { id = id, token = token, etag = etag, bodies = { a, b }, turn = 1 }
      table.insert(sheets, s)
      by_id[id] = s
      table.insert(free, s)
    end
    i = i + 1
  end
end

local function next_request()
  if first_us == 0 then first_us = now_us() end
  if mode == "save" then
    local s = table.remove(free, 1) or sheets[1]
    s.turn = 3 - s.turn
    return wrk.format("PUT", "/api/v1/score-sheets/" .. s.id, {
      ["Authorization"] = "Bearer " .. s.token,
      ["Content-Type"] = "application/json",
      ["If-Match"] = s.etag,
    }, s.bodies[s.turn])
  end
  -- submit
  local s = sheets[next_sheet]
  if s == nil then
    wrk.thread:stop()
    s = sheets[#sheets] -- the loop ends before this one is sent
  end
  next_sheet = next_sheet + 1
  return wrk.format("POST", "/api/v1/score-sheets/" .. s.id .. "/submit",
    { ["Authorization"] = "Bearer " .. s.token, ["Content-Length"] = "0" }, nil)
end

local function on_response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 else bad = bad + 1 end
  last_us = now_us()
  if mode ~= "save" then return end
  -- Which sheet answered: the view's id, or the problem's instance path.
  local id = body:match("score%-sheets/(%d+)") or body:match('"id"%s*:%s*(%d+)')
  local s = id and by_id[id]
  if s then
    local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
    if etag then s.etag = etag end
    table.insert(free, s)
  end
end

if sheet_modes then
  request = next_request
  response = on_response
end

function done(summary, latency, requests)
  local oks, bads, first, last = 0, 0, nil, 0
  for _, t in ipairs(threads) do
    oks = oks + (t:get("ok") or 0)
    bads = bads + (t:get("bad") or 0)
    local f, l = t:get("first_us") or 0, t:get("last_us") or 0
    if f > 0 and (first == nil or f < first) then first = f end
    if l > last then last = l end
  end
  local e = summary.errors
  io.write(string.format('BENCH-RESULT {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"mean_us":%.1f,'
    .. '"errors":%d,"ok":%d,"bad":%d,"span_us":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    e.connect + e.read + e.write + e.status + e.timeout, oks, bads, first and (last - first) or 0))
end
