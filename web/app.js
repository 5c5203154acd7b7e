// kroniek dashboard: map, timeline, actor network, records with their evidence, and a box
// to code a pasted text. Everything is aggregated by `kroniek serve` (/api/...); the page
// never fetches more than one page of records.

const QUADS = {
  0: 'displacement',
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};
const QUAD_COLOURS = { 0: '#8a6fbf', 1: '#56b4e9', 2: '#009e73', 3: '#e69f00', 4: '#d55e00' };
const ROOTS = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};
const FILTERS = ['from', 'to', 'actor', 'source', 'target', 'country', 'root', 'code', 'place',
  'text', 'type', 'modality'];
const CODE_TIMEOUT_MS = 180000; // the first Dutch text loads Frog

// The quad class of a CAMEO root (01-05 verbal cooperation ... 14-20 material conflict); 0 for none.
function rootQuad(root) {
  if (root == null || root === '') return 0;
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}
const recordQuad = (r) => (r.quad_class >= 1 && r.quad_class <= 4 ? r.quad_class : rootQuad(r.root));
const fmt = (n) => Number(n ?? 0).toLocaleString('en-US');
const $ = (id) => document.getElementById(id);

// Creates an element: h('li', {class: 'x', onclick: f}, child, 'text', ...). No innerHTML anywhere.
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

// ---------------------------------------------------------------- API

class ApiError extends Error {}

async function api(path, params = {}, options = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== '' && value != null) query.set(key, value);
  }
  const url = `api/${path}${query.toString() ? `?${query}` : ''}`;
  const response = await fetch(url, options);
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    throw new ApiError(body?.error ?? `${response.status} ${response.statusText} (${path})`);
  }
  if (body == null) throw new ApiError(`no JSON from ${path}`);
  return body;
}

// ---------------------------------------------------------------- state and filters

const state = {
  filters: {},
  offset: 0,
  limit: 50,
  controller: null, // aborts the previous refresh
  recordsController: null,
  documents: new Map(), // id -> Promise<document>
  lastTimeline: null,
};

function readForm() {
  const form = $('filters');
  const filters = {};
  for (const name of FILTERS) {
    let value = (form.elements[name]?.value ?? '').trim();
    if (name === 'country') value = value.toUpperCase();
    if (value) filters[name] = value;
  }
  return filters;
}

function writeForm(filters) {
  const form = $('filters');
  for (const name of FILTERS) {
    if (form.elements[name]) form.elements[name].value = filters[name] ?? '';
  }
}

function filtersFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}

