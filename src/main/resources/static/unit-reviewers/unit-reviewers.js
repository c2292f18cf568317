'use strict';
// 本单位审核人员 (/unit-reviewers/): the contact's unit (GET /api/units/mine), its reviewers, adding and removing one.
(function () {
  const { el, clear, call, encodeCredentials, loginInput, logins, ApiFailure } = window.TitleReviewPage;
  const $ = (id) => document.getElementById(id);

  // --- session (kept apart: may switch to the shared helper of /common/page.js)
  const AUTH_KEY = 'titlereview.unit-reviewers.login';
  const state = { auth: null, user: null, unit: null };

  async function api(method, path, body) {
    try {
      return await call(state.auth, method, path, body);
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 401) logout('登录已失效，请重新登录');
      throw e;
    }
  }

  function logout(message) {
    logins.forget(AUTH_KEY);
    state.auth = null;
    state.user = null;
    show('view-login');
    flash(message || '', 'info');
  }
  // --- end of session

  function show(view) {
    ['view-login', 'view-reviewers'].forEach((id) => { $(id).hidden = id !== view; });
    $('who').hidden = view === 'view-login';
  }

  function flash(text, kind) {
    const node = $('flash');
    node.textContent = text;
    node.className = 'flash ' + (kind || 'info');
    node.hidden = !text;
  }

  async function load() {
    const reviewers = await api('GET', '/api/units/' + encodeURIComponent(state.unit) + '/reviewers');
    const list = clear($('list'));
    reviewers.forEach((r) => {
      list.append(el('tr', { dataset: { user: r.userId } },
        el('td', null, r.userId), el('td', null, r.name), el('td', null, r.phoneMasked || ''),
        el('td', null, r.contact ? '联系人' : '审核人员'),
        el('td', null, r.contact ? '' : el('button', { type: 'button', class: 'remove', onclick: () => remove(r) }, '删除'))));
    });
  }

  async function remove(reviewer) {
    if (!window.confirm('删除审核人员 ' + reviewer.userId + '（' + reviewer.name + '）？')) return;
    try {
      await api('DELETE', '/api/units/' + encodeURIComponent(state.unit) + '/reviewers/' + encodeURIComponent(reviewer.userId));
      flash('已删除审核人员 ' + reviewer.userId, 'info');
      await load();
    } catch (e) {
      flash(e.message, 'error');
    }
  }

  async function enter() {
    const mine = await api('GET', '/api/units/mine');
    if (!mine.unitCode) {
      logout('该账号不是用人单位的联系人');
      return;
    }
    state.unit = mine.unitCode;
    $('who-name').textContent = state.user;
    $('unit-title').textContent = '本单位审核人员（单位代码 ' + mine.unitCode + '）';
    show('view-reviewers');
    await load();
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = loginInput();
    if (!input) return;
    state.user = input.user;
    state.auth = encodeCredentials(input.user, input.password);
    try {
      await enter();
      logins.save(AUTH_KEY, state.user, state.auth);
    } catch (e) {
      input.error.textContent = e.status === 401 ? '用户名或密码错误' : e.message;
      input.error.hidden = false;
      state.auth = null;
    }
  });

  $('logout').addEventListener('click', () => logout('已退出登录'));

  $('add-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = $('add-form');
    form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
    $('add-error').hidden = true;
    const body = { userId: $('a-user').value.trim(), name: $('a-name').value.trim(), phone: $('a-phone').value.trim(),
      password: $('a-password').value };
    try {
      await api('POST', '/api/units/' + encodeURIComponent(state.unit) + '/reviewers', body);
      form.reset();
      flash('已添加审核人员 ' + body.userId + '，请告知其用户名和初始密码', 'info');
      await load();
    } catch (e) {
      const unplaced = [];
      ((e.body && e.body.errors) || []).forEach((p) => {
        const slot = form.querySelector('.field-error[data-field="' + CSS.escape(p.field) + '"]');
        if (slot) slot.textContent = (slot.textContent ? slot.textContent + '；' : '') + p.message;
        else unplaced.push(p.message);
      });
      $('add-error').textContent = [e.message].concat(unplaced).join('：');
      $('add-error').hidden = false;
    }
  });

  const saved = logins.restore(AUTH_KEY);
  if (saved) {
    state.user = saved.user;
    state.auth = saved.auth;
    enter().catch(() => logout(''));
  } else {
    show('view-login');
  }
}());
