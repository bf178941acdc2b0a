/** A TopoJSON topology (as CBS and PDOK publish them): shared arcs, optionally quantised. */
export interface Topology {
  readonly type: 'Topology';
  readonly arcs: readonly (readonly (readonly number[])[])[];
  readonly transform?: { readonly scale: readonly number[]; readonly translate: readonly number[] };
  readonly objects: Readonly<Record<string, { readonly geometries?: readonly TopoGeometry[] }>>;
}

interface TopoGeometry {
  readonly type: string;
  readonly id?: string | number;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly arcs?: unknown;
  readonly coordinates?: unknown;
}

/** A GeoJSON feature decoded from a topology. */
export interface TopoFeature {
  readonly id: string | null;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: { type: string; coordinates: unknown } | null;
}

/**
 * The features of one object of a topology as GeoJSON: arcs joined into rings (a negative index
 * ~i is arc i reversed; each next arc's first position, equal to the previous arc's last, is
 * dropped), quantised arcs delta-decoded and transformed. Geometry types other than Polygon,
 * MultiPolygon and Point come back with geometry null.
 *
 * @example
 * const topology = {
 *   type: 'Topology', arcs: [[[0, 0], [1, 0], [0, 1], [-1, -1]]], // quantised deltas
 *   transform: { scale: [1, 1], translate: [5, 50] },
 *   objects: { layer: { geometries: [{ type: 'Polygon', id: 'PV23', arcs: [[0]] }] } },
 * };
 * topojsonFeatures(topology, 'layer')[0].geometry;
 * // { type: 'Polygon', coordinates: [[[5, 50], [6, 50], [6, 51], [5, 50]]] }
 */
export function topojsonFeatures(topology: Topology, object: string): TopoFeature[] {
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (!t) return [p[0]!, p[1]!];
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0]! + t.translate[0]!, y * t.scale[1]! + t.translate[1]!];
    });
  });
  const ring = (indexes: readonly number[]): number[][] => {
    const out: number[][] = [];
    for (const index of indexes) {
      const arc = arcs[index < 0 ? ~index : index] ?? [];
      const points = index < 0 ? [...arc].reverse() : arc;
      out.push(...(out.length ? points.slice(1) : points));
    }
    return out;
  };
  const point = (p: readonly number[]) =>
    t ? [p[0]! * t.scale[0]! + t.translate[0]!, p[1]! * t.scale[1]! + t.translate[1]!] : [...p];
  return (topology.objects[object]?.geometries ?? []).map((g) => {
    const geometry =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: (g.arcs as number[][]).map(ring) }
        : g.type === 'MultiPolygon'
          ? {
              type: 'MultiPolygon',
              coordinates: (g.arcs as number[][][]).map((polygon) => polygon.map(ring)),
            }
          : g.type === 'Point'
            ? { type: 'Point', coordinates: point(g.coordinates as number[]) }
            : null;
    return {
      id: g.id === undefined ? null : String(g.id),
      properties: g.properties ?? {},
      geometry,
    };
  });
}