function setStatus(text, isError = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

// Sets some filters (e.g. from a click on the map) and refetches everything.
function applyFilters(changes) {
  const filters = { ...readForm(), ...changes };
  for (const key of Object.keys(filters)) if (!filters[key]) delete filters[key];
  writeForm(filters);
  refresh();
}

async function refresh() {
  state.filters = readForm();
  state.offset = 0;
  const hash = new URLSearchParams(state.filters).toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  const { signal } = controller;
  setStatus('Loading…');
  const results = await Promise.allSettled([
    loadPlaces(signal),
    loadTimeline(signal),
    loadNetwork(signal),
    loadRecords(),
  ]);
  if (signal.aborted) return;
  const failed = results.find((r) => r.status === 'rejected' && r.reason?.name !== 'AbortError');
  if (failed) setStatus(`Error: ${failed.reason.message}`, true);
  else setStatus('');
  document.body.dataset.loaded = 'true';
}

// ---------------------------------------------------------------- stats and suggestions

async function loadStats() {
  try {
    const stats = await api('stats');
    const span = stats.date_min ? ` · ${stats.date_min} – ${stats.date_max}` : '';
    $('stats').textContent = `${fmt(stats.records)} records from ${fmt(stats.documents)} documents${span}`;
    const day = /^\d{4}-\d{2}-\d{2}$/;
    for (const id of ['f-from', 'f-to']) {
      if (day.test(stats.date_min ?? '')) $(id).min = stats.date_min;
      if (day.test(stats.date_max ?? '')) $(id).max = stats.date_max;
    }
  } catch (error) {
    $('stats').textContent = `No store: ${error.message}`;
  }
}

async function loadSuggestions() {
  try {
    const [actors, countries] = await Promise.all([
      api('actors', { limit: 300 }),
      api('countries', { limit: 300 }),
    ]);
    $('actor-list').replaceChildren(
      ...actors.actors.map((a) => h('option', { value: a.code }, `${a.code} (${fmt(a.total)})`)),
    );
    $('country-list').replaceChildren(
      ...countries.countries.map((c) => h('option', { value: c.country }, `${c.country} (${fmt(c.total)})`)),
    );
  } catch {
    // suggestions are a convenience; the filters work without them
  }
}

// ---------------------------------------------------------------- map

const map = { leaflet: null, markers: null };

function initMap() {
  const L = window.L;
  const leaflet = L.map('map', {
    minZoom: 1,
    maxZoom: 12,
    zoomSnap: 0.25,
    worldCopyJump: false,
    attributionControl: true,
  });
  leaflet.attributionControl.setPrefix(false);
  leaflet.setView([25, 20], 1.5);
  // No tile server offline: a graticule, and country outlines when the build made them.
  const graticule = L.layerGroup().addTo(leaflet);
  const line = { color: '#aebdca', weight: 0.6, interactive: false, dashArray: '2 4' };
  for (let lat = -60; lat <= 60; lat += 30) L.polyline([[lat, -180], [lat, 180]], line).addTo(graticule);
  for (let lon = -180; lon <= 180; lon += 30) L.polyline([[-85, lon], [85, lon]], line).addTo(graticule);
  fetch('basemap.json')
    .then((r) => (r.ok ? r.json() : null))
    .then((countries) => {
      if (!countries) throw new Error('no basemap.json');
      L.geoJSON(countries, {
        interactive: false,
        style: { color: '#9aa7b3', weight: 0.6, fillColor: '#f4f2ec', fillOpacity: 1 },
        attribution: 'countries: world-countries (ODbL)',
      }).addTo(leaflet);
      map.markers?.bringToFront?.();
      $('map').dataset.basemap = 'loaded';
    })
    .catch(() => {
      $('map').dataset.basemap = 'none';
    });
  map.markers = L.featureGroup().addTo(leaflet);
  map.canvas = L.canvas({ padding: 0.3 }); // for thousands of places; SVG below that
  map.leaflet = leaflet;
}

async function loadPlaces(signal) {
  const { places } = await api('places', state.filters, { signal });
  const L = window.L;
  map.markers.clearLayers();
  const max = Math.max(1, ...places.map((p) => p.count));
  // Large circles first, so the small ones stay clickable on top.
  const sorted = [...places].sort((a, b) => b.count - a.count);
  const renderer = places.length > 2000 ? map.canvas : undefined;
  for (const place of sorted) {
    if (typeof place.lat !== 'number' || typeof place.lon !== 'number') continue;
    const quad = place.quad_class >= 1 && place.quad_class <= 4 ? place.quad_class : 0;
    const marker = L.circleMarker([place.lat, place.lon], {
      radius: 4 + 14 * Math.sqrt(place.count / max),
      color: '#2b2f33',
      weight: 0.8,
      fillColor: QUAD_COLOURS[quad],
      fillOpacity: 0.8,
      className: `place-marker q${quad}`,
      renderer,
    });
    const byQuad = (place.by_quad ?? [])
      .map((n, i) => (n ? h('div', {}, `${fmt(n)} ${QUADS[i + 1]}`) : null));
    const title = h('div', {},
      h('strong', {}, place.name), ` ${place.country ?? ''}: ${fmt(place.count)} records`, byQuad);
    marker.bindTooltip(title, { direction: 'top' });
    marker.on('click', () => applyFilters({ place: place.name }));
    marker.addTo(map.markers);
  }
  const shown = map.markers.getLayers().length;
  $('map').dataset.markers = String(shown);
  $('map-count').textContent = `${fmt(shown)} places`;
  map.leaflet.invalidateSize();
  if (shown) {
    map.leaflet.fitBounds(map.markers.getBounds().pad(0.25), { maxZoom: 6 });
  } else {
    map.leaflet.setView([25, 20], 1.5);
  }
}

// ---------------------------------------------------------------- timeline

const DAY = 86400000;
const parseDay = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const dayString = (t) => new Date(t).toISOString().slice(0, 10);

// Bins of a day, a week (from Monday) or a month, so that ten years still fit the width.
function binning(first, last) {
  const span = (last - first) / DAY;
  if (span <= 150) {
    return { unit: 'day', start: (t) => t, next: (t) => t + DAY };
  }
  if (span <= 3 * 365) {
    return {
      unit: 'week',
      start: (t) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY,
      next: (t) => t + 7 * DAY,
    };
  }
  return {
    unit: 'month',
    start: (t) => {
      const d = new Date(t);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    },
    next: (t) => {
      const d = new Date(t);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    },
  };
}

async function loadTimeline(signal) {
  // The API gives a row per day with its counts per root ("" is displacement).
  const response = await api('timeline', state.filters, { signal });
  const days = response.days.flatMap((d) =>
    Object.entries(d.roots).map(([root, count]) => ({ date: d.date, root, count })),
  );
  state.lastTimeline = days;
  drawTimeline(days);
}

function drawTimeline(days) {
  const box = $('timeline');
  const dated = (days ?? []).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date ?? ''));
  const total = dated.reduce((sum, d) => sum + d.count, 0);
  // A year or a month alone ("in 2018") has no day to stand on.
  const vague = (days ?? []).reduce((sum, d) => sum + (/^\d{4}(-\d{2})?$/.test(d.date ?? '') ? d.count : 0), 0);
  const vagueNote = vague ? `; ${fmt(vague)} with only a year or month not drawn` : '';
  $('timeline-count').textContent = `${fmt(total)} dated records${vagueNote}`;
  if (!dated.length) {
    box.replaceChildren(h('p', { class: 'empty' }, 'No dated records for these filters.'));
    box.dataset.bars = '0';
    return;
  }
  const times = dated.map((d) => parseDay(d.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const bins = binning(first, last);
  const keys = [];
  for (let t = bins.start(first); t <= last; t = bins.next(t)) keys.push(t);
  const index = new Map(keys.map((t, i) => [t, i]));
  const stacks = keys.map(() => [0, 0, 0, 0, 0]);
  const roots = keys.map(() => new Map());
  for (const d of dated) {
    const i = index.get(bins.start(parseDay(d.date)));
    stacks[i][rootQuad(d.root)] += d.count;
    const label = d.root ? `${d.root} ${ROOTS[d.root] ?? ''}` : 'displacement';
    roots[i].set(label, (roots[i].get(label) ?? 0) + d.count);
  }
  const max = Math.max(1, ...stacks.map((s) => s.reduce((a, b) => a + b, 0)));
  const width = Math.max(300, box.clientWidth);
  const height = Math.max(100, box.clientHeight);
  const left = 34;
  const bottom = 18;
  const plotW = width - left - 6;
  const plotH = height - bottom - 6;
  const bw = plotW / keys.length;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const s = (tag, attrs, ...children) => {
    const el = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.append(...children);
    return el;
  };
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label',
    `Records per ${bins.unit} from ${dayString(first)} to ${dayString(last)}; the most in one ${bins.unit}: ${max}`);
  let bars = 0;
  keys.forEach((t, i) => {
    const stack = stacks[i];
    const sum = stack.reduce((a, b) => a + b, 0);
    if (!sum) return;
    const end = bins.unit === 'day' ? t : bins.next(t) - DAY;
    const label = bins.unit === 'day' ? dayString(t) : `${dayString(t)} – ${dayString(end)}`;
    const lines = [...roots[i]].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} × ${k}`);
    const group = s('g', { class: 'bin', 'data-date': dayString(t) },
      s('title', {}, `${label}: ${sum} records\n${lines.join('\n')}`));
    group.addEventListener('click', () => applyFilters({ from: dayString(t), to: dayString(end) }));
    let y = 6 + plotH;
    for (let q = 0; q <= 4; q++) {
      if (!stack[q]) continue;
      const barH = (stack[q] / max) * plotH;
      y -= barH;
      group.append(s('rect', {
        class: `bar q${q}`,
        'data-testid': 'timeline-bar',
        x: (left + i * bw + (bw > 3 ? 0.5 : 0)).toFixed(2),
        y: y.toFixed(2),
        width: Math.max(0.8, bw - (bw > 3 ? 1 : 0)).toFixed(2),
        height: Math.max(0.5, barH).toFixed(2),
      }));
      bars++;
    }
    svg.append(group);
  });
  // Axes: the maximum on the left, about six dates along the bottom.
  svg.append(s('line', { class: 'baseline', x1: left, x2: width - 6, y1: 6 + plotH, y2: 6 + plotH }));
  svg.append(s('text', { class: 'axis', x: left - 4, y: 12, 'text-anchor': 'end' }, String(max)));
  svg.append(s('text', { class: 'axis', x: left - 4, y: 6 + plotH, 'text-anchor': 'end' }, '0'));
  const ticks = Math.min(keys.length, 6);
  for (let k = 0; k < ticks; k++) {
    const i = ticks === 1 ? 0 : Math.round((k * (keys.length - 1)) / (ticks - 1));
    const x = left + i * bw + bw / 2;
    const anchor = k === 0 ? 'start' : k === ticks - 1 ? 'end' : 'middle';
    const text = bins.unit === 'month' ? dayString(keys[i]).slice(0, 7) : dayString(keys[i]);
    svg.append(s('text', { class: 'axis', x: k === 0 ? left : x, y: height - 4, 'text-anchor': anchor }, text));
  }
  box.replaceChildren(svg);
  $('timeline-count').textContent = `${fmt(total)} dated records, by ${bins.unit}${vagueNote}`;
  box.dataset.bars = String(bars);
  box.dataset.unit = bins.unit;
}

// ---------------------------------------------------------------- network

const network = { cy: null };

function initNetwork() {
  const cytoscape = window.cytoscape;
  network.cy = cytoscape({
    container: $('network'),
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          label: '',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': '#5b6670',
          'font-size': 9,
          'font-family': 'DejaVu Sans Mono, monospace',
          'text-valign': 'top',
          'text-margin-y': -2,
          color: '#1d2329',
          'text-outline-color': '#fff',
          'text-outline-width': 2,
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          opacity: 0.85,
        },
      },
      // The heaviest actors are named; the others when the pointer is on them.
      { selector: 'node[?named], node.hover, node:selected', style: { label: 'data(id)' } },
      { selector: 'node.hover, node:selected', style: { 'background-color': '#1458c7', 'z-index': 10 } },
    ],
  });
  // Labels keep their size on screen whatever the zoom.
  const labels = () => {
    const zoom = network.cy.zoom();
    network.cy.style().selector('node')
      .style({ 'font-size': 11 / zoom, 'text-outline-width': 2 / zoom, 'text-margin-y': -2 / zoom })
      .update();
  };
  network.cy.on('zoom', labels);
  network.labels = labels;
  network.cy.on('mouseover', 'node', (event) => event.target.addClass('hover'));
  network.cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
  network.cy.on('tap', 'node', (event) => applyFilters({ actor: event.target.id() }));
  network.cy.on('tap', 'edge', (event) => {
    const edge = event.target;
    applyFilters({ source: edge.data('source'), target: edge.data('target') });
  });
}

async function loadNetwork(signal) {
  const limit = Number($('network-limit').value);
  const { edges } = await api('network', { ...state.filters, limit }, { signal });
  const cy = network.cy;
  const weight = new Map();
  for (const e of edges) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.count);
    weight.set(e.target, (weight.get(e.target) ?? 0) + e.count);
  }
  const maxNode = Math.max(1, ...weight.values());
  const maxEdge = Math.max(1, ...edges.map((e) => e.count));
  const elements = [];
  // Start on a circle, heaviest first, so the layout comes out the same every time.
  const ranked = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let i = 0;
  for (const [id, w] of ranked) {
    const angle = (2 * Math.PI * i) / weight.size;
    elements.push({
      group: 'nodes',
      data: { id, size: 12 + 30 * Math.sqrt(w / maxNode), named: i++ < 30 },
      position: { x: 150 * Math.cos(angle), y: 150 * Math.sin(angle) },
    });
  }
  edges.forEach((e, i) => {
    const quad = e.quad_class >= 1 && e.quad_class <= 4 ? e.quad_class : 0;
    elements.push({
      group: 'edges',
      data: {
        id: `e${i}`,
        source: e.source,
        target: e.target,
        width: 1 + 7 * Math.sqrt(e.count / maxEdge),
        colour: QUAD_COLOURS[quad],
      },
    });
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  cy.resize();
  if (elements.length) {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      padding: 8,
      componentSpacing: 24,
      idealEdgeLength: () => 36,
      nodeRepulsion: () => 6000,
      nodeOverlap: 8,
      gravity: 1.2,
      numIter: weight.size > 150 ? 400 : 1000,
    }).run();
    network.labels();
    cy.fit(undefined, 12);
  }
  $('network').dataset.nodes = String(weight.size);
  $('network').dataset.edges = String(edges.length);
  $('network-count').textContent = `${fmt(weight.size)} actors, ${fmt(edges.length)} pairs`;
  $('edges').replaceChildren(
    ...edges.map((e) => {
      const quad = e.quad_class >= 1 && e.quad_class <= 4 ? e.quad_class : 0;
      const mean = typeof e.goldstein === 'number' ? `, mean Goldstein ${e.goldstein.toFixed(1)}` : '';
      return h('li', {},
        h('button', {
          type: 'button',
          class: `q${quad}`,
          onclick: () => applyFilters({ source: e.source, target: e.target }),
        }, h('span', { class: 'swatch' }), `${e.source} → ${e.target}: ${fmt(e.count)}${mean}`));
    }),
  );
}

// ---------------------------------------------------------------- records

function describeRecord(record) {
  if (record.type === 'displacement') {
    const n = (record.quantities ?? []).find((q) => q.kind === 'displaced');
    return `displacement${n?.value != null ? ` of ${fmt(n.value)}` : ''}`;
  }
  const name = ROOTS[record.root] ?? '';
  return `${record.cameo ?? '—'} ${name}`.trim();
}

const actorText = (actor) => (actor ? `${actor.code || '—'}${actor.text ? ` (${actor.text})` : ''}` : '—');

// A record as a button: click or Enter shows it; ArrowUp/ArrowDown move through the list.
function recordButton(record, onOpen) {
  const quad = recordQuad(record);
  const place = record.location ? `${record.location.name}${record.location.country ? `, ${record.location.country}` : ''}` : null;
  const evidence = record.evidence?.[0]?.text ?? '';
  const button = h('button', {
    type: 'button',
    class: `record q${quad}`,
    'data-testid': 'record',
    'data-id': record.id,
    'aria-current': 'false',
    onclick: () => onOpen(record, button),
  },
  h('span', { class: 'line1' },
    `${record.date || 'undated'} · ${describeRecord(record)}`,
    record.modality && record.modality !== 'asserted' ? h('span', { class: 'badge modality' }, record.modality) : null,
    record.mentions > 1 ? h('span', { class: 'badge' }, `${record.mentions} mentions`) : null),
  h('span', { class: 'who' }, `${record.source?.code || '—'} → ${record.target?.code || '—'}`),
  h('span', { class: 'meta' }, [place, QUADS[quad]].filter(Boolean).join(' · ')),
  h('span', { class: 'ev' }, evidence));
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const item = button.closest('li');
    const next = event.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling;
    next?.querySelector('button')?.focus();
    event.preventDefault();
  });
  return h('li', {}, button);
}

function markCurrent(list, button) {
  for (const b of list.querySelectorAll('button.record')) b.setAttribute('aria-current', 'false');
  button?.setAttribute('aria-current', 'true');
}

async function loadRecords() {
  state.recordsController?.abort();
  const controller = new AbortController();
  state.recordsController = controller;
  const body = await api('records', { ...state.filters, limit: state.limit, offset: state.offset },
    { signal: controller.signal });
  const list = $('records');
  const open = (record, button) => {
    markCurrent(list, button);
    showRecord(record, storedDocument, {
      detail: $('record-detail'),
      tabs: $('doc-tabs'),
      view: $('document'),
    });
  };
  list.replaceChildren(...body.records.map((r) => recordButton(r, open)));
  if (!body.records.length) list.append(h('li', { class: 'empty' }, 'No records for these filters.'));
  const from = body.total ? body.offset + 1 : 0;
  const to = body.offset + body.records.length;
  $('page-info').textContent = `${fmt(from)}–${fmt(to)} of ${fmt(body.total)}`;
  $('records-count').textContent = `${fmt(body.total)}`;
  $('prev').disabled = body.offset <= 0;
  $('next').disabled = to >= body.total;
  list.dataset.total = String(body.total);
  list.scrollTop = 0;
}

async function page(delta) {
  state.offset = Math.max(0, state.offset + delta * state.limit);
  try {
    await loadRecords();
    setStatus('');
  } catch (error) {
    if (error.name !== 'AbortError') setStatus(`Error: ${error.message}`, true);
  }
}

// ---------------------------------------------------------------- documents and evidence

function storedDocument(id) {
  if (!state.documents.has(id)) {
    const promise = api(`documents/${encodeURIComponent(id)}`);
    promise.catch(() => state.documents.delete(id));
    state.documents.set(id, promise);
  }
  return state.documents.get(id);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The [start, end) in UTF-16 units of an evidence span given in UTF-8 bytes; when the bytes
// do not hold the evidence text (another version of the document), where the text occurs.
function spanOf(text, bytes, evidence) {
  const { start, end } = evidence;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= bytes.length && start < end) {
    const a = decoder.decode(bytes.subarray(0, start)).length;
    const b = a + decoder.decode(bytes.subarray(start, end)).length;
    if (!evidence.text || text.slice(a, b) === evidence.text) return [a, b];
  }
  if (evidence.text) {
    const at = text.indexOf(evidence.text);
    if (at >= 0) return [at, at + evidence.text.length];
  }
  return null;
}

// The document text with the given evidence marked; `current` is the one to scroll to.
function markedText(text, evidences, current) {
  const bytes = encoder.encode(text);
  const spans = [];
  for (const ev of evidences) {
    const span = spanOf(text, bytes, ev);
    if (span) spans.push({ start: span[0], end: span[1], current: ev === current });
  }
  spans.sort((x, y) => x.start - y.start || Number(y.current) - Number(x.current));
  const pre = h('p', { class: 'text' });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlaps one already marked
    pre.append(text.slice(at, span.start));
    pre.append(h('mark', {
      class: span.current ? 'current' : null,
      'data-testid': span.current ? 'evidence-mark' : 'evidence-other',
    }, text.slice(span.start, span.end)));
    at = span.end;
  }
  pre.append(text.slice(at));
  return pre;
}

function recordDetail(record) {
  const rows = [];
  const row = (term, value) => {
    if (value != null && value !== '') rows.push(h('dt', {}, term), h('dd', {}, value));
  };
  row('What', record.type === 'displacement' ? describeRecord(record)
    : `${describeRecord(record)} (root ${record.root}, ${QUADS[recordQuad(record)]}${
      typeof record.goldstein === 'number' ? `, Goldstein ${record.goldstein}` : ''})`);
  row('Who', `${actorText(record.source)} → ${actorText(record.target)}`);
  const when = record.date ? `${record.date}${record.date_end ? ` – ${record.date_end}` : ''}` : 'undated';
  row('When', `${when}${record.date_text ? ` (“${record.date_text}”)` : ''}`);
  if (record.location) {
    const loc = record.location;
    const coords = typeof loc.lat === 'number' ? ` ${loc.lat.toFixed(2)}, ${loc.lon.toFixed(2)}` : '';
    row('Where', `${loc.name}${loc.country ? `, ${loc.country}` : ''}${coords}`);
  }
  if (record.destination) row('To', `${record.destination.name ?? ''}`);
  const quantities = (record.quantities ?? [])
    .map((q) => `${q.kind} ${q.value ?? (q.min != null ? `≥${q.min}` : '?')} (“${q.text}”)`);
  if (quantities.length) row('How many', quantities.join('; '));
  row('Modality', record.modality);
  row('Mentions', record.mentions);
  row('Record', record.id);
  return h('dl', {}, rows);
}

// Shows a record's detail and its evidence marked in its document(s). getDocument(id) gives
// a Promise of {id, title, date, lang, text}.
async function showRecord(record, getDocument, { detail, tabs, view }) {
  const evidences = record.evidence ?? [];
  const docOf = (ev) => ev.doc ?? record.doc;
  const docs = [...new Set(evidences.map(docOf))];
  if (detail) detail.replaceChildren(recordDetail(record));
  view.dataset.record = record.id;

  const open = async (docId, current) => {
    if (tabs) {
      for (const b of tabs.querySelectorAll('button')) {
        b.setAttribute('aria-pressed', String(b.dataset.doc === docId));
      }
    }
    view.replaceChildren(h('p', { class: 'hint' }, `Loading ${docId}…`));
    let doc;
    try {
      doc = await getDocument(docId);
    } catch (error) {
      view.replaceChildren(h('p', { class: 'hint' }, `Cannot read ${docId}: ${error.message}`));
      return;
    }
    if (view.dataset.record !== record.id) return; // another record was chosen meanwhile
    const here = evidences.filter((ev) => docOf(ev) === docId);
    const meta = [doc.id, doc.date, doc.lang].filter(Boolean).join(' · ');
    view.replaceChildren(
      h('div', { class: 'doc-head' },
        doc.title ? h('div', { class: 'doc-title' }, doc.title) : null, meta),
      markedText(doc.text ?? '', here, current ?? here[0]),
    );
    view.dataset.doc = docId;
    const mark = view.querySelector('mark.current');
    if (mark) view.scrollTop = Math.max(0, mark.offsetTop - view.clientHeight / 3);
    else view.scrollTop = 0;
  };

  if (tabs) {
    tabs.replaceChildren(...(docs.length > 1 ? docs.map((docId) => {
      const n = evidences.filter((ev) => docOf(ev) === docId).length;
      return h('button', {
        type: 'button',
        'data-doc': docId,
        'aria-pressed': 'false',
        onclick: () => open(docId),
      }, `${docId} (${n})`);
    }) : []));
  }
  if (!evidences.length) {
    view.replaceChildren(h('p', { class: 'hint' }, 'This record has no evidence.'));
    return;
  }
  await open(docOf(evidences[0]), evidences[0]);
}

// ---------------------------------------------------------------- paste and code

async function codePasted(event) {
  event.preventDefault();
  const text = $('paste-text').value;
  const status = $('paste-status');
  const button = $('paste-submit');
  status.classList.remove('error');
  if (!text.trim()) {
    status.textContent = 'Paste a text first.';
    status.classList.add('error');
    $('paste-text').focus();
    return;
  }
  const body = { text, lang: $('paste-lang').value };
  if ($('paste-date').value) body.date = $('paste-date').value;
  button.disabled = true;
  status.textContent = body.lang === 'en' ? 'Coding…'
    : 'Coding… (the first Dutch text loads Frog: allow some seconds)';
  const list = $('paste-records');
  list.dataset.state = 'busy';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CODE_TIMEOUT_MS);
  try {
    const response = await fetch('api/code', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    const result = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(result?.error ?? `${response.status} ${response.statusText}`);
    const pasted = result.document ?? { id: 'pasted', text };
    const records = result.records ?? [];
    const getDocument = async () => pasted;
    const view = $('paste-document');
    const open = (record, b) => {
      markCurrent(list, b);
      showRecord(record, getDocument, { view });
    };
    list.replaceChildren(...records.map((r) => recordButton(r, open)));
    $('paste-count').textContent = `${records.length}`;
    status.textContent = `${records.length} record${records.length === 1 ? '' : 's'}` +
      `${pasted.lang ? ` (${pasted.lang})` : ''}; not stored.`;
    if (records.length) {
      open(records[0], list.querySelector('button.record'));
    } else {
      list.append(h('li', { class: 'empty' }, 'No events found in this text.'));
      view.dataset.record = '';
      view.replaceChildren(markedText(pasted.text ?? text, [], null));
    }
    list.dataset.state = 'done';
  } catch (error) {
    status.textContent = error.name === 'AbortError' ? 'Coding took too long; try a shorter text.'
      : `Error: ${error.message}`;
    status.classList.add('error');
    list.dataset.state = 'error';
  } finally {
    clearTimeout(timer);
    button.disabled = false;
  }
}

// ---------------------------------------------------------------- start

function start() {
  const rootSelect = $('f-root');
  for (const [code, name] of Object.entries(ROOTS).sort()) {
    const padded = String(code).padStart(2, '0');
    rootSelect.append(h('option', { value: padded }, `${padded} ${name}`));
  }
  writeForm(filtersFromHash());
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    refresh();
  });
  $('filters').addEventListener('reset', () => {
    setTimeout(refresh, 0); // after the form has cleared its fields
  });
  $('prev').addEventListener('click', () => page(-1));
  $('next').addEventListener('click', () => page(1));
  $('page-size').addEventListener('change', (event) => {
    state.limit = Number(event.target.value);
    state.offset = 0;
    page(0);
  });
  $('paste-form').addEventListener('submit', codePasted);
  $('network-limit').addEventListener('change', () => {
    loadNetwork().catch((error) => {
      if (error.name !== 'AbortError') setStatus(`Error: ${error.message}`, true);
    });
  });
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (state.lastTimeline) drawTimeline(state.lastTimeline);
      map.leaflet?.invalidateSize();
      network.cy?.resize();
    }, 150);
  });
  initMap();
  initNetwork();
  loadStats();
  loadSuggestions();
  refresh();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
