'use strict';
// The committee office's page (评审委员会办事机构): its expert pool (list, add, pause, import from .xlsx), its
// filings and its meetings (create, assign applications, draw the experts, open the vote, the draw records).
// Data is inserted as text only (textContent, text nodes, option values).
(function () {
  const LEVELS = { SENIOR_FULL: '正高级', SENIOR_DEPUTY: '副高级', INTERMEDIATE: '中级', ASSISTANT: '助理级', JUNIOR: '员级' };
  const MEETING_STATUS = { PLANNED: '已安排', DRAWN: '已抽取评委', OPEN: '已开始表决' };
  const EXPERT_STATUS = { DRAWN: '已抽取', DECLINED: '不能出席（已替补）' };
  const EXPERT_FIELDS = ['expertId', 'specialty', 'titleLevel', 'employerUnit', 'employerUnitCode', 'regionCode',
    'termStart', 'termEnd'];

  const state = { committee: null, pool: [], meetings: [], meeting: null };
  const $ = (id) => document.getElementById(id);
  const { el, clear } = TitleReviewPage;

  const session = TitleReviewPage.session({
    key: 'titlereview.committee.auth',
    views: ['view-login', 'view-office'],
    probe: (auth) => TitleReviewPage.call(auth, 'GET', '/api/committees'),
    open: (user, committees) => open(committees),
    closed() {
      $('office').hidden = true;
    }
  });
  const { show, flash, api } = session;

  // ---------- the committee ----------

  async function open(committees) {
    show('view-office');
    flash('');
    try {
      const list = committees || await api('GET', '/api/committees');
      const select = clear($('committee'));
      select.append(el('option', { value: '' }, '请选择评审委员会'));
      list.forEach((c) => select.append(el('option', { value: c.code }, c.name + '（' + c.code + '）')));
      const wanted = new URLSearchParams(window.location.search).get('committee');
      if (wanted && list.some((c) => c.code === wanted)) {
        select.value = wanted;
        await loadCommittee();
      }
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  function officeMessage(text, kind) {
    const node = $('office-message');
    node.textContent = text || '';
    node.className = 'message ' + (kind || 'error');
    node.hidden = !text;
  }

  async function loadCommittee() {
    const code = $('committee').value;
    state.committee = code || null;
    state.meeting = null;
    $('meeting').hidden = true;
    $('office').hidden = true;
    officeMessage('');
    if (!code) return;
    const url = new URL(window.location.href);
    url.searchParams.set('committee', code);
    window.history.replaceState(null, '', url.pathname + url.search);
    try {
      await Promise.all([loadPool(), loadFilings(), loadMeetings()]);
      $('office').hidden = false;
    } catch (e) {
      if (e.status === 401) return;
      officeMessage(e.status === 403 ? '无权查看：评审委员会 ' + code + ' 的专家库、备案和会议只供其办事机构、组建它的人社部门、监督人员和系统管理员查看。'
        : e.message);
    }
  }

  function showProblems(listId, errors) {
    const list = clear($(listId));
    errors.forEach((p) => list.append(el('li', {}, (p.field ? p.field + '：' : '') + p.message + (p.rule ? '（' + p.rule + '）' : ''))));
    list.hidden = errors.length === 0;
  }

  function problemsOf(e) {
    const errors = (e.body && e.body.errors) || [];
    return errors.length ? [{ field: '', rule: '', message: e.message }].concat(errors) : [{ field: '', rule: '', message: e.message }];
  }

  // ---------- pool ----------

  async function loadPool() {
    state.pool = await api('GET', '/api/committees/' + state.committee + '/experts');
    const rows = clear($('pool-rows'));
    state.pool.forEach((x) => rows.append(el('tr', { class: x.active ? '' : 'inactive', dataset: { expert: x.expertId } },
      el('td', { class: 'code' }, x.expertId), el('td', {}, x.specialty), el('td', {}, LEVELS[x.titleLevel] || x.titleLevel),
      el('td', {}, x.employerUnit + (x.employerUnitCode ? '（' + x.employerUnitCode + '）' : '')), el('td', {}, x.regionCode),
      el('td', {}, x.termStart + ' 至 ' + x.termEnd), el('td', {}, x.active ? '在库' : '暂停抽取'),
      el('td', {}, el('button', { type: 'button', class: 'link', dataset: { toggle: x.expertId } }, x.active ? '暂停抽取' : '恢复抽取')))));
    if (!state.pool.length) rows.append(el('tr', {}, el('td', { colspan: '8', class: 'muted' }, '评审专家库为空')));
  }

  async function toggle(expertId) {
    const x = state.pool.find((e) => e.expertId === expertId);
    if (!x) return;
    const body = { expertId: x.expertId, series: x.series, specialty: x.specialty, titleLevel: x.titleLevel,
      employerUnit: x.employerUnit, employerUnitCode: x.employerUnitCode, regionCode: x.regionCode,
      termStart: x.termStart, termEnd: x.termEnd, active: !x.active };
    try {
      await api('POST', '/api/committees/' + state.committee + '/experts', body);
      flash((x.active ? '已暂停抽取：' : '已恢复抽取：') + expertId, 'ok');
      await loadPool();
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  async function saveExpert(event) {
    event.preventDefault();
    const body = {};
    EXPERT_FIELDS.forEach((f) => { body[f] = $('e-' + f).value.trim() || null; });
    body.active = true;
    try {
      const saved = await api('POST', '/api/committees/' + state.committee + '/experts', body);
      showProblems('expert-problems', []);
      flash('已保存评审专家：' + saved.expertId, 'ok');
      $('expert-form').reset();
      await loadPool();
    } catch (e) {
      if (e.status !== 401) showProblems('expert-problems', problemsOf(e));
    }
  }

  // ---------- filings ----------

  async function loadFilings() {
    const filings = await api('GET', '/api/committees/' + state.committee + '/filings');
    const rows = clear($('filing-rows'));
    filings.forEach((f) => rows.append(el('tr', {}, el('td', {}, f.year), el('td', {}, f.bureauCode), el('td', {}, f.filedOn),
      el('td', {}, f.validUntil), el('td', {}, f.poolSize), el('td', {}, f.recordedBy))));
    if (!filings.length) rows.append(el('tr', {}, el('td', { colspan: '6', class: 'muted' }, '尚无备案：未经备案不得召开评审会议')));
  }

  async function saveFiling(event) {
    event.preventDefault();
    const year = $('fi-year').value.trim();
    const body = { bureauCode: $('fi-bureauCode').value.trim() || null, filedOn: $('fi-filedOn').value || null,
      year: /^\d+$/.test(year) ? Number(year) : null };
    try {
      const saved = await api('POST', '/api/committees/' + state.committee + '/filings', body);
      showProblems('filing-problems', []);
      flash('已登记 ' + saved.year + ' 年度备案，有效期至 ' + saved.validUntil, 'ok');
      $('filing-form').reset();
      await loadFilings();
    } catch (e) {
      if (e.status !== 401) showProblems('filing-problems', problemsOf(e));
    }
  }

  // ---------- meetings ----------

  async function loadMeetings() {
    state.meetings = await api('GET', '/api/committees/' + state.committee + '/meetings');
    const rows = clear($('meeting-rows'));
    state.meetings.forEach((m) => rows.append(el('tr', { dataset: { meetingRow: String(m.id) } },
      el('td', {}, m.id), el('td', {}, m.date), el('td', {}, m.place || m.videoLink),
      el('td', {}, m.levels.map((l) => LEVELS[l] || l).join('、')), el('td', {}, m.expertCount),
      el('td', {}, m.applications.length), el('td', {}, MEETING_STATUS[m.status] || m.status),
      el('td', {}, el('button', { type: 'button', class: 'link', dataset: { meeting: String(m.id) } }, '详情')))));
    if (!state.meetings.length) rows.append(el('tr', {}, el('td', { colspan: '8', class: 'muted' }, '尚未安排评审会议')));
    if (state.meeting) {
      const current = state.meetings.find((m) => m.id === state.meeting);
      if (current) renderMeeting(current);
    }
  }

  async function saveMeeting(event) {
    event.preventDefault();
    const count = $('m-expertCount').value.trim();
    const body = {
      date: $('m-date').value || null, place: $('m-place').value.trim() || null,
      videoLink: $('m-videoLink').value.trim() || null,
      levels: Array.from(document.querySelectorAll('#m-levels input:checked')).map((i) => i.value),
      specialties: $('m-specialties').value.split(/[,，、]/).map((s) => s.trim()).filter(Boolean),
      expertCount: /^\d+$/.test(count) ? Number(count) : null };
    try {
      const saved = await api('POST', '/api/committees/' + state.committee + '/meetings', body);
      showProblems('meeting-problems', []);
      flash('已安排评审会议 ' + saved.id + '（' + saved.date + '）', 'ok');
      $('meeting-form').reset();
      $('meeting-details').open = false;
      state.meeting = saved.id;
      await loadMeetings();
    } catch (e) {
      if (e.status !== 401) showProblems('meeting-problems', problemsOf(e));
    }
  }

  function renderMeeting(m) {
    state.meeting = m.id;
    $('meeting-title').textContent = '评审会议 ' + m.id + ' · ' + m.date + ' · ' + (MEETING_STATUS[m.status] || m.status);
    $('meeting-facts').textContent = (m.place || m.videoLink) + ' · ' + m.levels.map((l) => LEVELS[l] || l).join('、')
      + ' · 评委 ' + m.expertCount + ' 名' + (m.specialties.length ? ' · 覆盖专业：' + m.specialties.join('、') : '')
      + ' · 依据备案 ' + m.filingId;
    const apps = clear($('meeting-applications'));
    m.applications.forEach((a) => apps.append(el('li', {}, a.applicationNo + ' · ' + (LEVELS[a.level] || a.level) + ' · ' + a.specialty
      + m.interests.filter((i) => i.applicationNo === a.applicationNo).map((i) => '（' + i.expertId + ' 回避）').join(''))));
    if (!m.applications.length) apps.append(el('li', { class: 'muted' }, '尚未安排申报'));
    $('assign-save').disabled = m.status !== 'PLANNED';
    $('assign-nos').disabled = m.status !== 'PLANNED';
    $('draw').disabled = m.status !== 'PLANNED';
    $('open-vote').disabled = m.status !== 'DRAWN';
    const experts = clear($('meeting-experts'));
    m.experts.forEach((x) => experts.append(el('tr', { class: x.status === 'DRAWN' ? '' : 'inactive' },
      el('td', { class: 'code' }, x.expertId), el('td', {}, EXPERT_STATUS[x.status] || x.status), el('td', {}, x.drawId),
      el('td', {}, x.reason || ''))));
    if (!m.experts.length) experts.append(el('tr', {}, el('td', { colspan: '4', class: 'muted' }, '尚未抽取')));
    const draws = clear($('meeting-draws'));
    m.draws.forEach((d) => draws.append(el('tr', {},
      el('td', {}, d.id), el('td', {}, d.kind === 'INITIAL' ? '抽取' : '替补'), el('td', {}, d.drawnBy), el('td', {}, d.drawnAt),
      el('td', { class: 'code' }, d.seed), el('td', { class: 'wrap' }, d.candidates.join('，')),
      el('td', { class: 'wrap' }, d.excluded.join('；') || '无'), el('td', { class: 'wrap' }, d.drawn.join('，')),
      el('td', { class: d.reproducible ? 'ok' : 'bad' }, d.reproducible ? '一致' : '不一致'))));
    if (!m.draws.length) draws.append(el('tr', {}, el('td', { colspan: '9', class: 'muted' }, '无')));
    $('meeting').hidden = false;
  }

  async function meetingStep(step, body) {
    const id = state.meeting;
    if (!id) return;
    try {
      const m = await api('POST', '/api/meetings/' + id + '/' + step, body || {});
      showProblems('meeting-step-problems', []);
      flash({ applications: '申报已安排到会议 ', draw: '已抽取评委：会议 ', open: '已开始表决：会议 ' }[step] + id, 'ok');
      renderMeeting(m);
      await loadMeetings();
    } catch (e) {
      if (e.status !== 401) showProblems('meeting-step-problems', problemsOf(e));
    }
  }

  // ---------- wiring ----------

  document.addEventListener('DOMContentLoaded', () => {
    const levels = $('m-levels');
    Object.entries(LEVELS).forEach(([value, label]) => levels.append(el('label', {},
      el('input', { type: 'checkbox', value, name: 'levels' }), ' ' + label)));
    const titleLevel = $('e-titleLevel');
    Object.entries(LEVELS).forEach(([value, label]) => titleLevel.append(el('option', { value }, label)));
    $('committee').addEventListener('change', loadCommittee);
    $('pool-rows').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-toggle]');
      if (button) toggle(button.dataset.toggle);
    });
    $('expert-form').addEventListener('submit', saveExpert);
    TitleReviewPage.sheetImport({
      api,
      template: () => ['/api/committees/' + state.committee + '/experts/imports/template.xlsx',
        '评审专家库导入模板-' + state.committee + '.xlsx'],
      upload: () => '/api/committees/' + state.committee + '/experts/imports',
      async imported(result) {
        await loadPool();
        return '导入完成：加入 ' + result.added + ' 位专家，修改 ' + result.changed + ' 位';
      }
    });
    $('filing-form').addEventListener('submit', saveFiling);
    $('meeting-form').addEventListener('submit', saveMeeting);
    $('meeting-rows').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-meeting]');
      if (!button) return;
      const m = state.meetings.find((x) => String(x.id) === button.dataset.meeting);
      if (m) renderMeeting(m);
    });
    $('assign-form').addEventListener('submit', (event) => {
      event.preventDefault();
      meetingStep('applications', { applicationNos: $('assign-nos').value.split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean) });
    });
    $('draw').addEventListener('click', () => meetingStep('draw'));
    $('open-vote').addEventListener('click', () => meetingStep('open'));
    session.begin();
  });
}());
