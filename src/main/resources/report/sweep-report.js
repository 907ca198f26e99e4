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

  /* ---- comparison: paired differences from the base with their 95 % intervals ---- */
  if (D.comparison && D.comparison.length) {
    document.getElementById('comparison-section').hidden = false;
    D.comparison.forEach(function (o, k) {
      var c = card(document.getElementById('comparison'), 'comparison-' + k, o.name), f = fmtOf(o);
      var manyRows = o.rows.length > 6;
      c.setOption({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          var r = o.rows[ps[0].dataIndex], u = o.unit ? ' ' + o.unit : '';
          return '<b>' + r.scenario + '</b> \u2212 base<br>difference ' + f(r.diff) + u + ' (' + (r.rel == null ? '\u2013'
              : (r.rel >= 0 ? '+' : '') + (100 * r.rel).toFixed(1) + ' %') + ')<br>95 % interval ' + f(r.lo) + ' \u2013 ' + f(r.hi)
              + '<br>base ' + f(r.base) + u + ', scenario ' + f(r.value) + u + '<br>n ' + r.n + ' paired seeds';
        } },
        grid: { left: 12, right: 20, top: 40, bottom: manyRows ? 30 : 26, containLabel: true },
        xAxis: { type: 'category', data: o.rows.map(function (r) { return r.scenario; }),
          axisLabel: manyRows ? { rotate: 30, interval: 0, fontSize: 10, width: 150, overflow: 'truncate' } : { interval: 0, fontSize: 10 } },
        yAxis: { type: 'value', name: 'scenario \u2212 base' + (o.unit ? ' (' + o.unit + ')' : ''), nameTextStyle: { align: 'left' },
          axisLabel: { formatter: function (v) { return f(v); } } },
        series: [
          { type: 'bar', name: 'mean paired difference', data: o.rows.map(function (r) {
              return { value: r.diff, itemStyle: { color: r.excludesZero ? Report.palette[0] : '#c8c8c8' } };
            }), markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#222', type: 'solid', width: 1 }, label: { show: false } } },
          errorBars(o.rows.map(function (r, i) { return [i, r.lo, r.hi]; }), '95 % interval')]
      });
    });
  }

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

  /* ---- trajectories: median and 5-95 % band over seeds, per scenario ---- */
  var fanCharts = 0;
  /** One chart: a band (the 5 % line, then the 95-5 % gap stacked on it as an area) and a median line per scenario. */
  function fanOption(fan, bands, title) {
    var series = [], unit = fan.unit ? ' (' + fan.unit + ')' : '';
    bands.forEach(function (b, i) {
      var colour = Report.palette[i % Report.palette.length], stack = 'band-' + b.scenario, item = { color: colour };
      var gap = b.hi.map(function (h, j) { return h == null || b.lo[j] == null ? null : h - b.lo[j]; });
      series.push({ type: 'line', name: b.label, stack: stack, data: b.lo, symbol: 'none', lineStyle: { opacity: 0 },
        itemStyle: item, tooltip: { show: false }, silent: true });
      series.push({ type: 'line', name: b.label, stack: stack, data: gap, symbol: 'none', lineStyle: { opacity: 0 },
        itemStyle: item, areaStyle: { color: colour, opacity: 0.18 }, tooltip: { show: false }, silent: true });
      series.push({ type: 'line', name: b.label, data: b.median, symbol: 'none', lineStyle: { color: colour, width: 2 }, itemStyle: item });
    });
    return {
      title: title ? { text: title, left: 'center', textStyle: { fontSize: 12 } } : undefined,
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var lines = ps.filter(function (p) { return p.seriesIndex % 3 === 2; }).map(function (p) {
          var b = bands[(p.seriesIndex - 2) / 3], j = p.dataIndex;
          return b.label + ': median ' + fmt(b.median[j]) + ' [' + fmt(b.lo[j]) + ', ' + fmt(b.hi[j]) + '], n ' + b.n;
        });
        return '<b>' + (ps.length ? ps[0].axisValue : '') + '</b><br>' + lines.join('<br>');
      } },
      legend: bands.length > 1 ? { top: title ? 18 : 0, type: 'scroll' } : undefined,
      grid: { left: 12, right: 20, top: bands.length > 1 ? 60 : title ? 46 : 28, bottom: 30, containLabel: true },
      /* a category axis: ECharts stacks along the value axis only then (the band is the 5 % line plus the 95-5 % gap) */
      xAxis: { type: 'category', name: 'year', nameLocation: 'middle', nameGap: 26, boundaryGap: false,
        data: bands.length ? bands[0].years.map(String) : [] },
      yAxis: { type: 'value', name: fan.metric + ' ' + fan.element + unit, nameTextStyle: { align: 'left' }, scale: true },
      series: series
    };
  }
  if (D.fans.length) {
    document.getElementById('fans-section').hidden = false;
    var total = D.fans[0].scenariosTotal, drawn = D.fans[0].bands.length;
    if (drawn < total) {
      document.getElementById('fans-note').textContent += ' The first ' + drawn + ' of ' + total + ' scenarios are drawn.';
    }
    D.fans.forEach(function (fan, k) {
      var title = fan.metric + ' ' + fan.element;
      if (fan.bands.length <= 6) {   /* one chart, one band per scenario */
        card(document.getElementById('fans'), 'fan-' + k, title, 'fan').setOption(fanOption(fan, fan.bands));
        fanCharts++;
      } else {                       /* small multiples: one small chart per scenario, same y axis */
        var box = el('div', { class: 'small-multiples' });
        document.getElementById('fans').appendChild(el('div', { class: 'card wide' }, [el('div', { class: 'card-head' }, [el('h3', {}, title)]), box]));
        var max = -Infinity, min = Infinity;
        fan.bands.forEach(function (b) { b.hi.concat(b.lo).forEach(function (v) { if (v != null) { max = Math.max(max, v); min = Math.min(min, v); } }); });
        if (max > min) {   /* round the shared range out to whole steps, so the axes read e.g. 0-400, not 1.8969-325.91 */
          var step = Math.pow(10, Math.floor(Math.log10(max - min)));
          min = Math.floor(min / step) * step; max = Math.ceil(max / step) * step;
        }
        fan.bands.forEach(function (b, i) {
          var cell = el('div', { id: 'chart-fan-' + k + '-' + i, class: 'chart small' });
          box.appendChild(cell);
          var option = fanOption(fan, [b], b.label);
          if (isFinite(min) && isFinite(max)) { option.yAxis.min = min; option.yAxis.max = max; }
          Report.chart('fan-' + k + '-' + i, cell).setOption(option);
          fanCharts++;
        });
      }
    });
  }

  Report.finish(function () {
    return D.outcomes.length + ' outcomes, ' + withHeat.length + ' heatmaps, ' + D.sobol.length + ' Sobol charts, '
        + fanCharts + ' trajectory charts';
  });
})();
