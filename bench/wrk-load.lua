-- wrk script for bench/run.sh: rotates through the request paths it is given and, when given a rate,
-- paces each wrk thread to that many requests per second, so latency is measured at a steady offered load
-- instead of at saturation. Arguments (after wrk's --): rate per thread (0: as fast as possible), paths...
-- Pacing keeps an absolute schedule per thread: a request that falls behind is sent at once, so the
-- offered rate holds even when responses are slow (wrk still times each request from when it is sent).
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } govgraph_timespec;
int clock_gettime(int clock_id, govgraph_timespec *tp);
]]
local now_buffer = ffi.new("govgraph_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_buffer) -- CLOCK_MONOTONIC
  return tonumber(now_buffer.tv_sec) * 1000 + tonumber(now_buffer.tv_nsec) / 1e6
end

local interval_ms = 0
local next_at = nil
local paths = {}
local index = 0

function init(args)
  local rate = tonumber(args[1]) or 0
  if rate > 0 then interval_ms = 1000 / rate end
  for i = 2, #args do paths[#paths + 1] = args[i] end
  index = math.random(0, math.max(#paths - 1, 0))
end

function delay()
  if interval_ms == 0 then return 0 end
  local now = now_ms()
  if next_at == nil then next_at = now + math.random() * interval_ms end
  local wait = next_at - now
  next_at = next_at + interval_ms
  if wait <= 0 then return 0 end
  return math.floor(wait)
end

function request()
  if #paths == 0 then return wrk.request() end
  index = index % #paths + 1
  return wrk.format(nil, paths[index])
end
