-- Drives Neovim (headless) through the README's configuration: open the broken example, wait for the
-- server's diagnostics, hover a tag, run the test-run request on a second script; write what arrived,
-- one line per fact, to $ANONSCRIPT_EDITOR_OUT, then quit. The shell test greps that file.
local out = assert(os.getenv("ANONSCRIPT_EDITOR_OUT"), "ANONSCRIPT_EDITOR_OUT not set")
local lines = {}
local function log(s) table.insert(lines, (s:gsub("\n", " "))) end
local function finish(status)
  log("status " .. status)
  vim.fn.writefile(lines, out)
  vim.cmd("qa!")
end

local function run()
  vim.cmd("edit mistakes.das")
  local buf = vim.api.nvim_get_current_buf()
  log("filetype " .. vim.bo[buf].filetype)
  local arrived = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
  if not arrived then
    return "no diagnostics within 60 s"
  end
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    -- Neovim 0.7 keeps the LSP code only under user_data
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    log(string.format("diagnostic %s %d:%d %s", tostring(code), d.lnum + 1, d.col + 1, d.message))
  end

  -- line 8 is "(0010,0020) := substring[(0010,0020), 0]": hover the first tag
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover",
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 7, character = 3 } }, 30000)
  for _, r in pairs(hover or {}) do
    if r.result then log("hover " .. r.result.contents.value) end
    if r.err then log("hover-error " .. vim.inspect(r.err)) end
  end

  vim.cmd("edit tidy.das")
  local tidy = vim.api.nvim_get_current_buf()
  local runs = vim.lsp.buf_request_sync(tidy, "anonscript/runOnSamples", { uri = vim.uri_from_bufnr(tidy) }, 30000)
  for _, r in pairs(runs or {}) do
    for _, f in ipairs(r.result and r.result.files or {}) do
      log(string.format("run %s %s %d", vim.fn.fnamemodify(f.path, ":t"), f.outcome, #f.changes))
    end
    if r.err then log("run-error " .. vim.inspect(r.err)) end
  end
  return "done"
end

local ok, status = pcall(run)
finish(ok and status or ("driver failed: " .. tostring(status)))
