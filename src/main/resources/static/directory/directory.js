'use strict';
// The HR bureaus' page of the organisation directory (组织机构目录): list, add, edit and import the
// employer units of their region. Data is inserted as text only (textContent, text nodes, option values).
(function () {
  const OWNERSHIPS = { GOVERNMENT_ORGAN: '机关', PUBLIC_INSTITUTION: '事业单位', STATE_ENTERPRISE: '国有企业',
    PRIVATE: '民营企业', FREELANCE: '自由职业', OTHER: '其他' };
  const LEVELS = { REGION: '自治区级', PREFECTURE: '地州市级', COUNTY: '县级及以下', OTHER: '其他' };
  const FIELDS = ['code', 'name', 'creditCode', 'ownership', 'level', 'regionCode', 'competentCode'];

  const state = { units: [], regions: [], competent: [], editing: null, canAdd: false };
  const $ = (id) => document.getElementById(id);
  const { el, clear, ApiFailure } = TitleReviewPage;

  const session = TitleReviewPage.session({
    key: 'titlereview.directory.auth',
    views: ['view-login', 'view-units'],
    probe: (auth) => TitleReviewPage.call(auth, 'GET', '/api/directory/regions'),
    refused: (e) => (e.status === 403 ? '本页面只供人社部门和监督人员使用' : e.message),
    open: (user, regions) => open(regions)
  });
  const { show, flash, api } = session;

  async function open(regions) {
    if (regions) state.regions = regions;
    show('view-units');
    flash('');
    try {
      if (!state.regions.length) state.regions = await api('GET', '/api/directory/regions');
      state.competent = await api('GET', '/api/directory/competent-departments');
      fillSelects();
      await loadUnits();
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  // ---------- list ----------

  function regionLabel(code) {
    const region = state.regions.find((r) => r.code === code);
    return region ? region.name + '（' + code + '）' : code;
  }

  function fillSelects() {
    const filter = $('region-filter');
    clear(filter).append(el('option', { value: '' }, '全部地区'));
    state.regions.forEach((r) => filter.append(el('option', { value: r.code }, regionLabel(r.code))));
    const options = (select, entries, placeholder) => {
      clear(select).append(el('option', { value: '' }, placeholder));
      entries.forEach(([value, label]) => select.append(el('option', { value }, label)));
    };
    options($('f-ownership'), Object.entries(OWNERSHIPS), '请选择');
    options($('f-level'), Object.entries(LEVELS), '请选择');
    options($('f-regionCode'), state.regions.map((r) => [r.code, regionLabel(r.code)]), '请选择');
    options($('f-competentCode'), state.competent.map((c) => [c.code, c.name + '（' + c.code + '）']), '请选择');
  }

  async function loadUnits() {
    const region = $('region-filter').value;
    state.units = await api('GET', '/api/directory/units' + (region ? '?region=' + encodeURIComponent(region) : ''));
    const rows = clear($('unit-rows'));
    state.units.forEach((u) => {
      const edit = u.editable
        ? el('button', { type: 'button', class: 'link', dataset: { code: u.code } }, '修改')
        : el('span', { class: 'muted' }, '只读');
      rows.append(el('tr', { class: u.editable ? '' : 'readonly' },
        el('td', { class: 'code' }, u.code), el('td', {}, u.name), el('td', { class: 'code' }, u.creditCode),
        el('td', {}, u.ownershipLabel), el('td', {}, u.levelLabel), el('td', {}, u.regionName || u.regionCode),
        el('td', {}, u.competentName || u.competentCode), el('td', {}, edit)));
    });
    if (!state.units.length) rows.append(el('tr', {}, el('td', { colspan: '8', class: 'muted' }, '没有用人单位')));
    $('unit-count').textContent = '共 ' + state.units.length + ' 个单位';
  }

  // ---------- add and edit ----------

  function openForm(unit) {
    state.editing = unit ? unit.code : null;
    $('unit-form-title').textContent = unit ? '修改用人单位 ' + unit.code : '新增用人单位';
    FIELDS.forEach((f) => {
      const input = $('f-' + f);
      input.value = unit ? (unit[f === 'competentCode' ? 'competentCode' : f] || '') : '';
      input.classList.remove('invalid');
    });
    $('f-code').disabled = !!unit;
    showProblems([]);
    $('unit-form').hidden = false;
    $(unit ? 'f-name' : 'f-code').focus();
  }

  function closeForm() {
    $('unit-form').hidden = true;
    state.editing = null;
  }

  function showProblems(errors) {
    const list = clear($('unit-problems'));
    FIELDS.forEach((f) => $('f-' + f).classList.remove('invalid'));
    errors.forEach((p) => {
      const input = $('f-' + p.field);
      if (input) input.classList.add('invalid');
      list.append(el('li', {}, p.message + '（' + p.rule + '）'));
    });
    list.hidden = errors.length === 0;
  }

  async function save(event) {
    event.preventDefault();
    const body = {};
    FIELDS.forEach((f) => { body[f] = $('f-' + f).value.trim() || null; });
    const editing = state.editing;
    if (editing) delete body.code;
    $('unit-save').disabled = true;
    try {
      const saved = editing
        ? await api('PUT', '/api/directory/units/' + encodeURIComponent(editing), body)
        : await api('POST', '/api/directory/units', body);
      closeForm();
      flash((editing ? '已修改：' : '已新增：') + saved.code + ' ' + saved.name, 'ok');
      await loadUnits();
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 400) showProblems(e.body.errors || []);
      else if (e.status !== 401) showProblems([{ field: '', rule: e.status === 403 ? '权限' : '错误', message: e.message }]);
    } finally {
      $('unit-save').disabled = false;
    }
  }

  // ---------- wiring ----------

  document.addEventListener('DOMContentLoaded', () => {
    $('region-filter').addEventListener('change', () => loadUnits().catch((e) => flash(e.message, 'error')));
    $('add-unit').addEventListener('click', () => openForm(null));
    $('unit-cancel').addEventListener('click', closeForm);
    $('unit-form').addEventListener('submit', save);
    $('unit-rows').addEventListener('click', (event) => {
      const code = event.target.dataset && event.target.dataset.code;
      if (code) openForm(state.units.find((u) => u.code === code));
    });
    TitleReviewPage.sheetImport({
      api,
      template: () => ['/api/directory/imports/template.xlsx', '用人单位导入模板.xlsx'],
      upload: () => '/api/directory/imports',
      async imported(result) {
        await loadUnits();
        return '导入完成：新增 ' + result.created + ' 个单位，修改 ' + result.updated + ' 个单位';
      }
    });
    session.begin();
  });
}());
