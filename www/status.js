// The status line, the progress bar and the error box under the editor.
// Every part of the page reports through this one object; it keeps no state
// beyond what the three elements show.

/**
 * `els`: `{ status, progress, error }`. Returns `{ say, setBusy, setProgress,
 * showError, hideError }`.
 */
export function createStatus({ status, progress, error }) {
  return {
    /** Puts `message` in the status line (a polite live region). */
    say(message) {
      status.textContent = message;
    },
    /**
     * Shows or hides the progress bar; with `message`, says it; with
     * `value` (0–1) the bar is determinate, otherwise it runs.
     */
    setBusy(on, message, value) {
      progress.hidden = !on;
      if (!on) return;
      if (value == null) progress.removeAttribute("value");
      else progress.value = value;
      if (message) status.textContent = message;
    },
    setProgress(value) {
      progress.value = value;
    },
    showError(message) {
      error.textContent = message;
      error.hidden = false;
    },
    hideError() {
      error.hidden = true;
      error.textContent = "";
    },
  };
}
