;;; eglot-driver.el --- drives eglot headless for test/editors/eglot.test.ts  -*- lexical-binding: t; -*-

;; emacs --batch -Q -l test/editors/eglot-driver.el, with SNIPPET (editors/emacs/model-registry-eglot.el), FILE (a
;; Python file), HOVER_AT and COMPLETION_AT ("line:character", 0-based) and TIMEOUT (seconds, default 20) in the
;; environment. Loads eglot (Debian's elpa-eglot on Emacs 28) and the snippet as an init file would, opens FILE,
;; starts eglot on it, waits for its diagnostics, asks for hover and completion, shuts the server down, and prints
;; one JSON object: (server diagnostics hover completion errors). Exit code 0 every step answered, 1 otherwise.

;;; Code:

(require 'package)
(package-initialize)
(require 'json)
(require 'eglot)
(require 'flymake)

(defvar driver-errors nil)
(defvar driver-timeout (string-to-number (or (getenv "TIMEOUT") "20")))

(defun driver-wait (what predicate)
  "Wait up to `driver-timeout' seconds for PREDICATE; note WHAT in `driver-errors' on a timeout."
  (let ((deadline (+ (float-time) driver-timeout)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (funcall predicate) (progn (push (format "timed out waiting for %s" what) driver-errors) nil))))

(defun driver-goto (spec)
  "Move point to the 0-based \"line:character\" SPEC."
  (let ((parts (split-string spec ":")))
    (goto-char (point-min))
    (forward-line (string-to-number (car parts)))
    (forward-char (string-to-number (cadr parts)))))

(defun driver-request (server method spec)
  "Send METHOD at SPEC through SERVER; the result, or nil with a note in `driver-errors'."
  (driver-goto spec)
  (condition-case err
      (jsonrpc-request server method (eglot--TextDocumentPositionParams) :timeout driver-timeout)
    (error (push (format "%s: %S" method err) driver-errors) nil)))

(let* ((result nil)
       (server nil))
  (condition-case err
      (progn
        (load (expand-file-name (getenv "SNIPPET")) nil t)
        (find-file (getenv "FILE"))
        (call-interactively #'eglot)
        (when (driver-wait "the server to initialize" (lambda () (eglot-current-server)))
          (setq server (eglot-current-server))
          (push (cons 'server (plist-get (eglot--server-info server) :name)) result)
          (driver-wait "diagnostics" (lambda () (flymake-diagnostics)))
          (push (cons 'diagnostics
                      (vconcat (mapcar (lambda (d)
                                         `((line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
                                           (type . ,(symbol-name (flymake-diagnostic-type d)))
                                           (text . ,(flymake-diagnostic-text d))))
                                       (flymake-diagnostics))))
                result)
          (push (cons 'hover (driver-request server :textDocument/hover (getenv "HOVER_AT"))) result)
          (let ((completion (driver-request server :textDocument/completion (getenv "COMPLETION_AT"))))
            (push (cons 'completion
                        (vconcat (mapcar (lambda (item) (plist-get item :label))
                                         (if (vectorp completion) completion (plist-get completion :items)))))
                  result))
          (eglot-shutdown server)))
    (error (push (format "%S" err) driver-errors)))
  (push (cons 'errors (vconcat (reverse driver-errors))) result)
  (princ (concat (json-encode result) "\n"))
  (kill-emacs (if driver-errors 1 0)))

;;; eglot-driver.el ends here
