;;; model-registry-eglot.el --- Model Registry language server with eglot  -*- lexical-binding: t; -*-

;; Put this in your init file. eglot is built into Emacs 29+; on Emacs 26.3-28 install it first
;; (M-x package-install RET eglot, or Debian's elpa-eglot). Needs `model-registry-server' on PATH
;; (npm install -g model-registry-x.y.z.tgz), or replace the command with
;; ("node" "/path/to/model-registry/server/dist/server.js" "--stdio").
;;
;; Start it with M-x eglot in a buffer, or for every buffer of a mode, e.g.
;;   (add-hook 'python-mode-hook #'eglot-ensure)
;; eglot runs one server per buffer: for a mode already served by another language server
;; (elixir-ls, pyright, ...) this entry replaces it in eglot. Tested by test/editors/eglot.test.ts.

;;; Code:

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((elixir-mode elixir-ts-mode heex-ts-mode
                  python-mode python-ts-mode
                  js-mode js-ts-mode typescript-mode typescript-ts-mode tsx-ts-mode
                  json-mode js-json-mode json-ts-mode
                  yaml-mode yaml-ts-mode toml-ts-mode conf-toml-mode)
                 . ("model-registry-server" "--stdio"))))

;; The `modelRegistry.*' settings, answered to the server's workspace/configuration requests.
;; Per project, put the same plist in .dir-locals.el instead:
;;   ((nil . ((eglot-workspace-configuration . (:modelRegistry (:knownModels ["my-org/*"]))))))
(setq-default eglot-workspace-configuration
              '(:modelRegistry (:completion (:maxItems 100))))

;;; model-registry-eglot.el ends here
