/* Helpers shared by the run and sweep report pages. */
var Report = (function () {
  'use strict';
  var charts = [];

  function data() { return JSON.parse(document.getElementById('report-data').textContent); }

  /** Creates an element: el('div', {class: 'x'}, [children or text]). */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children == null ? [] : [].concat(children)).forEach(function (c) {
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return e;
  }

  /** A number for labels and tooltips: thousands separated, few decimals. */
  function fmt(v) {
    if (v == null || isNaN(v)) return '\u2013';
    var a = Math.abs(v);
    if (a >= 1e9) return v.toExponential(2);
    if (a >= 1e6) return (v / 1e6).toFixed(a >= 1e8 ? 0 : 2) + ' M';
    if (a >= 1000) return Math.round(v).toLocaleString('en-US');
    if (a >= 100) return v.toFixed(0);
    if (a >= 1) return v.toFixed(2);
    if (a === 0) return '0';
    return v.toPrecision(3);
  }

  /** Starts an ECharts instance in container and registers it for the render check. */
  function chart(id, container) {
    var c = echarts.init(container, null, { renderer: 'canvas' });
    var entry = { id: id, chart: c, finished: false };
    c.on('finished', function () { entry.finished = true; });
    charts.push(entry);
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }

  /** Number of sampled canvas pixels that are not transparent: 0 means nothing was drawn. */
  function painted(c) {
    var canvas = c.getDom().querySelector('canvas');
    if (!canvas || !canvas.width || !canvas.height) return 0;
    var px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    var n = 0;
    for (var i = 3; i < px.length; i += 32) if (px[i] > 0) n++;
    return n;
  }

  /**
   * Writes #render-status: at once, when the page's script has drawn its charts (so that a page captured right
   * after loading, e.g. a headless screenshot, does not keep "charts not rendered"), and again, finally, once every
   * chart has finished rendering (or after 6 s). "ok N charts rendered" when all drew something and no script error
   * occurred, "error ..." otherwise; until the final check a page whose charts are still drawing says
   * "rendering N charts". extra() may add a description, e.g. the Sankey's node and link counts.
   */
  function finish(extra) {
    var started = Date.now(), done = false;
    function report(final) {
      if (done) return;
      done = final;
      var blank = [], detail = [];
      charts.forEach(function (c) {
        /* the first check counts what each chart has to draw; the final one reads the canvas back (once: Chromium
           warns on the console about repeated read-backs) */
        var n = final ? painted(c.chart) : c.chart.getZr().storage.getDisplayList(true).length;
        detail.push(c.id + '=' + n);
        if (n === 0) blank.push(c.id);
      });
      var errors = window.__reportErrors;
      var ok = errors.length === 0 && blank.length === 0 && charts.length > 0;
      var s = document.getElementById('render-status');
      var status = ok ? 'ok' : (!final && errors.length === 0) ? 'rendering' : 'error';
      s.setAttribute('data-status', status);
      s.setAttribute('data-final', String(final));
      s.setAttribute('data-charts', String(charts.length));
      s.setAttribute('data-painted', detail.join(' '));
      s.setAttribute('data-blank', blank.join(' '));
      s.setAttribute('data-errors', String(errors.length));
      s.textContent = status === 'rendering' ? 'rendering ' + charts.length + ' charts'
          : (ok ? 'ok ' : 'error ') + charts.length + ' charts rendered' + (extra ? '; ' + extra() : '')
          + (blank.length ? '; blank: ' + blank.join(', ') : '') + (errors.length ? '; ' + errors.length + ' script errors' : '');
      document.getElementById('render-errors').textContent = errors.join('\n');
    }
    report(false);
    (function poll() {
      var all = charts.every(function (c) { return c.finished; });
      if (all || Date.now() - started > 6000) report(true); else setTimeout(poll, 50);
    })();
  }

  /** Fills a select with options (value/label pairs or strings) and selects value if present. */
  function options(select, list, value) {
    select.innerHTML = '';
    list.forEach(function (o) {
      var v = typeof o === 'string' ? o : o.value, label = typeof o === 'string' ? o : o.label;
      var opt = el('option', { value: v }, label);
      if (v === value) opt.selected = true;
      select.appendChild(opt);
    });
  }

  /** A link list to the data files of the folder, with sizes. */
  function fileLinks(container, files) {
    container.appendChild(el('span', {}, 'Files: '));
    files.forEach(function (f) {
      var kb = f.bytes >= 1048576 ? (f.bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(f.bytes / 1024)) + ' kB';
      container.appendChild(el('a', { href: encodeURIComponent(f.name) }, [f.name, ' ', el('span', { class: 'size' }, '(' + kb + ')')]));
    });
  }

  /** A two-column table of label/value rows; rows without a value are left out. */
  function table(tableEl, rows) {
    rows.filter(function (r) { return r[1] != null; }).forEach(function (r) {
      var td = el('td', {}, []);
      if (r[1] instanceof Node) td.appendChild(r[1]); else td.textContent = r[1] == null ? '' : String(r[1]);
      tableEl.appendChild(el('tr', {}, [el('th', {}, r[0]), td]));
    });
  }

  var palette = ['#2f6690', '#d62728', '#7f7f7f', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b'];

  return { data: data, el: el, fmt: fmt, chart: chart, finish: finish, options: options, fileLinks: fileLinks,
           table: table, palette: palette, charts: charts };
})();
