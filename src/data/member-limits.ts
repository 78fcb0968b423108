// SPDX-License-Identifier: MIT
/**
 * What a page imports at most (members-src): a list past `bytes` is refused before
 * it is read, and the data rows past `rows` are not loaded (counted in the report). Both keep the
 * page's memory and the one task that hands the sites to the map bounded; README "members-src" says
 * how they were chosen. The command line (scripts/lib/member-stream.ts) has no limit.
 */
export const MEMBER_LIST_LIMITS = { rows: 100_000, bytes: 20 * 1024 * 1024 } as const;
