'use strict';
// The designers' page of notice publishing (通知发布): upload a notice file, see every problem and what it
// changes, publish it; see the versions of a notice and compare two. Data is inserted as text only.
(function () {
  const KINDS = { DATE_LATER: '日期推后', WORDING: '文字修改', RULE: '规则变更' };
  const $ = (id) => document.getElementById(id);
  const { el, clear } = TitleReviewPage;

  const session = TitleReviewPage.session({
    key: 'titlereview.designer.auth',
    views: ['view-login', 'view-main'],
    probe: (auth) => TitleReviewPage.call(auth, 'GET', '/api/admin/notices'),
    refused: (e) => (e.status === 403 ? '本页面只供流程设计人员和系统管理员使用' : e.message),
    open: (user, notices) => open(notices)
  });
  const { show, flash, api } = session;

  // ---------- page ----------

  function message(text, kind) {
    const node = $('result');
    node.textContent = text || '';
    node.className = 'message ' + (kind || 'info');
    node.hidden = !text;
  }

  async function open(notices) {
    show('view-main');
    flash('');
    try {
      fillNotices(notices || await api('GET', '/api/admin/notices'));
      await loadVersions();
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  function fillNotices(notices, selected) {
    const select = clear($('notice'));
    notices.forEach((n) => select.append(el('option', { value: n.id, dataset: { version: String(n.version) } },
      n.id + ' · ' + n.title)));
    if (selected) select.value = selected;
    const option = select.selectedOptions[0];
    $('notice-current').textContent = option ? '当前版本：' + option.dataset.version
      + (option.dataset.version === '0' ? '（config/notices 中的初始文件）' : '') : '';
  }

  async function loadVersions() {
    const id = $('notice').value;
    const rows = clear($('version-rows'));
    const from = clear($('diff-from'));
    const to = clear($('diff-to'));
    $('diff-table').hidden = true;
    $('diff-empty').hidden = true;
    if (!id) return;
    const versions = await api('GET', '/api/admin/notices/' + encodeURIComponent(id) + '/versions');
    versions.forEach((v) => {
      rows.append(el('tr', {},
        el('td', {}, v.version === 0 ? '0（初始文件）' : String(v.version)),
        el('td', {}, v.publishedBy),
        el('td', {}, v.publishedAt ? v.publishedAt.replace('T', ' ').substring(0, 19) : ''),
        el('td', {}, v.ruleChange ? '是' : '否'),
        el('td', {}, v.reason || ''),
        el('td', {}, (v.changes || []).length ? v.changes.length + ' 处' : (v.version === 0 ? '' : '新通知'))));
      from.append(el('option', { value: String(v.version) }, '版本 ' + v.version));
      to.append(el('option', { value: String(v.version) }, '版本 ' + v.version));
    });
    if (versions.length > 1) from.value = String(versions[1].version);
    $('diff').disabled = versions.length < 2;
  }

  function changeRow(c) {
    return el('tr', {},
      el('td', { class: 'value' }, c.path),
      el('td', { class: 'value' }, c.before === null ? '（无）' : c.before),
      el('td', { class: 'value' }, c.after === null ? '（无）' : c.after),
      el('td', { class: 'kind-' + c.kind }, KINDS[c.kind] || c.kind));
  }

  async function diff() {
    const id = $('notice').value;
    const changes = await api('GET', '/api/admin/notices/' + encodeURIComponent(id) + '/diff?from='
      + encodeURIComponent($('diff-from').value) + '&to=' + encodeURIComponent($('diff-to').value));
    const rows = clear($('diff-rows'));
    changes.forEach((c) => rows.append(changeRow(c)));
    $('diff-table').hidden = changes.length === 0;
    $('diff-empty').hidden = changes.length !== 0;
  }

  // ---------- upload, validate, publish ----------

  function upload() {
    return { fileName: $('file-name').textContent || null, content: $('content').value };
  }

  function showReview(review) {
    const problems = review.problems || [];
    const rows = clear($('problem-rows'));
    problems.forEach((p) => rows.append(el('tr', {},
      el('td', {}, p.file), el('td', { class: 'value' }, p.field), el('td', {}, p.rule), el('td', {}, p.message))));
    $('problems').hidden = problems.length === 0;
    const changes = review.changes || [];
    const changeRows = clear($('change-rows'));
    changes.forEach((c) => changeRows.append(changeRow(c)));
    $('changes').hidden = changes.length === 0;
    $('confirm-box').hidden = !review.confirmationRequired;
    if (review.confirmationRequired) {
      $('confirm-text').textContent = '该通知的申报已开始：规则变更须确认并说明理由，正在办理的申报仍按其开始时的版本办理。';
    }
  }

  async function validate() {
    message('');
    try {
      const review = await api('POST', '/api/admin/notices/validate', upload());
      showReview(review);
      if (!review.valid) {
        message('有 ' + review.problems.length + ' 处问题，请修改后再发布（未作任何修改）', 'error');
      } else if (review.currentVersion === null) {
        message('校验通过：新通知 ' + review.noticeId + '，可以发布', 'info');
      } else {
        message('校验通过：与当前版本（' + review.currentSource + '）相比有 ' + review.changes.length + ' 处修改'
          + (review.ruleChange ? '，含规则变更' : ''), 'info');
      }
    } catch (e) {
      if (e.status !== 401) showRefusal(e);
    }
  }

  function showRefusal(e) {
    const errors = (e.body && e.body.errors) || [];
    const rows = clear($('problem-rows'));
    errors.forEach((p) => rows.append(el('tr', {},
      el('td', {}, $('file-name').textContent || '上传的通知文件'), el('td', { class: 'value' }, p.field),
      el('td', {}, p.rule), el('td', {}, p.message))));
    $('problems').hidden = errors.length === 0;
    message(e.message, 'error');
  }

  async function publish() {
    message('');
    const body = Object.assign(upload(), { confirm: $('confirm').checked, reason: $('reason').value.trim() || null });
    try {
      const published = await api('POST', '/api/admin/notices', body);
      $('problems').hidden = true;
      $('changes').hidden = true;
      $('confirm-box').hidden = true;
      $('confirm').checked = false;
      $('reason').value = '';
      message('已发布：' + published.noticeId + ' 版本 ' + published.version + '，各节点即时生效'
        + ((published.deadlinesMoved || []).length ? '；已顺延等待中的申报：' + published.deadlinesMoved.join('；') : ''), 'info');
      fillNotices(await api('GET', '/api/admin/notices'), published.noticeId);
      await loadVersions();
    } catch (e) {
      if (e.status === 400 && e.body && (e.body.errors || []).some((p) => p.field === 'confirm' || p.field === 'reason')) {
        $('confirm-box').hidden = false;
        $('confirm-text').textContent = e.message + '：' + e.body.errors.map((p) => p.message).join('；');
        message(e.message, 'error');
      } else if (e.status !== 401) {
        showRefusal(e);
      }
    }
  }

  function readFile() {
    const file = $('file').files[0];
    if (!file) return;
    $('file-name').textContent = file.name;
    file.text().then((text) => { $('content').value = text; validate(); });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('file').addEventListener('change', readFile);
    $('validate').addEventListener('click', validate);
    $('publish').addEventListener('click', publish);
    $('notice').addEventListener('change', () => { fillNotices(Array.from($('notice').options).map((o) => ({
      id: o.value, title: o.textContent.split(' · ').slice(1).join(' · '), version: Number(o.dataset.version) })),
    $('notice').value); loadVersions().catch((e) => flash(e.message, 'error')); });
    $('diff').addEventListener('click', () => diff().catch((e) => flash(e.message, 'error')));
    session.begin();
  });
}());
