'use strict';
// 评审进度监督 (/supervision/): a notice's campaign from GET /api/notices/{id}/progress, read only:
// totals, a bar chart of the applications per step (inline SVG), overdue items, units, committees, trend.
(function () {
  const { el, clear, ApiFailure } = window.TitleReviewPage;
  const state = { notice: null };
  const $ = (id) => document.getElementById(id);

  /** The notices this user may watch; none is a refusal of the page. */
  function watched(notices) {
    if (!notices.length) throw new ApiFailure(403, { message: '您没有可查看评审进度的通知' });
    return notices;
  }

  const session = window.TitleReviewPage.session({
    key: 'titlereview.supervision.login',
    views: ['view-login', 'view-progress'],
    probe: async (auth) => watched(await window.TitleReviewPage.call(auth, 'GET', '/api/supervision/notices')),
    async open(user, notices) {
      const list = notices || watched(await session.api('GET', '/api/supervision/notices'));
      const select = clear($('notice'));
      list.forEach((n) => select.append(el('option', { value: n.id }, n.title)));
      const wanted = new URLSearchParams(location.search).get('notice');
      state.notice = list.some((n) => n.id === wanted) ? wanted : list[0].id;
      select.value = state.notice;
      session.show('view-progress');
      await load();
    }
  });
  const { api, flash } = session;

  function time(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (isNaN(d)) return iso;
    return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  }

  /** An SVG element with attributes and text (never markup). */
  function svg(tag, attrs, text) {
    // the namespace of the page's own <svg> (an HTML page's svg element is in the SVG namespace)
    const node = document.createElementNS($('step-chart').namespaceURI, tag);
    Object.entries(attrs || {}).forEach(([key, value]) => node.setAttribute(key, String(value)));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** Horizontal bars, one row per step: all applications at the step, the overdue ones in red on top. */
  function chart(steps) {
    const root = clear($('step-chart'));
    $('chart-empty').hidden = steps.length > 0;
    root.toggleAttribute('hidden', !steps.length); // an svg element has no .hidden property
    if (!steps.length) return;
    const width = 1000, labelWidth = 260, valueWidth = 90, row = 34, bar = 22, top = 8;
    const max = Math.max(1, ...steps.map((s) => s.count));
    const scale = (width - labelWidth - valueWidth) / max;
    const height = top * 2 + steps.length * row;
    root.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    root.setAttribute('width', String(width));
    root.setAttribute('height', String(height));
    root.append(svg('line', { class: 'axis', x1: labelWidth, y1: 0, x2: labelWidth, y2: height }));
    steps.forEach((step, i) => {
      const y = top + i * row;
      const g = svg('g', { class: 'step', 'data-activity': step.activityId });
      const label = step.name.length > 18 ? step.name.slice(0, 17) + '…' : step.name;
      g.append(svg('title', {}, step.name + '：' + step.count + ' 件' + (step.overdue ? '，超期 ' + step.overdue + ' 件' : '')));
      g.append(svg('text', { class: 'label', x: labelWidth - 10, y: y + bar / 2 + 5, 'text-anchor': 'end' }, label));
      const w = Math.max(step.count * scale, step.count ? 2 : 0);
      g.append(svg('rect', { class: 'bar', x: labelWidth, y, width: w, height: bar, rx: 2 }));
      if (step.overdue) {
        g.append(svg('rect', { class: 'bar late', x: labelWidth, y, width: Math.max(step.overdue * scale, 2), height: bar, rx: 2 }));
      }
      const value = svg('text', { class: 'value', x: labelWidth + w + 8, y: y + bar / 2 + 5 }, step.count + ' 件');
      g.append(value);
      if (step.overdue) {
        g.append(svg('text', { class: 'value late', x: labelWidth + w + 8 + 12 * String(step.count).length + 30,
          y: y + bar / 2 + 5 }, '超期 ' + step.overdue));
      }
      root.append(g);
    });
  }

  function rows(tableId, items, cells) {
    const body = clear($(tableId).querySelector('tbody'));
    items.forEach((item) => body.append(el('tr', null, cells(item))));
  }

  function num(value, late) {
    return el('td', { class: 'num' + (late && value ? ' late' : '') }, String(value));
  }

  function render(p) {
    $('counted-at').textContent = '统计时间：' + time(p.countedAt);
    $('total-running').textContent = String(p.running);
    $('total-overdue').textContent = String(p.overdue);
    $('total-finished').textContent = String(p.finished);
    chart(p.steps);
    $('overdue-empty').hidden = p.overdueItems.length > 0;
    $('overdue-table').hidden = p.overdueItems.length === 0;
    rows('overdue-table', p.overdueItems, (o) => [el('td', null, o.applicationNo), el('td', null, o.step),
      el('td', null, o.name), el('td', null, o.kind === 'TASK' ? '待办超期' : '期限已到'), el('td', null, time(o.dueAt))]);
    const group = (g) => [el('td', null, g.name), num(g.running), num(g.overdue, true), num(g.finished)];
    rows('units', p.units, group);
    rows('committees', p.committees, group);
    rows('statuses', p.finishedByStatus, (s) => [el('td', null, s.label), num(s.count)]);
    $('trend-empty').hidden = p.trend.length > 0;
    rows('trend', p.trend.slice().reverse(), (t) => [el('td', null, t.date), num(t.running), num(t.finished)]);
  }

  async function load() {
    if (!state.notice) return;
    try {
      render(await api('GET', '/api/notices/' + encodeURIComponent(state.notice) + '/progress'));
      flash('', 'info');
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('refresh').addEventListener('click', load);
    $('notice').addEventListener('change', (e) => {
      state.notice = e.target.value;
      history.replaceState(null, '', '?notice=' + encodeURIComponent(state.notice));
      load();
    });
    session.begin();
  });
}());
