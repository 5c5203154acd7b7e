// Builds the dashboard's offline base map: every country outline of the npm package
// world-countries (data/<iso3>.geo.json), simplified (Douglas-Peucker) and rounded, into
// one small GeoJSON FeatureCollection with {"iso3"} properties.
// Usage: node basemap.mjs <world-countries/data dir> <out.json> [tolerance in degrees]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dataDir, outFile, tol = '0.05'] = process.argv.slice(2);
if (!dataDir || !outFile) {
  console.error('usage: node basemap.mjs <world-countries/data> <out.json> [tolerance]');
  process.exit(2);
}
const tolerance = Number(tol);
const round = (v) => Math.round(v * 100) / 100;

// Squared distance of p from the segment a-b.
function segmentDistance2(p, a, b) {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      [x, y] = b;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

function simplify(points) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop();
    let max = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0 && max > t2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  const out = [];
  for (let i = 0; i < points.length; i++) {
    if (!keep[i]) continue;
    const p = [round(points[i][0]), round(points[i][1])];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

// A polygon keeps the rings that still enclose something; null when its outer ring vanished.
function polygon(rings) {
  const kept = rings.map(simplify).filter((ring) => ring.length >= 4);
  return kept.length ? kept : null;
}

const features = [];
for (const name of readdirSync(dataDir).sort()) {
  if (!name.endsWith('.geo.json')) continue;
  const iso3 = name.slice(0, -'.geo.json'.length).toUpperCase();
  const collection = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  for (const feature of collection.features ?? []) {
    const geometry = feature.geometry;
    if (!geometry) continue;
    let polygons = [];
    if (geometry.type === 'Polygon') polygons = [geometry.coordinates];
    else if (geometry.type === 'MultiPolygon') polygons = geometry.coordinates;
    const kept = polygons.map(polygon).filter(Boolean);
    if (!kept.length) continue;
    features.push({
      type: 'Feature',
      properties: { iso3 },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    });
  }
}
writeFileSync(outFile, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`basemap: ${features.length} countries into ${outFile}`);
