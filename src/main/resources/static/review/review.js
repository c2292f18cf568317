'use strict';
// The experts' blind-review page (评委盲评). Everything that comes from the API is inserted as text
// (textContent, text nodes): data may contain markup and must never be parsed.
(function () {
  const AUTH_KEY = 'titlereview.review.auth';

  const EDUCATION_LEVELS = { HIGH_SCHOOL: '高中及以下', SECONDARY_VOCATIONAL: '中专', JUNIOR_COLLEGE: '大专', BACHELOR: '本科',
    MASTER: '硕士研究生', DOCTOR: '博士研究生' };
  const NONE = '无';

  const LEVELS = { SENIOR_FULL: '正高级', SENIOR_DEPUTY: '副高级', INTERMEDIATE: '中级', ASSISTANT: '助理级', JUNIOR: '员级' };
  const VOTES = [['FOR', '同意'], ['AGAINST', '不同意'], ['ABSTAIN', '弃权']];

  const state = { notices: {}, materials: {}, images: {}, loading: 0,
    meetings: [], meeting: null, sheet: null, sheetLoading: 0 };
  const $ = (id) => document.getElementById(id);

  const { el, clear, ApiFailure } = TitleReviewPage;



  function message(text, kind) {
    const node = $('review-message');
    node.textContent = text || '';
    node.className = 'message ' + (kind || 'error');
    node.hidden = !text;
  }

  /** A value or 无 when there is nothing to show. */
  function orNone(value) {
    return value === null || value === undefined || String(value).trim() === '' ? NONE : String(value);
  }

  function date(iso) {
    return iso ? String(iso) : '';
  }

  function period(from, to) {
    if (!from && !to) return NONE;
    return (date(from) || '？') + ' 至 ' + (to ? date(to) : '今');
  }

  // ---------- the session and the API ----------

  const session = TitleReviewPage.session({
    key: AUTH_KEY,
    views: ['view-login', 'view-review'],
    async probe(auth) {
      try {
        return await TitleReviewPage.call(auth, 'GET', '/api/notices');
      } catch (e) {
        if (e.status === 401 || e.status === 0) throw e;
        return []; // the notices only name the materials; the record is readable without them
      }
    },
    open(user, notices) {
      rememberNotices(notices);
      openReview();
    },
    closed() {
      state.images = {};
      state.loading += 1;
      state.meetings = [];
      state.meeting = null;
      state.sheet = null;
      state.sheetLoading += 1;
      clear($('meetings'));
      $('sheet').hidden = true;
      clearBlind();
      message('');
    }
  });
  const { show, flash } = session;

  /** A GET of the API; a 401 (password changed, user locked) ends the session. */
  function api(path, raw) {
    return session.api('GET', path, undefined, raw);
  }

  /** A change through the API (the ballot sheet). */
  function send(method, path, body) {
    return session.api(method, path, body);
  }

  function rememberNotices(list) {
    (list || []).forEach((n) => { state.notices[n.id] = n.title; });
  }

  function openReview() {
    show('view-review');
    const meeting = new URLSearchParams(window.location.search).get('meeting');
    loadMeetings(meeting && /^\d+$/.test(meeting) ? Number(meeting) : null);
    const no = new URLSearchParams(window.location.search).get('no');
    if (no && no.trim()) {
      $('no-input').value = no.trim();
      load(no.trim());
    } else {
      $('no-input').focus();
    }
  }

  function lookup(event) {
    event.preventDefault();
    const no = $('no-input').value.trim();
    if (!no) {
      message('请输入申报编号', 'info');
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set('no', no);
    window.history.replaceState(null, '', url.pathname + url.search);
    load(no);
  }

  // ---------- my meetings and the ballot sheet (表决票) ----------

  function meetingStatus(m) {
    if (m.status !== 'OPEN') return '待开始表决';
    return m.submitted ? '表决票已提交' : '表决中，待提交';
  }

  async function loadMeetings(open) {
    const root = clear($('meetings'));
    let list;
    try {
      list = await api('/api/meetings/mine');
    } catch (e) {
      if (e.status !== 401) root.append(el('p', { class: 'error' }, '评审会议读取失败：' + e.message));
      return;
    }
    state.meetings = list || [];
    if (!state.meetings.length) {
      root.append(el('p', { class: 'none' }, '您目前没有被抽取为评委的评审会议。'));
      return;
    }
    state.meetings.forEach((m) => {
      root.append(el('button', { type: 'button', class: 'meeting', dataset: { meeting: String(m.id) },
        'aria-pressed': state.meeting === m.id ? 'true' : 'false' },
        el('strong', {}, '评审会议 ' + m.id + ' · ' + m.date),
        el('span', { class: 'muted' }, orNone(m.committeeName) + ' · ' + orNone(m.place || m.videoLink)),
        el('span', { class: 'muted' }, m.applications + ' 份申报 · ' + meetingStatus(m))));
    });
    const chosen = state.meetings.find((m) => m.id === open) || (state.meetings.length === 1 ? state.meetings[0] : null);
    if (chosen) openSheet(chosen.id);
  }

  async function openSheet(id) {
    const ticket = ++state.sheetLoading;
    state.meeting = id;
    document.querySelectorAll('#meetings button.meeting').forEach((b) => {
      b.setAttribute('aria-pressed', b.dataset.meeting === String(id) ? 'true' : 'false');
    });
    $('sheet-error').hidden = true;
    let sheet;
    try {
      sheet = await api('/api/meetings/' + id + '/ballot-sheet');
    } catch (e) {
      if (ticket !== state.sheetLoading || e.status === 401) return;
      $('sheet').hidden = true;
      message(e.message, 'error');
      return;
    }
    if (ticket !== state.sheetLoading) return;
    renderSheet(sheet);
  }

  function renderSheet(sheet) {
    state.sheet = sheet;
    const meeting = state.meetings.find((m) => m.id === sheet.meetingId) || {};
    const voting = meeting.status === 'OPEN' && !sheet.submitted;
    $('sheet-title').textContent = '表决票 · 评审会议 ' + sheet.meetingId + (meeting.date ? '（' + meeting.date + '）' : '');
    $('sheet-state').textContent = meeting.status !== 'OPEN'
      ? '表决尚未开始：会议开始表决后可查看盲评材料并投票。'
      : (sheet.submitted ? '表决票已提交，不能再修改。' : '请查看每份申报的盲评材料后投票，共 ' + sheet.applications.length + ' 份。');
    const rows = clear($('sheet-rows'));
    sheet.applications.forEach((line) => {
      const votes = el('td', { class: 'votes' }, VOTES.map(([value, label]) => el('label', {},
        el('input', { type: 'radio', name: 'vote-' + line.applicationNo, value, disabled: !voting || !line.open,
          dataset: { vote: line.applicationNo } }), ' ' + label)));
      rows.append(el('tr', { dataset: { no: line.applicationNo } },
        el('td', {}, line.applicationNo),
        el('td', {}, LEVELS[line.level] || orNone(line.level)),
        el('td', {}, orNone(line.specialty)),
        el('td', {}, meeting.status === 'OPEN'
          ? el('button', { type: 'button', class: 'link', dataset: { view: line.applicationNo } }, '查看')
          : el('span', { class: 'muted' }, '开始表决后可看')),
        votes));
    });
    $('sheet-submit').hidden = !voting;
    $('sheet').hidden = false;
    countVotes();
  }

  /** The votes chosen so far, by application number. */
  function chosenVotes() {
    const votes = {};
    document.querySelectorAll('#sheet-rows input[type=radio]:checked').forEach((r) => { votes[r.dataset.vote] = r.value; });
    return votes;
  }

  function countVotes() {
    const sheet = state.sheet;
    if (!sheet) return;
    const open = sheet.applications.filter((l) => l.open).length;
    const chosen = Object.keys(chosenVotes()).length;
    $('sheet-count').textContent = $('sheet-submit').hidden ? '' : '已投 ' + chosen + ' / ' + open + ' 份';
    $('sheet-submit').disabled = !open || chosen < open;
  }

  async function submitSheet() {
    const sheet = state.sheet;
    if (!sheet) return;
    const error = $('sheet-error');
    error.hidden = true;
    $('sheet-submit').disabled = true;
    let answer;
    try {
      answer = await send('POST', '/api/meetings/' + sheet.meetingId + '/ballot-sheet', { votes: chosenVotes() });
    } catch (e) {
      if (e.status === 401) return;
      const details = (e.body && e.body.errors || []).map((x) => x.message).filter(Boolean);
      error.textContent = e.message + (details.length ? '：' + details.join('；') : '');
      error.hidden = false;
      countVotes();
      return;
    }
    const meeting = state.meetings.find((m) => m.id === sheet.meetingId);
    if (meeting) meeting.submitted = answer.submitted;
    flash('表决票已提交（评审会议 ' + sheet.meetingId + '）。', 'info');
    renderSheet(answer);
    const button = document.querySelector('#meetings button.meeting[data-meeting="' + sheet.meetingId + '"] span:last-child');
    if (button && meeting) button.textContent = meeting.applications + ' 份申报 · ' + meetingStatus(meeting);
  }

  function viewFromSheet(no) {
    document.querySelectorAll('#sheet-rows tr').forEach((tr) => tr.classList.toggle('current', tr.dataset.no === no));
    $('no-input').value = no;
    const url = new URL(window.location.href);
    url.searchParams.set('no', no);
    window.history.replaceState(null, '', url.pathname + url.search);
    load(no).then(() => { if (!$('blind').hidden) $('blind').scrollIntoView({ block: 'start' }); });
  }

  // ---------- the blind view ----------

  function clearBlind() {
    $('blind').hidden = true;
    clear($('sections'));
    clear($('pages'));
  }

  async function load(no) {
    const ticket = ++state.loading;
    clearBlind();
    message('正在读取申报 ' + no + ' …', 'info');
    let view;
    try {
      view = await api('/api/applications/' + encodeURIComponent(no) + '/blind');
    } catch (e) {
      if (ticket !== state.loading || e.status === 401) return;
      if (e.status === 403) message('无权查看：申报 ' + no + ' 的盲评材料只向评审该申报的会议评委（会议开始表决后）和审核人员开放（草稿只有申报人本人可看）。', 'error');
      else if (e.status === 404) message('申报不存在：没有编号为 ' + no + ' 的申报，请核对申报编号。', 'error');
      else message(e.message, 'error');
      return;
    }
    if (ticket !== state.loading) return;
    const materials = await materialNames(view.noticeId);
    if (ticket !== state.loading) return;
    message('');
    render(view, materials);
  }

  /** The names of the notice's materials by id (the page shows the category's name). */
  async function materialNames(noticeId) {
    if (!noticeId) return {};
    if (state.materials[noticeId]) return state.materials[noticeId];
    try {
      const notice = await api('/api/notices/' + encodeURIComponent(noticeId));
      const names = {};
      ((notice.definition && notice.definition.materials) || []).forEach((m) => { names[m.id] = m.name; });
      state.notices[noticeId] = notice.summary && notice.summary.title;
      state.materials[noticeId] = names;
      return names;
    } catch (e) {
      return {};
    }
  }

  function render(view, materials) {
    $('blind-title').textContent = '盲评材料 · 申报 ' + view.applicationNo;
    $('blind-notice').textContent = orNone(state.notices[view.noticeId] || view.noticeId);
    $('f-series').textContent = orNone(view.series);
    $('f-specialty').textContent = orNone([view.specialty, view.subSpecialty].filter((s) => s && s !== NONE).join(' / '));
    $('f-level').textContent = orNone(view.levelLabel);
    $('f-title').textContent = orNone(view.currentTitle);
    $('f-title-date').textContent = orNone(date(view.currentTitleObtainedOn));
    $('f-years').textContent = view.professionYears === null || view.professionYears === undefined ? NONE : view.professionYears + ' 年';

    const sections = $('sections');
    sections.append(
      tableSection('education', '学历学位', view.education, ['学历', '毕业院校', '所学专业', '毕业日期', '学习形式', '学位'],
        (e) => [EDUCATION_LEVELS[e.level] || e.level, e.school, e.major, date(e.graduationDate),
          e.fullTime === true ? '全日制' : (e.fullTime === false ? '非全日制' : ''), e.degree]),
      tableSection('workHistory', '工作简历', view.workHistory, ['起止时间', '工作单位', '职务或岗位'],
        (w) => [period(w.from, w.to), w.unit, w.position]),
      accomplishments('practice', '实践能力（经历）', view.practice),
      accomplishments('achievements', '业绩成果', view.achievements),
      tableSection('awards', '获奖情况', view.awards, ['奖项名称', '授予单位', '获奖日期'],
        (a) => [a.name, a.grantor, date(a.date)]),
      tableSection('intellectualProperty', '知识产权', view.intellectualProperty, ['名称', '类别', '登记号或专利号', '授权日期'],
        (p) => [p.name, p.kind, p.number, date(p.date)]),
      tableSection('books', '著（译）作', view.books, ['书名', '出版社', '出版日期', '本人角色'],
        (b) => [b.title, b.publisher, date(b.date), b.role]),
      tableSection('papers', '论文', view.papers, ['题目', '期刊', '发表日期', '作者排名'],
        (p) => [p.title, p.journal, date(p.date), p.authorRank]),
      summarySection(view.workSummary));
    renderPages(view.pages || [], materials);
    $('blind').hidden = false;
  }

  function panel(id, title, ...content) {
    return el('section', { class: 'panel', dataset: { section: id } }, el('h2', {}, title), content);
  }

  function empty() {
    return el('p', { class: 'none' }, NONE);
  }

  function tableSection(id, title, rows, heads, cells) {
    const list = (rows || []).filter(Boolean);
    if (!list.length) return panel(id, title, empty());
    return panel(id, title, el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, heads.map((h) => el('th', {}, h)))),
      el('tbody', {}, list.map((row) => el('tr', {}, cells(row).map((c) => el('td', {}, orNone(c))))))));
  }

  function accomplishments(id, title, rows) {
    const list = (rows || []).filter(Boolean);
    if (!list.length) return panel(id, title, empty());
    return panel(id, title, el('ol', { class: 'items' }, list.map((a) => el('li', {},
      el('div', { class: 'item-head' }, el('strong', {}, orNone(a.title)),
        el('span', { class: 'muted' }, period(a.from, a.to)),
        el('span', { class: 'muted' }, '本人角色：' + orNone(a.role))),
      el('p', { class: 'text' }, orNone(a.description))))));
  }

  function summarySection(summary) {
    if (!summary || !summary.trim()) return panel('workSummary', '个人业务工作总结', empty());
    return panel('workSummary', '个人业务工作总结', el('p', { class: 'text summary' }, summary));
  }

  // ---------- pages ----------

  function renderPages(pages, materials) {
    const root = clear($('pages'));
    if (!pages.length) {
      root.append(empty());
      return;
    }
    const counts = {};
    pages.forEach((page) => {
      counts[page.category] = (counts[page.category] || 0) + 1;
      const name = materials[page.category] || page.category || '材料';
      const caption = name + ' · 第 ' + counts[page.category] + ' 页';
      const image = el('img', { class: 'page-image', alt: caption, dataset: { page: page.id } });
      const button = el('button', { type: 'button', class: 'page-open', title: '查看大图', dataset: { open: page.id } }, image);
      root.append(el('figure', { class: 'page' }, button,
        el('figcaption', {}, el('strong', {}, name), el('span', { class: 'muted' },
          '第 ' + counts[page.category] + ' 页 · ' + page.width + '×' + page.height))));
      button.dataset.caption = caption;
      loadImage(page.id).then((src) => { image.src = src; })
        .catch((e) => {
          if (e.status === 401) return;
          image.replaceWith(el('span', { class: 'error' }, e.status === 403 ? '无权查看该页材料' : '图片读取失败'));
        });
    });
  }

  async function loadImage(id) {
    if (state.images[id]) return state.images[id];
    const response = await api('/api/attachments/' + encodeURIComponent(id), true);
    const blob = await response.blob();
    // the product's policy allows data: images only (no blob: URLs)
    const url = await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(new ApiFailure(0, { message: '图片读取失败' }));
      reader.readAsDataURL(new Blob([blob], { type: 'image/jpeg' }));
    });
    state.images[id] = url;
    return url;
  }

  function openViewer(button) {
    const src = state.images[button.dataset.open];
    if (!src) return;
    $('viewer-image').src = src;
    $('viewer-image').alt = button.dataset.caption;
    $('viewer-caption').textContent = button.dataset.caption;
    $('viewer').showModal();
  }

  function start() {
    $('no-form').addEventListener('submit', lookup);
    $('meetings').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-meeting]');
      if (button) openSheet(Number(button.dataset.meeting));
    });
    $('sheet-rows').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-view]');
      if (button) viewFromSheet(button.dataset.view);
    });
    $('sheet-rows').addEventListener('change', countVotes);
    $('sheet-submit').addEventListener('click', submitSheet);
    $('pages').addEventListener('click', (event) => {
      const button = event.target.closest('button[data-open]');
      if (button) openViewer(button);
    });
    $('viewer-close').addEventListener('click', () => $('viewer').close());
    $('viewer').addEventListener('click', (event) => { if (event.target === $('viewer')) $('viewer').close(); });
    session.begin();
  }

  start();
}());
