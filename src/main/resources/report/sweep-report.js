/* The sweep report: outcomes per scenario with 95 % CIs, heatmaps over two knobs, Sobol indices. */
(function () {
  'use strict';
  var D = Report.data(), el = Report.el, fmt = Report.fmt;
  function shortName(p) { var i = p.lastIndexOf('.'); return i < 0 ? p : p.substring(i + 1); }
  function axisName(o) { return 'mean of ' + o.name + (o.unit ? ' (' + o.unit + ')' : ''); }
  /** Numbers of an outcome: years without a thousands separator. */
  function fmtOf(o) {
    if (o.unit !== 'year') return fmt;
    return function (v) { return v == null || isNaN(v) ? '\u2013' : Number(v).toFixed(Math.abs(v % 1) > 1e-9 ? 1 : 0); };
  }

  /* ---- header ---- */
  document.getElementById('sweep-title').textContent = D.folder + ': ' + D.scenarios.length + ' scenarios, '
      + D.outcomes.length + ' outcomes';
  var seeds = D.outcomes.length ? D.outcomes[0].rows.map(function (r) { return r.n; }) : [];
  Report.table(document.getElementById('sweep-summary'), [
    ['parameters', D.parameters.join(', ') || 'none'],
    ['varied', D.varied.map(shortName).join(', ') || 'none'],
    ['runs per scenario (n)', seeds.length ? Math.min.apply(null, seeds) + (Math.max.apply(null, seeds) !== Math.min.apply(null, seeds)
        ? '\u2013' + Math.max.apply(null, seeds) : '') : '\u2013'],
    ['report built', D.generated]]);
  Report.fileLinks(document.getElementById('files'), D.files);

  function card(container, id, title, cls) {
    var box = el('div', { id: 'chart-' + id, class: 'chart' + (cls ? ' ' + cls : '') });
    container.appendChild(el('div', { class: 'card' }, [el('div', { class: 'card-head' }, [el('h3', {}, title)]), box]));
    return Report.chart(id, box);
  }

  /** Whiskers from data items [x index, low, high]. */
  function errorBars(data, name) {
    return { type: 'custom', name: name, z: 10, data: data, encode: { x: 0, y: [1, 2] },
      tooltip: { show: false },
      renderItem: function (params, api) {
        var lo = api.coord([api.value(0), api.value(1)]), hi = api.coord([api.value(0), api.value(2)]);
        var w = Math.max(3, api.size([1, 0])[0] * 0.12), style = { stroke: '#222', lineWidth: 1.4 };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: style },
          { type: 'line', shape: { x1: lo[0] - w, y1: lo[1], x2: lo[0] + w, y2: lo[1] }, style: style },
          { type: 'line', shape: { x1: hi[0] - w, y1: hi[1], x2: hi[0] + w, y2: hi[1] }, style: style }] };
      } };
  }

  /* ---- outcomes with CIs ---- */
  var labels = {}, axisLabels = {}, few = D.scenarios.length <= 10;
  D.scenarios.forEach(function (s) {
    labels[s.id] = s.label;
    /* few scenarios: id and the varied values under the bar; many: the one-line label, rotated */
    axisLabels[s.id] = few ? s.id + (s.values.length ? '\n' + s.values.join(' / ') : '') : s.label;
  });
  var scenarioAxis = 'scenario' + (few && D.varied.length ? ' (' + D.varied.map(shortName).join(' / ') + ')' : '');
  D.outcomes.forEach(function (o, k) {
    var c = card(document.getElementById('outcomes'), 'outcome-' + k, o.name);
    var many = o.rows.length > 24, f = fmtOf(o);
    c.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
        var r = o.rows[ps[0].dataIndex];
        return '<b>' + labels[r.scenario] + '</b><br>mean ' + f(r.mean) + (o.unit ? ' ' + o.unit : '')
            + '<br>95 % CI ' + f(r.lo) + ' \u2013 ' + f(r.hi) + '<br>sd ' + fmt(r.sd) + ', n ' + r.n;
      } },
      grid: { left: 12, right: 20, top: 40, bottom: many ? 54 : 26, containLabel: true },
      xAxis: { type: 'category', name: scenarioAxis, nameLocation: 'middle', nameGap: few ? 38 : 92,
        data: o.rows.map(function (r) { return axisLabels[r.scenario]; }),
        axisLabel: few ? { interval: 0, fontSize: 10, lineHeight: 13 } : { rotate: 30, interval: 0, fontSize: 10, width: 150, overflow: 'truncate' } },
      yAxis: { type: 'value', name: axisName(o), nameTextStyle: { align: 'left' }, scale: o.unit === 'year',
        axisLabel: { formatter: function (v) { return f(v); } } },
      dataZoom: many ? [{ type: 'slider', bottom: 4, height: 16 }] : [],
      series: [
        { type: 'bar', name: 'mean', itemStyle: { color: '#8aa5bd' }, data: o.rows.map(function (r) { return r.mean; }) },
        errorBars(o.rows.map(function (r, i) { return [i, r.lo, r.hi]; }), '95 % CI')]
    });
  });

  /* ---- heatmaps ---- */
  var withHeat = D.outcomes.filter(function (o) { return o.heatmap; });
  if (withHeat.length) {
    document.getElementById('heatmap-section').hidden = false;
    var h0 = withHeat[0].heatmap;
    document.getElementById('heatmap-note').textContent = 'Mean of each outcome for every combination of '
        + shortName(h0.x) + ' (x) and ' + shortName(h0.y) + ' (y)'
        + (h0.averagedOver.length ? ', averaged over ' + h0.averagedOver.map(shortName).join(', ') : '') + '.';
    withHeat.forEach(function (o, k) {
      var h = o.heatmap, f = fmtOf(o), values = h.cells.map(function (c) { return c[2]; }).filter(function (v) { return v != null; });
      var c = card(document.getElementById('heatmaps'), 'heatmap-' + k, o.name, 'heatmap');
      c.setOption({
        tooltip: { formatter: function (p) {
          return shortName(h.x) + ' = ' + h.xValues[p.data[0]] + '<br>' + shortName(h.y) + ' = ' + h.yValues[p.data[1]]
              + '<br>mean ' + f(p.data[2]) + (o.unit ? ' ' + o.unit : '');
        } },
        grid: { left: 80, right: 20, top: 20, bottom: 90 },
        xAxis: { type: 'category', name: shortName(h.x), nameLocation: 'middle', nameGap: 26, data: h.xValues },
        yAxis: { type: 'category', name: shortName(h.y), nameLocation: 'middle', nameGap: 56, data: h.yValues },
        visualMap: { min: Math.min.apply(null, values), max: Math.max.apply(null, values), calculable: true,
          orient: 'horizontal', left: 'center', bottom: 4, itemHeight: 220, text: [o.unit || '', axisName(o)],
          formatter: function (v) { return f(v); }, inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] } },
        series: [{ type: 'heatmap', data: h.cells, label: { show: true, fontSize: 10, formatter: function (p) { return f(p.data[2]); } } }]
      });
    });
  }

  /* ---- Sobol indices ---- */
  if (D.sobol.length) {
    document.getElementById('sobol-section').hidden = false;
    D.sobol.forEach(function (s, k) {
      var c = card(document.getElementById('sobol'), 'sobol-' + k, s.outcome);
      var series = [
        { type: 'bar', name: 'first order', itemStyle: { color: '#2f6690' }, data: s.first },
        { type: 'bar', name: 'total', itemStyle: { color: '#d9a441' }, data: s.total }];
      c.setOption({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          var i = ps[0].dataIndex;
          function conf(c) { return c[i] != null ? ' \u00b1 ' + fmt(c[i]) : ''; }
          return '<b>' + s.parameters[i] + '</b><br>first order ' + fmt(s.first[i]) + conf(s.firstConf)
              + '<br>total ' + fmt(s.total[i]) + conf(s.totalConf);
        } },
        legend: { top: 0 },
        grid: { left: 12, right: 20, top: 40, bottom: 30, containLabel: true },
        xAxis: { type: 'category', name: 'parameter', nameLocation: 'middle', nameGap: s.parameters.length > 6 ? 70 : 28,
          data: s.parameters.map(shortName), axisLabel: s.parameters.length > 6 ? { rotate: 30, interval: 0, fontSize: 10 } : { interval: 0 } },
        yAxis: { type: 'value', name: 'index (share of variance, \u2013)', nameTextStyle: { align: 'left' }, min: 0 },
        series: series
      });
    });
  }

  Report.finish(function () {
    return D.outcomes.length + ' outcomes, ' + withHeat.length + ' heatmaps, ' + D.sobol.length + ' Sobol charts';
  });
})();
