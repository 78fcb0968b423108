// SPDX-License-Identifier: MIT
// PNG export of a view: the map rendered offscreen at 1920×1080 or 3840×2160 (map/snapshot.ts),
// then the title, legend, date, sources and attribution drawn over it (compose.ts).
import type { Topology } from 'topojson-specification';
import { fetchDataFile, type Dataset } from '../data/dataset.ts';
import { worldCountries } from '../geo/france.ts';
import { plural, t, type Lang } from '../i18n/messages.ts';
import { METROPOLE_BOUNDS, PARTNERS_BOUNDS } from '../map/frame.ts';
import { baseGeo, mapViewOf, type AnalysisData } from '../map/map-view.ts';
import { snapshotMap } from '../map/snapshot.ts';
import { EMPTY_FILTERS, type ViewState } from '../state/view-state.ts';
import type { CommunesFile, PartnershipsFile, TerritoriesFile } from '../types.ts';
import { summaryText } from '../ui/summary.ts';
import { siteYearsText } from '../ui/site-years.ts';
import { canvasToPng, drawPicture, insetColumn, layoutPicture } from './compose.ts';
import { exportInsets, placeInsets } from './insets.ts';
import { insetPictures } from '../map/inset-picture.ts';
import { exportLegend } from './legend.ts';
import { shownRows } from './rows.ts';
import { exportCamera, exportSize, fitCamera, type ExportPreset } from './size.ts';
import type { LegendModel } from '../elements/poles-legend/legend-model.ts';
import { hasBadges } from '../geo/same-point.ts';
import type { PartnershipProject } from '../data/projects/format.ts';
import { projectsView } from '../map/projects.ts';

export interface PngExportOptions {
  data: Dataset;
  state: ViewState;
  preset: ExportPreset;
  title: string;
  /** Lines under the title (a tour caption). @default [] */
  subtitle?: string[];
  /** CSS size of the on-screen map: with a camera in the state, the picture keeps its framing. */
  screen?: { width: number; height: number };
  /** @default now */
  date?: Date;
  /** Partnership projects drawn by stage in the partnership view (the list imported). @default null */
  projects?: readonly PartnershipProject[] | null;
}

/** The files a concentration layer needs (choropleth, hexbin, gaps); none for the sites and links. */
async function analysisData(state: ViewState): Promise<AnalysisData> {
  if (state.view === 'links' || state.layer === 'sites') return { territories: null, communes: null };
  const [territories, communes] = await Promise.all([
    fetchDataFile<TerritoriesFile>('territories.json'),
    // 2.3 MB: only the coverage gaps need the communes.
    state.layer === 'gaps' ? fetchDataFile<CommunesFile>('communes.json') : null,
  ]);
  return { territories, communes };
}

function footerLines(
  lang: Lang,
  state: ViewState,
  data: Dataset,
  legend: LegendModel | null,
  date: Date,
): string[] {
  const when = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(date);
  const labelled = shownRows(data, { year: state.year, filters: EMPTY_FILTERS }).poles.length;
  return [
    [
      summaryText(lang, state.filters, shownRows(data, state), state),
      plural(lang, 'phase.count', labelled, { year: String(state.year) }),
      t(lang, 'map.documentedSites'),
      t(lang, 'export.date', { date: when }),
    ].join(' · '),
    [t(lang, 'map.attribution'), t(lang, 'map.dataSources'), ...(legend ? [legend.source] : [])].join(' · '),
  ];
}

/** The PNG of `options.state`, drawn offscreen (the on-screen map is left as it is). */
export async function exportPng(options: PngExportOptions): Promise<Blob> {
  const { data, state } = options;
  const size = exportSize(options.preset);
  const links = state.view === 'links';
  const [partnerships, world] = links
    ? await Promise.all([
        fetchDataFile<PartnershipsFile>('partnerships.json'),
        fetchDataFile<Topology>('world.topo.json'),
      ])
    : [null, null];
  const geo = baseGeo(data.france);
  const {
    view,
    regionMap,
    concentration: analysis,
  } = mapViewOf(data, state, geo, partnerships, {
    ...(await analysisData(state)),
    projects: options.projects ? { list: options.projects, of: projectsView } : null,
  });
  const concentration = analysis?.legend ?? null;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas for the export');
  const layout = layoutPicture(
    measure,
    {
      title: options.title,
      subtitle: options.subtitle ?? [],
      legend: exportLegend(
        state.lang,
        view,
        concentration,
        siteYearsText(state.lang, state.siteYears, state.year),
        hasBadges(view.members),
      ),
      footer: footerLines(state.lang, state, data, concentration, options.date ?? new Date()),
    },
    links ? 'band' : 'column',
  );
  const bounds = links ? PARTNERS_BOUNDS : METROPOLE_BOUNDS;
  // A camera the presenter chose keeps its framing; otherwise the map fits around the texts.
  const camera = state.camera
    ? exportCamera(state.camera, options.screen ?? { width: 0, height: 0 }, size)
    : fitCamera(bounds, size.cssWidth, size.cssHeight, layout.mapPadding);
  const frame = await snapshotMap({
    basemap: geo.basemap,
    view,
    regionMap,
    world: world ? worldCountries(world) : null,
    camera,
    bounds,
    cssWidth: size.cssWidth,
    cssHeight: size.cssHeight,
    pixelRatio: size.pixelRatio,
  });
  // Beside France, the insets (none at the world scale of the partnership view); Paris only where the
  // picture frames France, as on screen (a presenter's camera may frame a région).
  const insets = links ? [] : exportInsets(geo.basemap.departements, !state.camera);
  const pictures = insetPictures(insets, view);
  const placed = placeInsets(
    insets.map((inset, i) => ({
      inset,
      picture: pictures[i]!,
      caption: inset.code === 'paris' ? t(state.lang, 'map.parisInset') : inset.name,
    })),
    insetColumn(layout),
  );
  const canvas = drawPicture(frame, size, layout, placed);
  return canvasToPng(canvas);
}
