-- Model Registry language server for Neovim 0.7 to 0.9 (Debian 12's 0.7.2, Ubuntu 24.04's 0.9.5): paste into your
-- init.lua, or save under ~/.config/nvim/plugin/. No plugin needed. One server per project root, started the first
-- time a buffer of a supported filetype opens there (vim.lsp.start_client, then vim.lsp.buf_attach_client per
-- buffer). Needs `model-registry-server` on PATH (npm install -g model-registry-x.y.z.tgz), or change `cmd`.
-- On Neovim 0.10 use model-registry-0.10.lua, on 0.11+ model-registry-0.11.lua.

local cmd = { 'model-registry-server', '--stdio' } -- or { 'node', '/path/to/model-registry/server/dist/server.js', '--stdio' }
local filetypes = { 'elixir', 'python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc', 'yaml', 'toml' }
local root_markers = { 'model_registry.json', 'mix.exs', 'pyproject.toml', 'package.json', '.git' }
-- The `modelRegistry.*` settings, without the prefix, e.g. { completion = { maxItems = 50 }, knownModels = { 'my-org/*' } }.
local settings = { modelRegistry = {} }

local clients = {} -- project root -> client id

-- The nearest folder above the file holding one of root_markers, else the current directory.
local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  while true do
    for _, marker in ipairs(root_markers) do
      if vim.loop.fs_stat(dir .. '/' .. marker) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then return vim.fn.getcwd() end
    dir = parent
  end
end

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('model_registry_lsp', { clear = true }),
  pattern = filetypes,
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    if file == '' or vim.bo[args.buf].buftype ~= '' then return end
    local root = root_of(file)
    local id = clients[root]
    if not (id and vim.lsp.get_client_by_id(id)) then
      id = vim.lsp.start_client({
        name = 'model_registry',
        cmd = cmd,
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
        settings = settings,
      })
      clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
