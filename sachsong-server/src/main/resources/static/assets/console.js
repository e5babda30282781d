// Sạch Sống console: draws the charts whose series the server wrote into the page, and the review keys.
(function () {
  'use strict';
  const lang = document.documentElement.lang || 'vi';
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', {maximumFractionDigits: 1});
  const palette = ['#0b5cad', '#1a7f37', '#9a6700', '#b42318', '#6639ba', '#0e7490', '#be185d', '#4d7c0f'];

  function data(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function draw(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas || typeof Chart === 'undefined') { return; }
    config.options = Object.assign({responsive: true, maintainAspectRatio: false, animation: false, locale: lang === 'en' ? 'en-US' : 'vi-VN'}, config.options || {});
    new Chart(canvas, config);
  }

  function text(id, fallback) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : fallback;
  }

  function charts() {
    const c = data('charts');
    if (!c) { return; }
    const words = text('words', {});
    if (c.campaign) {
      draw('campaign-chart', {type: 'bar', data: {labels: c.campaign.labels, datasets: [{label: words.cleaned || '%', data: c.campaign.values, backgroundColor: '#0b5cad'}]},
        options: {indexAxis: 'y', scales: {x: {min: 0, max: 100}}, plugins: {legend: {display: false}}}});
    }
    if (c.traffic) {
      const sets = Object.keys(c.traffic.byAgency).map((code, i) => ({label: code, data: c.traffic.byAgency[code], backgroundColor: palette[i % palette.length], stack: 'a'}));
      const day = l => new Date(l + 'T00:00:00').toLocaleDateString(lang === 'en' ? 'en-US' : 'vi-VN', {day: '2-digit', month: '2-digit'});
      draw('traffic-chart', {type: 'bar', data: {labels: c.traffic.labels.map(day), datasets: sets.length ? sets : [{label: words.requests || '', data: c.traffic.total, backgroundColor: '#0b5cad'}]},
        options: {scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}}});
    }
    if (c.procedures && c.procedures.labels.length) {
      const keys = Object.keys(c.procedures.series);
      draw('procedures-chart', {type: 'line', data: {labels: c.procedures.labels,
        datasets: keys.map((k, i) => ({label: words[k] || k, data: c.procedures.series[k], borderColor: palette[i % 3],
          backgroundColor: palette[i % 3], borderDash: k.startsWith('province') ? [6, 3] : [], spanGaps: true}))},
        options: {scales: {y: {min: 0, max: 100}}}});
    }
    if (c.history) {
      const keys = ['correct', 'complete', 'clean', 'live'];
      draw('history-chart', {type: 'line', data: {labels: c.history.labels.map(t => t.slice(0, 16).replace('T', ' ')),
        datasets: keys.map((k, i) => ({label: words[k] || k, data: c.history[k], borderColor: palette[i], backgroundColor: palette[i], spanGaps: true}))},
        options: {scales: {y: {min: 0, max: 100}}}});
    }
    ['statuses', 'corrections', 'buckets', 'completeness'].forEach(k => {
      if (c[k]) {
        const labels = Object.keys(c[k]);
        draw(k + '-chart', {type: 'bar', data: {labels: labels.map(l => (words[k + '.' + l] || l)), datasets: [{data: labels.map(l => c[k][l]), backgroundColor: palette[0]}]},
          options: {indexAxis: 'y', plugins: {legend: {display: false}}}});
      }
    });
    if (c.waterfalls) {
      c.waterfalls.forEach((w, i) => {
        draw('waterfall-' + i, {type: 'bar', data: {labels: w.labels, datasets: [{data: w.bars,
          backgroundColor: w.bars.map((b, j) => j === 0 || j === w.bars.length - 1 ? '#5b6673' : (b[1] >= b[0] ? '#1a7f37' : '#b42318'))}]},
          options: {indexAxis: 'y', plugins: {legend: {display: false}, tooltip: {enabled: !c.blind}}, scales: {x: {display: !c.blind}}}});
      });
    }
  }

  function reviewKeys() {
    const page = document.getElementById('review');
    if (!page) { return; }
    const cands = Array.from(document.querySelectorAll('.cand'));
    let highlighted = 0;
    function highlight(i) {
      if (!cands.length) { return; }
      highlighted = (i + cands.length) % cands.length;
      cands.forEach((c, j) => c.classList.toggle('hl', j === highlighted));
      const pid = document.getElementById('accept-pid');
      if (pid) { pid.value = cands[highlighted].dataset.pid; }
    }
    highlight(0);
    document.addEventListener('keydown', e => {
      if (e.ctrlKey || e.metaKey || e.altKey || /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) { return; }
      const click = id => { const el = document.getElementById(id); if (el) { e.preventDefault(); el.click(); } };
      switch (e.key) {
        case 'y': click('accept'); break;
        case 'n': click('none'); break;
        case 's': click('skip'); break;
        case 'ArrowLeft': click('back'); break;
        case 'ArrowDown': case 'j': e.preventDefault(); highlight(highlighted + 1); break;
        case 'ArrowUp': case 'k': e.preventDefault(); highlight(highlighted - 1); break;
        case '1': case '2': case '3': highlight(Number(e.key) - 1); break;
        default:
      }
    });
  }

  function uploads() {
    const form = document.getElementById('upload');
    if (!form) { return; }
    form.addEventListener('submit', e => {
      e.preventDefault();
      const bar = document.getElementById('upload-bar');
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.onprogress = p => { if (p.lengthComputable && bar) { bar.style.width = (100 * p.loaded / p.total).toFixed(1) + '%'; } };
      xhr.onload = () => {
        if (xhr.status < 300 && xhr.responseURL && xhr.responseURL.indexOf('/clean/jobs/') >= 0) {
          window.location.assign(xhr.responseURL);
        } else {
          document.documentElement.innerHTML = xhr.responseText;
        }
      };
      xhr.send(new FormData(form));
    });
  }

  function start() { charts(); reviewKeys(); uploads(); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
  document.addEventListener('htmx:afterSettle', () => { charts(); });
})();
