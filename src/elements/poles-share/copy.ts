// SPDX-License-Identifier: MIT
// Copying a snippet: the async clipboard API where the page may use it; otherwise (a page on plain
// http, a refused permission, an old browser) the text is selected, and Ctrl/⌘+C copies it.

export type CopyResult = 'copied' | 'selected';

type Field = Pick<HTMLTextAreaElement, 'value' | 'focus' | 'select'>;

/** Copies the text of `field`, or selects it for the user when the clipboard refuses. */
export async function copyField(
  field: Field,
  clipboard: Pick<Clipboard, 'writeText'> | null = globalThis.navigator?.clipboard ?? null,
): Promise<CopyResult> {
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(field.value);
    return 'copied';
  } catch {
    field.focus();
    field.select();
    return 'selected';
  }
}
