-- wrk script for bench/run: each request takes the next session cookie (one per line in $COOKIES)
-- and the next path of $PATHS (comma-separated), so every connection reads as many signed-in people.
local cookies, paths, i = {}, {}, 0
for line in io.lines(os.getenv("COOKIES")) do
  if #line > 0 then cookies[#cookies + 1] = line end
end
for path in string.gmatch(os.getenv("PATHS"), "[^,]+") do paths[#paths + 1] = path end

function init(args)
  i = math.random(1, #cookies)
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { Cookie = cookies[(i % #cookies) + 1] })
end
