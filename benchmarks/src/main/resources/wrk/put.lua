-- PUT with If-Match to the items put-1 .. put-N, N = connections, on one wrk thread: each item has at
-- most one request in flight, and each PUT sends the ETag of its item's previous response, so every
-- write is a real, successful compare-and-set. A response names its item by the "id" of its JSON.
-- Arguments: the path prefix (/items/), a file with the JSON body, the number of items: one more than
-- connections, because wrk calls request() once before the run to check it, and that item is lost.
function init(args)
  prefix = args[1]
  local file = assert(io.open(args[2], "rb"))
  body = file:read("*a")
  file:close()
  -- Items ready for their next request: { id, etag }; no etag yet means learn it with a GET first.
  ready = {}
  for i = 1, tonumber(args[3]) do
    ready[#ready + 1] = { "put-" .. i, nil }
  end
end

function request()
  local item = table.remove(ready)
  if item == nil then
    -- Never with more items than connections: a connection asks only once its last answer is in.
    return wrk.format("GET", prefix .. "put-1")
  end
  if item[2] == nil then
    return wrk.format("GET", prefix .. item[1])
  end
  return wrk.format("PUT", prefix .. item[1], { ["If-Match"] = item[2], ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, content)
  local id = content and string.match(content, '"id":"(put%-%d+)"')
  if id == nil then
    return
  end
  local etag = nil
  if status == 200 then
    -- The bare variant sends no ETag and ignores If-Match: any value will do there.
    etag = headers["ETag"] or headers["etag"] or '"untagged"'
  end
  ready[#ready + 1] = { id, etag }
end
