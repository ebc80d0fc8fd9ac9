-- test/nvim/recipe-driver.lua: runs one of the Neovim recipes in editors/nvim/ as a user's config would (dofile, then
-- :edit a file, so the recipe's own autocmd or vim.lsp.enable starts and attaches the server), then asks through
-- the attached client for diagnostics, completion and hover, opens a second file of the same project to see the
-- client reused, stops it and prints one JSON object. Used by test/nvim/recipes.test.ts; works on Neovim 0.7+.
--
--   RECIPE=editors/nvim/model-registry-0.7.lua FILE=… SECOND_FILE=… COMPLETION_AT=3:45 HOVER_AT=1:50 \
--   nvim --headless --clean -S test/nvim/recipe-driver.lua
--
-- Positions are 0-based LSP "line:character". TIMEOUT_MS (default 20000) bounds each wait; TOTAL_TIMEOUT_MS (default
-- 90000) stops everything. Output: { ok, version, errors, clients, root_dir, server_name, diagnostics,
-- completion_labels, completion_incomplete, hover, second_file_clients, server_stopped, notifications }.
-- Exit code: 0 every step answered, 1 otherwise, 3 on the total timeout.

local function env(k, default)
  local v = os.getenv(k)
  if v == nil or v == '' then return default end
  return v
end
local timeout = tonumber(env('TIMEOUT_MS', '20000'))
local v = vim.version()
local out = { ok = false, errors = {}, notifications = {}, version = string.format('%d.%d.%d', v.major, v.minor, v.patch) }
local function fail(msg) table.insert(out.errors, msg) end
-- Opening the Python file would make Neovim look for a Python with the neovim module (its python ftplugin asks
-- has('python3')): a dozen interpreters through pyenv's shims here, 0.5 s of CPU a run, nothing the recipe is about.
vim.g.loaded_python3_provider = 0

-- What the recipe tells the user (its version guard) is part of the result.
local notify = vim.notify
vim.notify = function(msg, level, opts)
  table.insert(out.notifications, msg)
  return notify(msg, level, opts)
end

local function clients_of(bufnr)
  local found = {}
  local list = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = bufnr }) or vim.lsp.buf_get_clients(bufnr)
  for _, c in pairs(list) do
    if c.name == 'model_registry' then table.insert(found, c) end
  end
  return found
end

local function parse_pos(s)
  local l, c = s:match('^(%d+):(%d+)$')
  return { line = tonumber(l), character = tonumber(c) }
end

local function diagnostic_code(d)
  if d.code ~= nil then return d.code end
  return d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL
end

local client
local function main()
  dofile(env('RECIPE', ''))
  if env('EXPECT_NO_CLIENT', '0') == '1' then
    vim.cmd('edit ' .. vim.fn.fnameescape(env('FILE', '')))
    -- A client is registered the moment a recipe starts it (on FileType, during :edit); the wait gives a start the
    -- recipe scheduled on the event loop the time to happen.
    vim.wait(250, function() return false end, 25)
    out.clients = #clients_of(vim.api.nvim_get_current_buf())
    return 0
  end
  vim.cmd('edit ' .. vim.fn.fnameescape(env('FILE', '')))
  local bufnr = vim.api.nvim_get_current_buf()
  local attached = vim.wait(timeout, function()
    local c = clients_of(bufnr)[1]
    return c ~= nil and c.initialized == true
  end, 20)
  local clients = clients_of(bufnr)
  out.clients = #clients
  if not attached then
    fail('no initialized model_registry client attached to ' .. env('FILE', '') .. ' within ' .. timeout .. ' ms')
    return 1
  end
  client = clients[1]
  out.root_dir = client.config.root_dir or vim.NIL
  out.server_name = client.server_info and client.server_info.name or vim.NIL

  local got = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
      source = d.source or vim.NIL, code = diagnostic_code(d), message = d.message })
  end
  if not got then fail('no diagnostics within ' .. timeout .. ' ms') end

  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, pos, extra)
    local params = { textDocument = { uri = uri }, position = parse_pos(pos) }
    for k, val in pairs(extra or {}) do params[k] = val end
    local res, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
    local r = res and res[client.id]
    if not r or r.err then fail(method .. ': ' .. vim.inspect(err or (r and r.err) or 'no answer')); return nil end
    return r.result
  end
  local completion = request('textDocument/completion', env('COMPLETION_AT', '0:0'),
    { context = { triggerKind = 2, triggerCharacter = ':' } })
  out.completion_labels = {}
  if completion then
    out.completion_incomplete = completion.isIncomplete or false
    for _, item in ipairs(completion.items or completion) do table.insert(out.completion_labels, item.label) end
  end
  local hover = request('textDocument/hover', env('HOVER_AT', '0:0'))
  out.hover = hover and hover.contents or vim.NIL

  -- A second file of the same project gets the same server.
  vim.cmd('edit ' .. vim.fn.fnameescape(env('SECOND_FILE', '')))
  local second = vim.api.nvim_get_current_buf()
  vim.wait(timeout, function() return #clients_of(second) > 0 end, 20)
  out.second_file_clients = {}
  for _, c in ipairs(clients_of(second)) do table.insert(out.second_file_clients, c.id == client.id and 'same' or 'other') end
  return #out.errors == 0 and 0 or 1
end

vim.defer_fn(function()
  io.stdout:write(vim.json.encode({ ok = false, errors = { 'TOTAL_TIMEOUT_MS exceeded' } }) .. '\n')
  os.exit(3)
end, tonumber(env('TOTAL_TIMEOUT_MS', '90000')))

local ok, rc = pcall(main)
if not ok then fail(tostring(rc)); rc = 1 end
if client then
  local id = client.id
  vim.lsp.stop_client(id) -- shutdown, then exit
  out.server_stopped = vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
end
out.ok = rc == 0
io.stdout:write(vim.json.encode(out) .. '\n')
io.stdout:flush()
vim.cmd(rc == 0 and 'qa!' or ('cquit ' .. rc))
