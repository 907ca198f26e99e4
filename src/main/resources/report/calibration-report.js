/* The calibration report: J of every evaluation with the running best, and each parameter's trace. */
(function () {
  'use strict';
  var D = Report.data(), el = Report.el, fmt = Report.fmt, m = D.manifest || {};

  /* ---- header ---- */
  var n = D.evaluations.length;
  document.getElementById('calibration-title').textContent = D.folder + ': ' + n + ' evaluations, '
      + D.parameters.length + ' free parameters';
  var status = el('span', { class: m.status === 'complete' ? 'status-complete' : 'status-other' }, m.status || 'no calibration.json');
  Report.table(document.getElementById('manifest'), [
    ['config', m.config_file], ['overrides (--set)', m.overrides ? (m.overrides.length ? m.overrides.join('  ') : 'none') : null],
    ['targets', m.targets_file], ['free parameters', m.params_file],
    ['method', m.method ? m.method + ' (optimiser seed ' + m.optimiser_seed + ', step ' + m.step + ')' : null],
    ['seeds', m.seeds ? m.seeds.join(', ') : null], ['runs to', m.until], ['evaluations', n + (m.max_evals ? ' of at most ' + m.max_evals : '')],
    ['best', m.best_evaluation != null ? 'evaluation ' + m.best_evaluation + ', J = ' + fmt(m.best_J) + ' (prior ' + fmt(m.prior_J) + ')' : null],
    ['engine', m.engine], ['resumed', m.resumed ? m.resumed + ' time(s)' + (m.restarts && m.restarts.length
        ? ', restarted from the best point after evaluation ' + m.restarts.join(', ') : ', replayed exactly') : null],
    ['status', status], ['started', m.created],
    ['wall time', m.wall_seconds ? Number(m.wall_seconds).toFixed(1) + ' s' : null], ['report built', D.generated]]);
  Report.fileLinks(document.getElementById('files'), D.files);

  /* the evaluation where the running best changed last before each evaluation */
  var bestAt = [], current = -1;
  D.best.forEach(function (b, i) {
    if (b != null && (current < 0 || D.best[current] !== b)) current = i;
    bestAt.push(b == null ? -1 : current);
  });

  /* ---- J ---- */
  var jChart = Report.chart('objective', document.getElementById('chart-objective'));
  var logBox = document.getElementById('j-log');
  var positive = D.J.filter(function (v) { return v != null && v > 0; });
  function drawJ() {
    var log = logBox.checked;
    jChart.setOption({
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var i = ps[0].dataIndex;
        return 'evaluation ' + D.evaluations[i] + ' (' + D.kinds[i] + (D.status[i] !== 'ok' ? ', ' + D.status[i] : '') + ')'
            + '<br>J ' + fmt(D.J[i]) + '<br>best so far ' + fmt(D.best[i]);
      } },
      legend: { top: 0 },
      grid: { left: 12, right: 20, top: 36, bottom: 30, containLabel: true },
      xAxis: { type: 'category', name: 'evaluation', nameLocation: 'middle', nameGap: 26, data: D.evaluations },
      yAxis: { type: log ? 'log' : 'value', name: 'J (\u2013)', nameTextStyle: { align: 'left' }, scale: true,
        axisLabel: { formatter: function (v) { return fmt(v); } } },
      series: [
        { type: 'scatter', name: 'J of the evaluation', symbolSize: 8, z: 3, itemStyle: { color: '#2f6690' },
          data: D.J.map(function (v) { return log && !(v > 0) ? null : v; }) },
        { type: 'line', name: 'best so far', step: 'end', showSymbol: false, lineStyle: { width: 2, color: '#d62728' },
          itemStyle: { color: '#d62728' }, data: D.best.map(function (v) { return log && !(v > 0) ? null : v; }) }]
    }, true);
  }
  logBox.disabled = positive.length === 0;
  logBox.addEventListener('change', drawJ);
  drawJ();

  /* ---- parameters ---- */
  D.parameters.forEach(function (p, k) {
    var box = el('div', { id: 'chart-param-' + k, class: 'chart', style: 'height: 220px' });
    document.getElementById('parameters').appendChild(el('div', { class: 'card' }, [el('div', { class: 'card-head' }, [el('h3', {}, p.name)]), box]));
    var c = Report.chart('param-' + k, box);
    var bestLine = bestAt.map(function (i) { return i < 0 ? null : p.values[i]; });
    c.setOption({
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var i = ps[0].dataIndex;
        return p.name + '<br>evaluation ' + D.evaluations[i] + ': ' + fmt(p.values[i]) + '<br>best so far: ' + fmt(bestLine[i]);
      } },
      grid: { left: 8, right: 14, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: D.evaluations, name: 'evaluation', nameLocation: 'middle', nameGap: 22 },
      yAxis: { type: 'value', min: p.lower != null ? p.lower : 'dataMin', max: p.upper != null ? p.upper : 'dataMax',
        axisLabel: { formatter: function (v) { return fmt(v); } } },
      series: [
        { type: 'scatter', name: 'tried', symbolSize: 5, itemStyle: { color: '#2f6690' }, data: p.values },
        { type: 'line', name: 'best so far', step: 'end', showSymbol: false, lineStyle: { width: 1.5, color: '#d62728' }, data: bestLine }]
    });
  });

  Report.finish(function () { return n + ' evaluations, ' + D.parameters.length + ' parameter traces'; });
})();
