// The timeline chart: documents per period as bars, mentions as a line over them, drawn as inline SVG
// (no chart library: one chart kind, a few dozen points). A second series (the comparison view) is drawn
// as a second line.
const svgNs = 'http://www.w3.org/2000/svg';

function el(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {{period: string}[]} points sorted by period
 * @param {{key: string, label: string, kind: 'bar'|'line', className: string}[]} series
 */
export function timelineChart(points, series, { width = 720, height = 220 } = {}) {
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img' });
  if (points.length === 0) return svg;
  const left = 40, right = 10, top = 10, bottom = 40;
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const max = Math.max(1, ...points.flatMap((point) => series.map((s) => point[s.key] ?? 0)));
  const step = plotWidth / points.length;
  const y = (value) => top + plotHeight - (value / max) * plotHeight;
  for (const tick of [0, Math.round(max / 2), max]) {
    svg.append(el('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: 'grid' }));
    svg.append(el('text', { x: left - 4, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis' }, tick));
  }
  const bars = series.filter((s) => s.kind === 'bar');
  const barWidth = Math.min(36, Math.max(2, (step * 0.7) / Math.max(1, bars.length)));
  points.forEach((point, index) => {
    const x0 = left + index * step + (step - barWidth * bars.length) / 2;
    bars.forEach((s, b) => {
      const value = point[s.key] ?? 0;
      const bar = el('rect', { x: x0 + b * barWidth, y: y(value), width: barWidth, height: top + plotHeight - y(value), class: s.className });
      bar.append(el('title', {}, `${point.period}: ${value} ${s.label}`));
      svg.append(bar);
    });
    const every = Math.ceil(points.length / 12);
    if (index % every === 0) {
      svg.append(el('text', { x: left + index * step + step / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'axis' }, point.period));
    }
  });
  for (const s of series.filter((line) => line.kind === 'line')) {
    const coordinates = points.map((point, index) => `${left + index * step + step / 2},${y(point[s.key] ?? 0)}`);
    svg.append(el('polyline', { points: coordinates.join(' '), class: s.className }));
    points.forEach((point, index) => {
      const dot = el('circle', { cx: left + index * step + step / 2, cy: y(point[s.key] ?? 0), r: 3, class: s.className });
      dot.append(el('title', {}, `${point.period}: ${point[s.key] ?? 0} ${s.label}`));
      svg.append(dot);
    });
  }
  series.forEach((s, index) => {
    const x = left + index * 170;
    svg.append(el('rect', { x, y: height - 14, width: 12, height: 10, class: s.className }));
    svg.append(el('text', { x: x + 16, y: height - 5, class: 'axis' }, s.label));
  });
  return svg;
}
