/* The run report: manifest header, Sankey of the flows, time-series charts with calibration targets and the market's record. */
(function () {
  'use strict';
  var D = Report.data(), el = Report.el, fmt = Report.fmt;
  var years = [];
  for (var y = D.years[0]; y <= D.years[1]; y++) years.push(y);
  var preferred = D.elements.indexOf('Nd') >= 0 ? 'Nd' : D.elements[0];

  /* ---- header ---- */
  (function header() {
    var m = D.manifest;
    document.getElementById('run-title').textContent = (m.config_file || 'results folder') + ', seed ' + (m.seed != null ? m.seed : '?')
        + ', ' + D.years[0] + '\u2013' + D.years[1];
    var status = el('span', { class: m.status === 'complete' ? 'status-complete' : 'status-other' }, m.status || 'no manifest.json');
    var overrides = (m.overrides && m.overrides.length) ? m.overrides.join('  ') : 'none';
    Report.table(document.getElementById('manifest'), [
      ['config', m.config_file], ['overrides (--set)', overrides], ['seed', m.seed],
      ['reesim version', m.reesim_version], ['run date', m.created], ['status', status],
      ['years', (m.start_year || D.years[0]) + '\u2013' + (m.end_year || D.years[1])],
      ['wall time', m.wall_seconds ? Number(m.wall_seconds).toFixed(1) + ' s' : null],
      ['config sha256', m.config_sha256], ['report built', D.generated]]);
    Report.fileLinks(document.getElementById('files'), D.files);
  })();

  /* ---- Sankey ---- */
  var stageColor = { deposit: '#6b4f2a', mining: '#a0522d', smelting: '#c77c2e', trade: '#2f6690', intermediate: '#3a7ca5',
    manufacturing: '#4a9d8f', in_use: '#2ca02c', recycling: '#76b041', world: '#7f7f7f', state: '#9467bd',
    landfill: '#5c5c5c', tailings: '#8c6d46' };
  var S = D.sankey;
  var sankeyChart = Report.chart('sankey', document.getElementById('chart-sankey'));
  var selEl = document.getElementById('sankey-element'), slider = document.getElementById('sankey-year'),
      yearLabel = document.getElementById('sankey-year-label');
  Report.options(selEl, S.elements.map(function (e) { return { value: e, label: e === 'REO' ? 'REO (all elements)' : e }; }), preferred);
  slider.min = S.years[0];
  slider.max = S.years[S.years.length - 1];
  slider.value = S.years.indexOf(2017) >= 0 ? 2017 : S.years[S.years.length - 1];
  var sankeyCounts = { nodes: 0, links: 0 };
  var SANKEY = { left: 8, right: 170, nodeWidth: 14 };

  function drawSankey() {
    var element = selEl.value, year = Number(slider.value);
    yearLabel.textContent = String(year);
    document.getElementById('sankey-title').textContent = element + ' in ' + year + ' (t)';
    var rows = (S.links[element] || {})[year] || [];
    var inflow = {}, outflow = {};
    rows.forEach(function (r) {
      outflow[r[0]] = (outflow[r[0]] || 0) + r[3];
      inflow[r[1]] = (inflow[r[1]] || 0) + r[3];
    });
    var nodes = [];
    S.nodes.forEach(function (n, i) {
      if (!(i in inflow) && !(i in outflow)) return;
      nodes.push({ name: n.name, depth: n.depth, value: Math.max(inflow[i] || 0, outflow[i] || 0),
                   itemStyle: { color: stageColor[n.stage] || '#999' } });
    });
    var links = rows.map(function (r) {
      var reg = r[2] === 1;
      return { source: S.nodes[r[0]].name, target: S.nodes[r[1]].name, value: r[3], registered: reg,
               lineStyle: reg ? { color: 'source', opacity: 0.35 } : { color: '#d62728', opacity: 0.7 } };
    });
    /* Labels sit right of their node: each is wrapped to the gap before the next column (name, then tonnes on a
       line of their own) so that no label runs over the next column's nodes; the sinks' labels use the right margin. */
    var maxDepth = 0;
    nodes.forEach(function (n) { maxDepth = Math.max(maxDepth, n.depth); });
    var gap = maxDepth > 0 ? (sankeyChart.getWidth() - SANKEY.left - SANKEY.right - SANKEY.nodeWidth) / maxDepth : SANKEY.right;
    var labelWidth = Math.max(48, Math.floor(gap - SANKEY.nodeWidth - 12));
    nodes.forEach(function (n) { n.label = { width: n.depth === maxDepth ? SANKEY.right - 12 : labelWidth }; });
    sankeyCounts = { nodes: nodes.length, links: links.length };
    sankeyChart.setOption({
      title: rows.length ? { show: false } : { show: true, text: 'no flows of ' + element + ' in ' + year, left: 'center', top: 'middle',
        textStyle: { color: '#888', fontSize: 14, fontWeight: 'normal' } },
      tooltip: { trigger: 'item', formatter: function (p) {
        if (p.dataType === 'edge') return p.data.source + ' \u2192 ' + p.data.target + '<br>'
            + (p.data.registered ? 'registered' : '<b style="color:#d62728">unregistered</b>') + ': ' + fmt(p.data.value) + ' t';
        return p.name + ': ' + fmt(p.value) + ' t';
      } },
      series: [{ type: 'sankey', left: SANKEY.left, right: SANKEY.right, top: 12, bottom: 12, nodeWidth: SANKEY.nodeWidth, nodeGap: 14,
        nodeAlign: 'left', layoutIterations: 64, draggable: true, emphasis: { focus: 'adjacency' },
        label: { fontSize: 11, lineHeight: 13, overflow: 'break', distance: 4, backgroundColor: 'rgba(255,255,255,0.72)',
          padding: [1, 2], borderRadius: 2, formatter: function (p) { return p.name + '\n' + fmt(p.value) + ' t'; } },
        labelLayout: { hideOverlap: true },   /* where small nodes crowd, the smaller one's label gives way (hover shows it) */
        lineStyle: { curveness: 0.5 }, data: nodes, links: links }]
    }, { replaceMerge: ['series'] });
  }
  selEl.addEventListener('change', drawSankey);
  slider.addEventListener('input', drawSankey);
  drawSankey();

  /* ---- time series ---- */
  var grid = document.getElementById('charts'), allSel = document.getElementById('all-element');
  var seriesCharts = [];

  /** "002 Yao 2021 s3.1" -> "Yao 2021": the short label drawn next to a target point. */
  function shortSource(src) {
    var m = /([A-Z][A-Za-z-]+(?: paper| brief)?\s+(?:\d{4}))/.exec(src);
    return m ? m[1] : src;
  }

  function option(spec, element, log) {
    var lines = spec.data[element] || {};
    var color = {};
    spec.series.forEach(function (s, i) { color[s.key] = Report.palette[i % Report.palette.length]; });
    var series = spec.series.filter(function (s) { return lines[s.key]; }).map(function (s) {
      return { type: 'line', name: s.label, yAxisIndex: s.axis, showSymbol: false, connectNulls: false,
        itemStyle: { color: color[s.key] }, lineStyle: { width: 2, color: color[s.key], type: s.dashed ? 'dashed' : 'solid' },
        data: years.map(function (y, i) { var v = lines[s.key][i]; return [y, log && !(v > 0) ? null : v]; }) };
    });
    var shown = {};
    spec.series.forEach(function (s) { if (lines[s.key]) shown[s.key] = s; });
    var onChart = D.targets.filter(function (t) { return t.chart === spec.id && t.element === element && shown[t.series]; });
    var targets = onChart.filter(function (t) { return t.kind !== 'record'; });
    var records = onChart.filter(function (t) { return t.kind === 'record'; });
    spec.axes.forEach(function (axisName, axis) {
      var pts = records.filter(function (t) { return shown[t.series].axis === axis; });
      if (!pts.length) return;
      series.push({ type: 'scatter', name: 'record (market_history.csv)' + (spec.axes.length > 1 ? ' (' + axisName + ')' : ''),
        yAxisIndex: axis, symbol: 'circle', symbolSize: 8, z: 4, itemStyle: { color: '#555' },
        data: pts.map(function (t) {
          return { value: [t.year, t.value], target: t,
            itemStyle: { color: '#fff', borderColor: color[t.series], borderWidth: 2 } };
        }),
        tooltip: { trigger: 'item', formatter: function (p) {
          var t = p.data.target;
          return '<b>record</b> ' + t.quantity + ': ' + fmt(t.value) + ' ' + t.unit
              + '<br>source: ' + t.source + (t.note ? '<br><i>' + t.note + '</i>' : '');
        } } });
    });
    spec.axes.forEach(function (axisName, axis) {
      var pts = targets.filter(function (t) { return shown[t.series].axis === axis; });
      if (!pts.length) return;
      series.push({ type: 'scatter', name: 'calibration targets' + (spec.axes.length > 1 ? ' (' + axisName + ')' : ''),
        yAxisIndex: axis, symbol: 'diamond', symbolSize: 12, z: 5, itemStyle: { color: '#222' },
        data: pts.map(function (t) {
          return { value: [t.year, t.value], target: t,
            itemStyle: { color: color[t.series], borderColor: '#111', borderWidth: 1, opacity: t.kind === 'forecast' ? 0.55 : 1 } };
        }),
        label: { show: true, position: 'top', fontSize: 10, color: '#333',
          formatter: function (p) { return shortSource(p.data.target.source) + (p.data.target.kind === 'forecast' ? ' (forecast)' : ''); } },
        labelLayout: { hideOverlap: true },   /* where small nodes crowd, the smaller one's label gives way (hover shows it) */
        tooltip: { trigger: 'item', formatter: function (p) {
          var t = p.data.target;
          return '<b>' + t.quantity + '</b> ' + t.element + ' ' + t.year + ': ' + fmt(t.value) + ' ' + t.unit
              + '<br>' + t.kind + ', source: ' + t.source + (t.note ? '<br><i>' + t.note + '</i>' : '');
        } } });
    });
    return {
      color: Report.palette,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return fmt(v); } },
      legend: { top: 0, textStyle: { fontSize: 11 }, itemGap: 8 },
      grid: { left: 12, right: 16, top: series.length > 4 ? 78 : 56, bottom: 30, containLabel: true },
      xAxis: { type: 'value', name: 'year', nameLocation: 'middle', nameGap: 26, min: D.years[0], max: D.years[1],
        minInterval: 1, axisLabel: { formatter: function (v) { return String(v); } } },
      yAxis: spec.axes.map(function (name, i) {
        return { type: log ? 'log' : 'value', name: name, position: i === 0 ? 'left' : 'right',
          nameTextStyle: { align: i === 0 ? 'left' : 'right' },
          splitLine: { show: i === 0 }, axisLabel: { formatter: function (v) { return fmt(v); } } };
      }),
      series: series
    };
  }

  /** The targets drawn on a chart for an element, in full: quantity, year, value and source. */
  function targetCaption(spec, element) {
    var all = D.targets.filter(function (t) { return t.chart === spec.id && t.element === element && spec.data[element][t.series]; });
    var ts = all.filter(function (t) { return t.kind !== 'record'; }), rs = all.filter(function (t) { return t.kind === 'record'; });
    var parts = [];
    if (ts.length) parts.push('\u25C6 targets: ' + ts.map(function (t) {
      return t.quantity + ' ' + t.year + ' = ' + fmt(t.value) + ' ' + t.unit + (t.kind === 'forecast' ? ' (forecast)' : '') + ' [' + t.source + ']';
    }).join('; '));
    if (rs.length) parts.push('\u25CB record (market_history.csv), converted to the chart\'s unit: ' + rs.map(function (t) {
      return t.year + ' = ' + fmt(t.value) + ' ' + t.unit;
    }).join('; '));
    return parts.join(' | ');
  }

  /** True when the chart's largest value is over 1000 times its median positive value (a run-away series): log axis by default. */
  function spansDecades(spec, element) {
    var values = [], lines = spec.data[element] || {};
    Object.keys(lines).forEach(function (k) { lines[k].forEach(function (v) { if (v > 0) values.push(v); }); });
    if (!values.length) return false;
    values.sort(function (a, b) { return a - b; });
    return values[values.length - 1] > 1000 * values[Math.floor(values.length / 2)];
  }

  D.charts.forEach(function (spec) {
    var available = D.elements.filter(function (e) { return spec.data[e]; });
    if (!available.length) return;
    var select = el('select', {}), log = el('input', { type: 'checkbox' });
    Report.options(select, available, available.indexOf(preferred) >= 0 ? preferred : available[0]);
    var box = el('div', { id: 'chart-' + spec.id, class: 'chart' }), caption = el('p', { class: 'note targets' });
    grid.appendChild(el('div', { class: 'card' }, [
      el('div', { class: 'card-head' }, [el('h3', {}, spec.title),
        el('span', { class: 'card-tools' }, [el('label', {}, [log, ' log scale']), el('label', {}, ['element ', select])])]),
      box, el('p', { class: 'note' }, spec.note), caption]));
    var c = Report.chart(spec.id, box);
    var draw = function () {
      c.setOption(option(spec, select.value, log.checked), { notMerge: true });
      caption.textContent = targetCaption(spec, select.value);
    };
    var show = function (element) {
      select.value = element;
      log.checked = spansDecades(spec, element);
      draw();
    };
    log.addEventListener('change', draw);
    select.addEventListener('change', function () { show(select.value); });
    seriesCharts.push({ show: show, available: available });
    show(select.value);
  });

  Report.options(allSel, D.elements, preferred);
  allSel.addEventListener('change', function () {
    seriesCharts.forEach(function (sc) {
      if (sc.available.indexOf(allSel.value) >= 0) sc.show(allSel.value);
    });
  });

  Report.finish(function () { return 'sankey ' + sankeyCounts.nodes + ' nodes ' + sankeyCounts.links + ' links'; });
})();
