// SPDX-License-Identifier: MIT
// Saves generated text as a file: a Blob URL on a temporary <a download>, revoked after the click.

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Revoking in the same task can cancel the download in some browsers; the next task is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
