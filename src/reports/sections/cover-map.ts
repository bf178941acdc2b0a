import { regionMap } from '../charts/region-map.js';
import type { DossierFigure } from '../dossier-blocks.js';
import type { DossierModel } from '../dossier-model.js';
import type { Texts } from '../i18n.js';

export function mapFigure(model: DossierModel, x: Texts): DossierFigure | null {
  const map = model.map;
  if (!map) return null;
  const name = x.name(map.region.name);
  const context = x.t(
    map.context_level === 2
      ? 'map.context.2'
      : map.context_level === 3
        ? 'map.context.3'
        : 'map.context.other',
  );
  const parent = map.parent ? x.name(map.parent.name) : null;
  const width = 300;
  const height = 330;
  const svg = regionMap({
    id: 'dossier-map',
    title: x.t('map.title', { name }),
    description: parent
      ? x.t('map.desc', { name, context, parent })
      : x.t('map.desc.noparent', { name, context }),
    width,
    height,
    region: { code: map.region.code, name, geometry: map.region.geometry },
    context: map.context.map((c) => ({ code: c.code, name: x.name(c.name), geometry: c.geometry })),
    parent: map.parent
      ? { code: map.parent.code, name: parent!, geometry: map.parent.geometry }
      : null,
    legend: {
      region: name,
      context: context.charAt(0).toUpperCase() + context.slice(1),
      ...(parent ? { parent } : {}),
    },
  });
  return { id: 'dossier-map', svg, caption: x.t('map.title', { name }), table: null };
}
