// SPDX-License-Identifier: MIT
// CSV export of the projects a view shows, in the template's columns (French headers, comma, CRLF),
// so that an exported file can be imported again; text fields guarded as the partnership export's.
import { csvField } from '../csv.ts';
import { STATUSES, STATUS_LABEL_FR, TEMPLATE_HEADER, type PartnershipProject } from './format.ts';

export function projectsCsv(projects: readonly PartnershipProject[]): string {
  const rows = projects.map((p) => [
    p.id,
    p.title,
    p.poles.join(' | '),
    p.frenchOrganisations.join(' | '),
    p.foreignPartners.join(' | '),
    p.country,
    p.foreignRegion,
    p.sector,
    p.programme,
    STATUS_LABEL_FR[p.status],
    ...STATUSES.map((s) => p.dates[s] ?? null),
    p.source,
  ]);
  return [[...TEMPLATE_HEADER], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
