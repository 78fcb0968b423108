// SPDX-License-Identifier: MIT
// CSV writing for the analysis tables: the one writer of src/data/csv.ts (RFC 4180, OWASP guard).
export { csvField, csvText, type CsvValue } from '../data/csv.ts';
