-- wrk: each connection saves its own score sheet (PUT with If-Match), alternating two sets of choices; the next
-- If-Match is the ETag of the previous answer. Data (token, sheets) from score_sheet_save.py, in SAVE_DATA.
dofile(os.getenv("SAVE_DATA"))
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
end
function init(args)
  sheet = sheets[index]
  turn = 0
  etag = sheet.etag
  failures = 0
end
function request()
  turn = turn + 1
  return wrk.format("PUT", "/api/v1/score-sheets/" .. sheet.id, {
    ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["If-Match"] = etag},
    sheet.bodies[turn % 2 + 1])
end
function response(status, headers, body)
  if status == 200 then
    etag = headers["ETag"] or headers["etag"]
  else
    failures = failures + 1
    if failures < 3 then print("status " .. status .. ": " .. body) end
  end
end
