'use strict';
// 消息中心 (/messages/): every role's messages from GET /api/notifications, the unread count, marking read.
(function () {
  const { el, clear } = window.TitleReviewPage;
  const PAGE_SIZE = 20;
  const state = { page: 0, total: 0 };
  const $ = (id) => document.getElementById(id);
  const FIRST_PAGE = '/api/notifications?page=0&size=' + PAGE_SIZE;

  const session = window.TitleReviewPage.session({
    key: 'titlereview.messages.login',
    views: ['view-login', 'view-messages'],
    probe: (auth) => window.TitleReviewPage.call(auth, 'GET', FIRST_PAGE),
    async open(user, first) {
      state.page = 0;
      const page = first || await session.api('GET', FIRST_PAGE);
      session.show('view-messages');
      render(page);
    }
  });
  const { api, flash } = session;

  function time(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (isNaN(d)) return iso;
    return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  }

  function render(page) {
    state.total = page.total;
    $('unread-count').textContent = String(page.unread);
    document.title = (page.unread ? '（' + page.unread + '）' : '') + '消息中心 · 新疆职称评审系统';
    const list = clear($('list'));
    $('empty').hidden = page.items.length > 0;
    page.items.forEach((item) => {
      const actions = el('div', { class: 'actions' });
      if (item.link) actions.append(el('a', { href: item.link, class: 'open' }, '去办理'));
      if (!item.read) {
        actions.append(el('button', { type: 'button', class: 'mark-read', dataset: { id: String(item.id) },
          onclick: () => markRead(item.id) }, '标为已读'));
      }
      list.append(el('li', { class: item.read ? 'read' : 'unread', dataset: { id: String(item.id), kind: item.kind } },
        el('div', { class: 'body' },
          el('div', { class: 'meta' },
            el('span', { class: 'kind ' + item.kind }, item.kindLabel),
            item.applicationNo ? el('span', null, '申报编号：' + item.applicationNo) : null,
            el('span', null, time(item.createdAt)),
            el('span', null, item.read ? '已读' : '未读')),
          el('p', { class: 'text' }, item.message)),
        actions));
    });
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    $('page-info').textContent = '第 ' + (state.page + 1) + ' / ' + pages + ' 页，共 ' + page.total + ' 条';
    $('prev').disabled = state.page === 0;
    $('next').disabled = state.page + 1 >= pages;
  }

  async function load() {
    const unread = $('unread-only').checked ? '&unread=true' : '';
    render(await api('GET', '/api/notifications?page=' + state.page + '&size=' + PAGE_SIZE + unread));
  }

  async function markRead(id) {
    try {
      await api('POST', '/api/notifications/' + encodeURIComponent(id) + '/read');
      await load();
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  async function readAll() {
    try {
      await api('POST', '/api/notifications/read-all');
      await load();
      flash('已全部标为已读', 'ok');
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('refresh').addEventListener('click', () => load().catch((e) => flash(e.message, 'error')));
    $('read-all').addEventListener('click', readAll);
    $('unread-only').addEventListener('change', () => { state.page = 0; load().catch((e) => flash(e.message, 'error')); });
    $('prev').addEventListener('click', () => { state.page -= 1; load().catch((e) => flash(e.message, 'error')); });
    $('next').addEventListener('click', () => { state.page += 1; load().catch((e) => flash(e.message, 'error')); });
    session.begin();
  });
}());
