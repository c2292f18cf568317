'use strict';
// 本单位审核人员 (/unit-reviewers/): the contact's unit (GET /api/units/mine), its reviewers, adding and removing one.
(function () {
  const { el, clear, ApiFailure } = window.TitleReviewPage;
  const $ = (id) => document.getElementById(id);
  const state = { unit: null };

  /** The contact's unit; an account that is no unit's contact cannot use the page. */
  function contactOf(mine) {
    if (!mine.unitCode) throw new ApiFailure(403, { message: '该账号不是用人单位的联系人' });
    return mine;
  }

  const session = window.TitleReviewPage.session({
    key: 'titlereview.unit-reviewers.login',
    views: ['view-login', 'view-reviewers'],
    probe: async (auth) => contactOf(await window.TitleReviewPage.call(auth, 'GET', '/api/units/mine')),
    async open(user, mine) {
      const unit = mine || contactOf(await session.api('GET', '/api/units/mine'));
      state.unit = unit.unitCode;
      $('unit-title').textContent = '本单位审核人员（单位代码 ' + unit.unitCode + '）';
      session.show('view-reviewers');
      await load();
    }
  });
  const { api, flash } = session;

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

  session.begin();
}());
