// SPDX-License-Identifier: MIT
// The shapes of public/data/time.json: the pôles' labels over time (label_periods.csv), dated events
// (events.csv), seats over time (hq_history.csv) and published counts (official_counts.csv). Written
// by the data build, read by the app; one definition for both sides so that they cannot drift.
import type { Confidence } from '../../types.ts';

/** A lineage's status in a year, counted at 31 December (data/README.md, "Counting rule"). */
export type LabelStatus = 'labelled' | 'not-labelled' | 'unknown';

export const STATUS_AFTER = ['ended', 'unknown', 'labelled'] as const;
export type StatusAfter = (typeof STATUS_AFTER)[number];

/** One continuous labelled period of a lineage (label_periods.csv). */
export interface LabelPeriod {
  pole: string;
  from: number;
  /** Last year labelled; null = still labelled at the last known date. */
  to: number | null;
  /** The label held at the end of the period, as the source words it (French). */
  label: string;
  statusAfter: StatusAfter;
  sources: string[];
  confidence: Confidence;
  /** Research note (English): shown only as a labelled "note de la source". */
  note: string | null;
}

export const EVENT_KINDS = [
  'merger',
  'rename',
  'delabelled',
  'labelled',
  'relabelled',
  'hq-move',
  'budget',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A dated event (events.csv). */
export interface PoleEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
  date: string;
  year: number;
  /** Canonical ids; for a merger, the predecessors then the successor. */
  poles: string[];
  kind: EventKind;
  /** One sentence (English, from the research tables). */
  description: string;
  /** For a rename: the names before and after, parsed from the description by the build. */
  rename: { from: string; to: string } | null;
  note: string | null;
  sources: string[];
  confidence: Confidence;
}

/** A seat of a pôle over time (hq_history.csv), geocoded by the build. */
export interface HqRow {
  pole: string;
  commune: string;
  insee: string;
  /** [lon, lat] of the commune's centroid. */
  coordinates: [number, number];
  departement: string;
  /** 2016 région code. */
  region: string;
  /** Pre-2016 région code (overseas: the 2016 code). */
  region2015: string | null;
  fromYear: number | null;
  date: string | null;
  attestedYear: number | null;
  status: 'documented' | 'conflict';
  confidence: Confidence;
  sources: string[];
  note: string | null;
}

/** Who published a count (official_counts.csv); press copies of a government communiqué count as the government's. */
export const SOURCE_FAMILIES = [
  'government decision',
  'government study',
  'government',
  'press',
  'AFPC',
  'pôle website',
  'encyclopedia',
  'none found',
] as const;
export type SourceFamily = (typeof SOURCE_FAMILIES)[number];

/** A published count of pôles (official_counts.csv). */
export interface OfficialCount {
  year: number;
  date: string;
  /** null: no figure found for that year. */
  count: number | null;
  whatIsCounted: string;
  sourceFamily: SourceFamily;
  sources: string[];
  quote: string | null;
  note: string | null;
}

/**
 * Why the published figures of a year differ from the model, or why there is none (count_notes.csv,
 * from the reference README's "Why the figures differ"), in both interface languages.
 */
export interface CountNote {
  year: number;
  fr: string;
  en: string;
}

/** public/data/time.json */
export interface TimeFile {
  /** First and last years the label data covers (2005 and 2026 today). */
  firstYear: number;
  lastYear: number;
  /** The date of the last stored source, as the reference README states it (e.g. "2025-12"). */
  asOf: string;
  periods: LabelPeriod[];
  events: PoleEvent[];
  hq: HqRow[];
  counts: OfficialCount[];
  countNotes: CountNote[];
}
