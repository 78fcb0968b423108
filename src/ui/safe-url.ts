// SPDX-License-Identifier: MIT
// Links from data pass an http/https allow-list (ENGINEERING.md B.5): a `javascript:` or `data:`
// URL from a data row must never become a clickable link.

/** An absolute http(s) URL for `value` (a bare domain gets https://), or null when not allowed. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
