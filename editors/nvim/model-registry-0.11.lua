-- Model Registry language server for Neovim 0.11 and later: paste into your init.lua. No plugin needed.
-- vim.lsp.config describes the server, vim.lsp.enable starts it for buffers of its filetypes, one per project root
-- (root_markers). Needs `model-registry-server` on PATH (npm install -g model-registry-x.y.z.tgz), or change `cmd`.
-- The table passed to vim.lsp.config can also live in ~/.config/nvim/lsp/model_registry.lua (`return { … }`).
if vim.fn.has('nvim-0.11') == 0 then
  vim.notify('model-registry-0.11.lua needs Neovim 0.11 or later: use model-registry-0.10.lua or -0.7.lua', vim.log.levels.WARN)
  return
end

vim.lsp.config('model_registry', {
  cmd = { 'model-registry-server', '--stdio' }, -- or { 'node', '/path/to/model-registry/server/dist/server.js', '--stdio' }
  filetypes = { 'elixir', 'python', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc', 'yaml', 'toml' },
  root_markers = { 'model_registry.json', 'mix.exs', 'pyproject.toml', 'package.json', '.git' },
  -- The `modelRegistry.*` settings, without the prefix, e.g. { completion = { maxItems = 50 }, knownModels = { 'my-org/*' } }.
  settings = { modelRegistry = {} },
})
vim.lsp.enable('model_registry')
