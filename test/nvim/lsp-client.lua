-- test/nvim/lsp-client.lua: a headless Neovim (0.7+) driver for any stdio LSP server, used by test/nvim/nvim.test.ts
-- to check the Model Registry server through an independent, non-VS Code client. Adapted from the team's harness
-- recipe (nvim-lsp-client.lua); this copy is the project's own and is what the tests load.
--
--   LSP_CMD='["node","server/dist/server.js","--stdio"]' LSP_FILE=lib/chat.ex LSP_FILETYPE=elixir \
--   LSP_COMPLETION_AT=2:35 LSP_HOVER_AT=1:30 nvim --headless --clean -S test/nvim/lsp-client.lua
--
-- Input (environment variables; positions are 0-based LSP "line:character", character counted in UTF-16):
--   LSP_CMD            required: the server command as a JSON array (or a plain string split on spaces)
--   LSP_FILE           required: the file to open (didOpen)
--   LSP_ROOT           root directory, i.e. rootUri / workspaceFolders (default: the file's directory)
--   LSP_FILETYPE       filetype, sent as didOpen's languageId (default: what Neovim detects, often '')
--   LSP_NAME           client name (default "lsp")
--   LSP_SETTINGS       JSON used to answer workspace/configuration (by section, e.g. {"modelRegistry":{...}});
--                      also sent in didChangeConfiguration after init
--   LSP_INIT_OPTIONS   JSON initializationOptions
--   LSP_WAIT_DIAGNOSTICS  1 (default): wait for a publishDiagnostics for the file; 0: do not wait
--   LSP_DIAGNOSTICS_MIN   wait until the file has at least this many diagnostics (default 0: the first publish)
--   LSP_COMPLETION_AT  "line:character": send textDocument/completion there (unset: skip)
--   LSP_COMPLETION_TRIGGER  a trigger character: send the completion as triggered by it (default: invoked)
--   LSP_HOVER_AT       "line:character": send textDocument/hover there (unset: skip)
--   LSP_TIMEOUT_MS     timeout for each step (default 10000). LSP_TOTAL_TIMEOUT_MS: hard stop (default 60000)
--   LSP_LOG_LEVEL      vim.lsp log level (default WARN). The log is in $XDG_CACHE_HOME/nvim/lsp.log,
--                      so set XDG_CACHE_HOME (and XDG_STATE_HOME/XDG_DATA_HOME) to keep it out of $HOME.
-- Output: one JSON object on stdout:
--   { ok, server_name, capabilities, diagnostics_received, diagnostics: [raw LSP Diagnostic],
--     completion_labels: [..], completion: raw result, hover: raw result, server_exit_code, errors: [..] }
-- Progress messages go to stderr. Exit code: 0 if every requested step succeeded, 1 otherwise, 2 for bad input,
-- 3 when LSP_TOTAL_TIMEOUT_MS is hit.

local function env(k, default)
  local v = os.getenv(k)
  if v == nil or v == '' then return default end
  return v
end
local function log(msg) io.stderr:write('[nvim-lsp-client] ' .. msg .. '\n') end
local timeout = tonumber(env('LSP_TIMEOUT_MS', '10000'))
local out = { ok = false, errors = {} }
local client_id = nil

local function finish(code)
  if client_id and vim.lsp.get_client_by_id(client_id) then
    vim.lsp.stop_client(client_id) -- shutdown + exit
    vim.wait(3000, function() return out.server_exit_code ~= nil end, 20)
  end
  out.ok = (code == 0)
  io.stdout:write(vim.json.encode(out) .. '\n')
  io.stdout:flush()
  vim.cmd((code == 0) and 'qa!' or ('cquit ' .. code))
end

local function fail(msg) table.insert(out.errors, msg); log('error: ' .. msg) end

local function decode_json(name, default)
  local s = env(name, nil)
  if not s then return default end
  local ok, v = pcall(vim.json.decode, s)
  if not ok then error(name .. ' is not valid JSON: ' .. tostring(v)) end
  return v
end

local function parse_pos(name)
  local s = env(name, nil)
  if not s then return nil end
  local l, c = s:match('^(%d+):(%d+)$')
  if not l then error(name .. ' must look like "line:character", got ' .. s) end
  return { line = tonumber(l), character = tonumber(c) }
end

local function same_file(a, b)
  local ra, rb = vim.loop.fs_realpath(a) or a, vim.loop.fs_realpath(b) or b
  return ra == rb
end

local function main()
  local cmd_s, file = env('LSP_CMD', nil), env('LSP_FILE', nil)
  if not cmd_s or not file then
    out.errors = { 'LSP_CMD and LSP_FILE are required' }
    return 2
  end
  local cmd = (cmd_s:sub(1, 1) == '[') and vim.json.decode(cmd_s) or vim.split(cmd_s, '%s+', { trimempty = true })
  file = vim.fn.fnamemodify(file, ':p')
  local root = vim.fn.fnamemodify(env('LSP_ROOT', vim.fn.fnamemodify(file, ':h')), ':p'):gsub('/$', '')
  local settings = decode_json('LSP_SETTINGS', nil)
  local completion_at, hover_at = parse_pos('LSP_COMPLETION_AT'), parse_pos('LSP_HOVER_AT')
  vim.lsp.set_log_level(env('LSP_LOG_LEVEL', 'WARN'))

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local ft = env('LSP_FILETYPE', nil)
  if ft then vim.api.nvim_buf_set_option(bufnr, 'filetype', ft) end

  -- Record publishDiagnostics for our file (the raw LSP payload, including empty lists).
  local orig_pd = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri and same_file(vim.uri_to_fname(result.uri), file) then
      out.diagnostics_received = true
      out.diagnostics = result.diagnostics
    end
    return orig_pd(err, result, ctx, config)
  end

  log('starting ' .. table.concat(cmd, ' ') .. ' (root ' .. root .. ')')
  client_id = vim.lsp.start_client({
    name = env('LSP_NAME', 'lsp'),
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    settings = settings or vim.empty_dict(),
    init_options = decode_json('LSP_INIT_OPTIONS', nil),
    on_init = function(client, init_result)
      out.server_name = (init_result and init_result.serverInfo and init_result.serverInfo.name) or vim.NIL
      if settings then client.notify('workspace/didChangeConfiguration', { settings = settings }) end
    end,
    on_exit = function(code) out.server_exit_code = code end,
  })
  if not client_id then fail('start_client failed'); return 1 end
  vim.lsp.buf_attach_client(bufnr, client_id) -- sends initialize/initialized (once), then didOpen

  local initialized = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return (c and c.initialized) or out.server_exit_code ~= nil
  end, 10)
  local client = vim.lsp.get_client_by_id(client_id)
  if not initialized or not client or not client.initialized then
    fail('server did not initialize within ' .. timeout .. ' ms (exit code ' .. tostring(out.server_exit_code) .. ')')
    return 1
  end
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  out.capabilities = {}
  for _, k in ipairs({ 'completionProvider', 'hoverProvider', 'definitionProvider', 'codeActionProvider',
    'executeCommandProvider', 'diagnosticProvider', 'textDocumentSync' }) do
    out.capabilities[k] = caps[k] == nil and vim.NIL or caps[k]
  end

  local rc = 0
  if env('LSP_WAIT_DIAGNOSTICS', '1') ~= '0' then
    local min = tonumber(env('LSP_DIAGNOSTICS_MIN', '0'))
    local got = vim.wait(timeout, function()
      return out.diagnostics_received and #(out.diagnostics or {}) >= min
    end, 10)
    if not got then fail('no publishDiagnostics with >= ' .. min .. ' items for the file within ' .. timeout .. ' ms'); rc = 1 end
  end
  out.diagnostics_received = out.diagnostics_received or false
  out.diagnostics = out.diagnostics or {}

  local uri = vim.uri_from_bufnr(bufnr)
  local function request(method, pos, extra)
    local params = { textDocument = { uri = uri }, position = pos }
    for k, v in pairs(extra or {}) do params[k] = v end
    local res, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
    if not res then fail(method .. ': ' .. tostring(err)); return nil end
    local r = res[client_id]
    if not r then fail(method .. ': no answer from the client'); return nil end
    if r.err then fail(method .. ': ' .. vim.inspect(r.err)); return nil end
    return r.result == nil and vim.NIL or r.result
  end

  if completion_at then
    local trigger = env('LSP_COMPLETION_TRIGGER', nil)
    local context = trigger and { triggerKind = 2, triggerCharacter = trigger } or { triggerKind = 1 }
    local result = request('textDocument/completion', completion_at, { context = context })
    if result == nil then rc = 1 else
      out.completion = result
      out.completion_labels = {}
      local items = (result ~= vim.NIL) and (result.items or result) or {}
      for _, it in ipairs(items) do table.insert(out.completion_labels, it.label) end
    end
  end
  if hover_at then
    local result = request('textDocument/hover', hover_at)
    if result == nil then rc = 1 else out.hover = result end
  end
  return rc
end

-- Hard stop, in case a server hangs somewhere this script does not wait with a timeout.
vim.defer_fn(function()
  io.stdout:write(vim.json.encode({ ok = false, errors = { 'LSP_TOTAL_TIMEOUT_MS exceeded' } }) .. '\n')
  os.exit(3)
end, tonumber(env('LSP_TOTAL_TIMEOUT_MS', '60000')))

local ok, rc = pcall(main)
if not ok then fail(tostring(rc)); rc = 1 end
finish(rc)
