-- PUT with If-Match, one item per wrk thread (run with as many threads as connections), each PUT
-- sending the ETag of the previous response, so every write is a real, successful compare-and-set.
-- Arguments: the path prefix (/items/) and a file with the JSON body.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("item", "put-" .. threads)
end

function init(args)
  prefix = args[1]
  local file = assert(io.open(args[2], "rb"))
  body = file:read("*a")
  file:close()
  etag = nil
end

function request()
  if etag == nil then
    -- Learn the current ETag first (once per thread, or after an unexpected status).
    return wrk.format("GET", prefix .. item)
  end
  return wrk.format("PUT", prefix .. item, { ["If-Match"] = etag, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, content)
  if status == 200 then
    -- The bare variant sends no ETag and ignores If-Match: any value will do there.
    etag = headers["ETag"] or headers["etag"] or '"untagged"'
  else
    etag = nil
  end
end
