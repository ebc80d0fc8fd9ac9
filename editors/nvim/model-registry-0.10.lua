-- Model Registry language server for Neovim 0.10: paste into your init.lua, or save under ~/.config/nvim/plugin/.
-- No plugin needed. vim.lsp.start starts one server per project root (vim.fs.root) the first time a buffer of a
-- supported filetype opens there, and attaches later buffers to it. Also works on 0.11+, where
-- model-registry-0.11.lua is shorter. Needs `model-registry-server` on PATH (npm install -g
-- model-registry-x.y.z.tgz), or change `cmd`.
if vim.fn.has('nvim-0.10') == 0 then
  vim.notify('model-registry-0.10.lua needs Neovim 0.10 or later: use model-registry-0.7.lua', vim.log.levels.WARN)
  return
end

local cmd = { 'model-registry-server', '--stdio' } -- or { 'node', '/path/to/model-registry/server/dist/server.js', '--stdio' }
local filetypes = { 'elixir', 'python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc', 'yaml', 'toml' }
local root_markers = { 'model_registry.json', 'mix.exs', 'pyproject.toml', 'package.json', '.git' }
-- The `modelRegistry.*` settings, without the prefix, e.g. { completion = { maxItems = 50 }, knownModels = { 'my-org/*' } }.
local settings = { modelRegistry = {} }

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('model_registry_lsp', { clear = true }),
  pattern = filetypes,
  callback = function(args)
    if vim.bo[args.buf].buftype ~= '' then return end
    vim.lsp.start({
      name = 'model_registry',
      cmd = cmd,
      root_dir = vim.fs.root(args.buf, root_markers) or vim.fn.getcwd(),
      settings = settings,
    }, { bufnr = args.buf })
  end,
})
