'use strict';
// 消息中心 (/messages/): every role's messages from GET /api/notifications, the unread count, marking read.
(function () {
  const { el, clear, call, encodeCredentials, loginInput, logins, ApiFailure } = window.TitleReviewPage;
  const AUTH_KEY = 'titlereview.messages.login';
  const PAGE_SIZE = 20;
  const state = { auth: null, user: null, page: 0, total: 0 };
  const $ = (id) => document.getElementById(id);

  function show(view) {
    ['view-login', 'view-messages'].forEach((id) => { $(id).hidden = id !== view; });
    $('who').hidden = view === 'view-login';
  }

  function flash(text, kind) {
    const node = $('flash');
    node.textContent = text;
    node.className = 'flash ' + (kind || 'info');
    node.hidden = !text;
  }

  async function api(method, path) {
    try {
      return await call(state.auth, method, path);
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 401) logout('登录已失效，请重新登录');
      throw e;
    }
  }

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

  async function login(event) {
    event.preventDefault();
    const input = loginInput();
    if (!input) return;
    state.auth = encodeCredentials(input.user, input.password);
    try {
      state.page = 0;
      await start(input.user);
      logins.save(AUTH_KEY, input.user, state.auth);
      $('login-password').value = '';
    } catch (e) {
      state.auth = null;
      input.error.textContent = e.status === 401 ? '用户名或密码错误' : e.message;
      input.error.hidden = false;
    }
  }

  async function start(user) {
    state.user = user;
    $('who-name').textContent = user;
    const first = await call(state.auth, 'GET', '/api/notifications?page=0&size=' + PAGE_SIZE);
    flash('', 'info');
    show('view-messages');
    render(first);
  }

  function logout(message) {
    logins.forget(AUTH_KEY);
    state.auth = null;
    show('view-login');
    flash(message || '', 'info');
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', () => logout('已退出登录'));
    $('refresh').addEventListener('click', () => load().catch((e) => flash(e.message, 'error')));
    $('read-all').addEventListener('click', readAll);
    $('unread-only').addEventListener('change', () => { state.page = 0; load().catch((e) => flash(e.message, 'error')); });
    $('prev').addEventListener('click', () => { state.page -= 1; load().catch((e) => flash(e.message, 'error')); });
    $('next').addEventListener('click', () => { state.page += 1; load().catch((e) => flash(e.message, 'error')); });
    const saved = logins.restore(AUTH_KEY);
    if (saved) {
      state.auth = saved.auth;
      start(saved.user).catch(() => logout('请重新登录'));
    } else {
      show('view-login');
    }
  });
}());
