;;; emacs-driver.el --- drive Eglot in `emacs --batch' through the README's configuration  -*- lexical-binding: t -*-
;; Opens the broken example, waits for the server's diagnostics, hovers a tag, runs the test-run request
;; on a second script; writes what arrived, one line per fact, to $ANONSCRIPT_EDITOR_OUT.

(require 'eglot)
(require 'flymake)
(require 'seq)

(defvar driver-out (or (getenv "ANONSCRIPT_EDITOR_OUT") (error "ANONSCRIPT_EDITOR_OUT not set")))

(defun driver-log (text)
  (with-temp-buffer
    (insert (replace-regexp-in-string "\n" " " text) "\n")
    (append-to-file (point-min) (point-max) driver-out)))

(defun driver-wait (predicate seconds)
  "Process server output until PREDICATE holds or SECONDS pass; the value of PREDICATE."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (funcall predicate)))

(defun driver-open (file)
  "Visit FILE and connect as on the first command (`eglot-ensure' waits for `post-command-hook')."
  (find-file file)
  (run-hooks 'post-command-hook)
  (unless (driver-wait (lambda () (eglot-current-server)) 60)
    (error "Eglot did not connect for %s within 60 s" file)))

(condition-case err
    (progn
      (driver-open "mistakes.das")
      (driver-log (format "mode %s" major-mode))
      (flymake-start)
      (unless (driver-wait (lambda () (flymake-diagnostics)) 60)
        (error "no diagnostics within 60 s"))
      (dolist (d (sort (flymake-diagnostics)
                       (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
        (let ((beg (flymake-diagnostic-beg d)))
          (driver-log (format "diagnostic %d:%d %s" (line-number-at-pos beg)
                              (save-excursion (goto-char beg) (1+ (current-column)))
                              (flymake-diagnostic-text d)))))
      ;; line 8 is "(0010,0020) := substring[(0010,0020), 0]": hover the first tag
      (goto-char (point-min))
      (forward-line 7)
      (forward-char 3)
      (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                    (eglot--TextDocumentPositionParams))))
        (driver-log (format "hover %s" (plist-get (plist-get hover :contents) :value))))
      (driver-open "tidy.das")
      (let ((run (jsonrpc-request (eglot-current-server) :anonscript/runOnSamples
                                  (list :uri (eglot--path-to-uri buffer-file-name)))))
        (seq-doseq (f (plist-get run :files))
          (driver-log (format "run %s %s %d" (file-name-nondirectory (plist-get f :path))
                              (plist-get f :outcome) (length (plist-get f :changes))))))
      (driver-log "status done"))
  (error (driver-log (format "status driver failed: %S" err))))
(kill-emacs 0)
