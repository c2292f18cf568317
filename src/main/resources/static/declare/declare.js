'use strict';
// The applicant's declaration pages. Everything that comes from the API is inserted as text
// (textContent, option.text, input.value): data may contain markup and must never be parsed.
(function () {
  const AUTH_KEY = 'titlereview.declare.auth';

  const LEVELS = [['SENIOR_FULL', '正高级'], ['SENIOR_DEPUTY', '副高级'], ['INTERMEDIATE', '中级'], ['ASSISTANT', '助理级'], ['JUNIOR', '员级']];
  const GENDERS = [['MALE', '男'], ['FEMALE', '女']];
  const ID_TYPES = [['RESIDENT_ID_CARD', '居民身份证'], ['HMT_RESIDENCE_PERMIT', '港澳台居民居住证'],
    ['HK_MACAO_PERMIT', '港澳居民来往内地通行证'], ['TAIWAN_PERMIT', '台湾居民来往大陆通行证'],
    ['FOREIGN_PERMANENT_RESIDENT', '外国人永久居留身份证'], ['PASSPORT', '护照']];
  const EMPLOYER_TYPES = [['GOVERNMENT_ORGAN', '机关'], ['PUBLIC_INSTITUTION', '事业单位'], ['STATE_ENTERPRISE', '国有企业'], ['PRIVATE', '民营企业'], ['FREELANCE', '自由职业'], ['OTHER', '其他']];
  const UNIT_LEVELS = [['REGION', '自治区级'], ['PREFECTURE', '地州市级'], ['COUNTY', '县级及以下'], ['OTHER', '其他']];
  const EDUCATION_LEVELS = [['HIGH_SCHOOL', '高中及以下'], ['SECONDARY_VOCATIONAL', '中专'], ['JUNIOR_COLLEGE', '大专'], ['BACHELOR', '本科'], ['MASTER', '硕士研究生'], ['DOCTOR', '博士研究生']];
  const PUTONGHUA = [['FIRST_A', '一级甲等'], ['FIRST_B', '一级乙等'], ['SECOND_A', '二级甲等'], ['SECOND_B', '二级乙等'], ['THIRD_A', '三级甲等'], ['THIRD_B', '三级乙等'], ['NONE', '无']];
  const RATINGS = [['EXCELLENT', '优秀'], ['QUALIFIED', '合格'], ['BASICALLY_QUALIFIED', '基本合格'], ['UNQUALIFIED', '不合格']];
  const SKILLED = [['SENIOR_WORKER', '高级工'], ['TECHNICIAN', '技师'], ['SENIOR_TECHNICIAN', '高级技师']];
  const PRIVATE_TRACK = [['REGISTERED_IN_AREA', '营业执照在本地区注册的民营企业专业技术人员'],
    ['FILES_WITH_AREA_AGENCY', '档案在本地区人事代理机构托管的自由职业专业技术人员'],
    ['POSTED_FROM_OUTSIDE', '疆外民营企业派驻本地区连续工作的专业技术人员'], ['NONE', '以上均不是']];
  const TASKS = {
    applicant_revise: '申报人修改', unit_review: '用人单位审核', unit_objection_review: '公示异议处理',
    competent_recommend: '主管单位推荐', committee_intake: '评审委员会形式审核', committee_paper_received: '纸质材料接收',
    defense_record: '答辩', expert_vote: '评审会表决', result_objection_review: '结果公示异议处理', hr_confirm: '人社部门审核确认'
  };
  const DECISIONS = { APPROVE: '同意', RETURN: '退回修改', REJECT: '不同意' };

  const text = (path, label, extra) => Object.assign({ path, label, kind: 'text' }, extra || {});
  const none = (path, label, extra) => text(path, label, Object.assign({ none: true }, extra || {}));
  const date = (path, label, extra) => Object.assign({ path, label, kind: 'date' }, extra || {});
  const int = (path, label, extra) => Object.assign({ path, label, kind: 'int' }, extra || {});
  const select = (path, label, options, extra) => Object.assign({ path, label, kind: 'select', options }, extra || {});
  const yesNo = (path, label, extra) => Object.assign({ path, label, kind: 'bool' }, extra || {});
  const check = (path, label, extra) => Object.assign({ path, label, kind: 'check' }, extra || {});

  const ACCOMPLISHMENT = [none('title', '名称'), date('from', '起始日期'), date('to', '截止日期'), none('role', '本人角色'),
    none('description', '内容与本人贡献', { long: true })];

  // The sections of ApplicationForm, in the order of the paper form. Paths equal the API's field names.
  const SECTIONS = [
    { id: 'basic', title: '基本信息', fields: [
      select('series', '系列', [], { series: true }), text('specialty', '专业', { specialty: true }),
      none('subSpecialty', '二级专业'), select('level', '申报级别', LEVELS, { levelOfNotice: true }),
      text('name', '姓名'), select('gender', '性别', GENDERS), select('idType', '证件类型（不选为居民身份证）', ID_TYPES),
      text('idNumber', '证件号码', { placeholder: '居民身份证18位，末位可为X' }),
      date('birthDate', '出生日期（证件号码不含出生日期的填写）'),
      text('phone', '联系电话', { placeholder: '手机或带区号的固定电话' }), text('ethnicity', '民族'), text('politics', '政治面貌'),
      text('employerUnitCode', '用人单位代码', { units: true, placeholder: '输入代码或单位名称选择' }),
      select('employerType', '单位性质', EMPLOYER_TYPES),
      select('unitLevel', '单位归属', UNIT_LEVELS)] },
    // the paths of the notice: its own review (or initial determination), direct recognition where
    // the notice has it, and evaluation by the committee a delegation letter names
    { id: 'path', title: '申报途径', hint: '直接认定：取得现职称后连续三年参加“访惠聚”驻村等基层服务工作且连续三年考核优秀，'
        + '认定现专业的高一级职称（以考代评的专业除外）。驻村年数按派驻起止日期自取得现职称起计算，优秀年数取自“年度考核”中驻村期间各年度的结果。'
        + '委托评审：持委托评审函，由函中指定的评审委员会评审，并在申报材料中上传委托评审函。', fields: [
      yesNo('situation.directRecognition', '申报途径', { pathChoice: true }),
      date('situation.villageWorkFrom', '驻村等基层服务工作起始日期（派驻日期）', { directRecognition: true }),
      date('situation.villageWorkTo', '驻村工作结束日期（仍在驻村的不填）', { directRecognition: true }),
      check('situation.delegatedEvaluation', '委托评审（已取得委托评审函）', { delegation: true }),
      select('situation.delegatedToCommittee', '受委托的评审委员会（委托评审函所指定的）', [],
        { committees: true, delegation: true })] },
    { id: 'situation', title: '相关情况', allNo: true, fields: [
      yesNo('situation.villageWork', '参加“访惠聚”驻村等工作'), yesNo('situation.aidXinjiang', '援疆专业技术人员'),
      date('situation.aidPostingFrom', '援疆报到日期（援疆人员填写）'), date('situation.aidPostingTo', '援派期满日期（援疆人员填写）'),
      yesNo('situation.transferredFromGovernmentOrgan', '由机关调入企事业单位'),
      yesNo('situation.firstApplication', '首次申报职称'), yesNo('situation.skilledWorker', '高技能人才贯通申报'),
      yesNo('situation.foreignNational', '外籍人员'), yesNo('situation.retired', '离退休人员'),
      yesNo('situation.civilServant', '公务员'), yesNo('situation.referenceCivilServant', '参照公务员法管理的事业单位工作人员（参公）'),
      yesNo('situation.underDiscipline', '受党纪、政务或行政处分且在影响期内'),
      date('situation.disciplineEndsOn', '处分影响期截止日期（选“是”时填写）'),
      yesNo('situation.underCriminalPenalty', '受刑事处罚且在处罚期内'),
      date('situation.criminalPenaltyEndsOn', '刑事处罚期截止日期（选“是”时填写）'),
      select('situation.skilledQualification', '职业资格（高技能人才贯通申报时填写）', SKILLED),
      date('situation.skilledQualificationOn', '职业资格取得日期'),
      int('situation.hrExamScore', '高级经济专业技术资格考试（人力资源管理）成绩'),
      int('situation.hrExamYear', '考试年度'),
      select('situation.privateTrackGroup', '民营企业专项评审人员类别（民营企业、自由职业人员填写）', PRIVATE_TRACK),
      date('situation.postedInAreaSince', '派驻本地区起始日期（疆外民营企业派驻人员填写）')] },
    { id: 'education', title: '学历学位', list: 'education', min: 1, row: '学历', fields: [
      select('level', '学历', EDUCATION_LEVELS), text('school', '毕业院校'), text('major', '所学专业'),
      date('graduationDate', '毕业日期'), yesNo('fullTime', '全日制'), none('degree', '学位'), none('certificateNo', '证书编号')] },
    { id: 'currentTitle', title: '现职称', hint: '首次申报时职称名称填“无”，其余各项不填。', fields: [
      none('currentTitle.name', '职称名称'), select('currentTitle.level', '级别', LEVELS), date('currentTitle.obtainedOn', '取得日期'),
      yesNo('currentTitle.obtainedInXinjiang', '在新疆取得'), none('currentTitle.issuer', '评审或发证机构'),
      none('currentTitle.certificateNo', '证书编号')] },
    { id: 'profession', title: '专业技术工作年限', fields: [
      date('professionStartDate', '从事专业技术工作起始日期'), int('professionYears', '从事专业技术工作年限（年）')] },
    { id: 'workHistory', title: '工作简历', list: 'workHistory', min: 1, row: '经历', hint: '截止日期不填表示至今。', fields: [
      date('from', '起始日期'), date('to', '截止日期'), text('unit', '工作单位'), text('position', '职务或岗位')] },
    { id: 'practice', title: '实践能力（经历）', list: 'practice', row: '项目', fields: ACCOMPLISHMENT },
    { id: 'achievements', title: '业绩成果', list: 'achievements', row: '成果', hint: '同一业绩不能与实践能力重复填写。', fields: ACCOMPLISHMENT },
    { id: 'awards', title: '获奖情况', list: 'awards', row: '奖项', empty: true, fields: [
      text('name', '奖项名称'), text('grantor', '授予单位'), date('date', '获奖日期')] },
    { id: 'intellectualProperty', title: '知识产权', list: 'intellectualProperty', row: '知识产权', empty: true, fields: [
      text('name', '名称'), text('kind', '类别', { placeholder: '如：发明专利' }), text('number', '登记号或专利号'), date('date', '授权日期')] },
    { id: 'books', title: '著（译）作', list: 'books', row: '著作', empty: true, fields: [
      text('title', '书名'), text('publisher', '出版社'), date('date', '出版日期'), none('role', '本人角色')] },
    { id: 'papers', title: '论文', list: 'papers', row: '论文', empty: true, fields: [
      text('title', '题目'), text('journal', '期刊'), date('date', '发表日期'), none('authorRank', '作者排名')] },
    { id: 'continuingEducation', title: '继续教育（每年学时）', list: 'continuingEducation', row: '年度', yearly: true, fields: [
      int('year', '年度'), int('publicHours', '公需科目学时'), int('professionalHours', '专业科目学时')] },
    { id: 'annualAssessments', title: '年度考核', list: 'annualAssessments', row: '年度', yearly: true, fields: [
      int('year', '年度'), select('rating', '考核结果', RATINGS)] },
    { id: 'putonghua', title: '普通话与社会保险', fields: [
      select('putonghuaLevel', '普通话水平', PUTONGHUA), int('socialInsuranceMonths', '社会保险缴纳月数')] },
    { id: 'workSummary', title: '个人业务工作总结', hint: '任现职以来的个人业务工作总结，不得出现本人姓名和工作单位。', fields: [
      text('workSummary', '工作总结', { summary: true })] },
    { id: 'pledge', title: '承诺书', fields: [
      { path: 'pledge.accepted', label: '本人承诺所填信息和所传材料真实、完整、有效，如有弄虚作假，愿承担相应责任。', kind: 'check', short: '承诺书 · 本人承诺' },
      date('pledge.date', '承诺日期')] }
  ];

  const state = { notices: [], app: null, notice: null, report: null, images: {} };
  const $ = (id) => document.getElementById(id);

  const { el, clear } = TitleReviewPage;

  const beijing = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
  function when(iso) {
    return iso ? beijing.format(new Date(iso)) : '';
  }
  function labelOf(options, code) {
    const found = options.find((o) => o[0] === code);
    return found ? found[1] : (code || '');
  }

  // ---------- the session ----------

  const session = TitleReviewPage.session({
    key: AUTH_KEY,
    views: ['view-login', 'view-home', 'view-application'],
    probe: (auth) => TitleReviewPage.call(auth, 'GET', '/api/applications'),
    refused: (e) => (e.status === 403 ? '该账号不是申报人账号，请使用申报人账号登录' : e.message),
    open: () => openHome(),
    closed() {
      state.app = null;
      state.images = {};
    }
  });
  const { show, flash, api } = session;

  async function openHome() {
    show('view-home');
    try {
      state.account = await api('GET', '/api/account');
      if (state.account.registered) $('who-name').textContent = '当前用户：' + session.user + '（' + state.account.name + '，已实名注册）';
    } catch (e) {
      state.account = null;
    }
    try {
      const [notices, mine] = await Promise.all([api('GET', '/api/notices'), api('GET', '/api/applications')]);
      state.notices = notices;
      renderNotices(notices);
      renderMine(mine);
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  function renderNotices(notices) {
    const body = clear($('notices').tBodies[0]);
    notices.forEach((n) => {
      const action = n.open
        ? el('button', { type: 'button', class: 'primary small', dataset: { create: n.id } }, '新建申报')
        : el('span', { class: 'muted' }, '不在申报期');
      body.append(el('tr', { dataset: { notice: n.id } },
        el('td', {}, n.title), el('td', {}, n.year), el('td', {}, n.issuer),
        el('td', {}, when(n.declarationStart) + ' 至 ' + when(n.declarationEnd)),
        el('td', {}, el('span', { class: 'tag ' + (n.open ? 'ok' : 'muted') }, n.declarationState)),
        el('td', {}, action)));
    });
  }

  function noticeTitle(id) {
    const n = state.notices.find((x) => x.id === id);
    return n ? n.title : id;
  }

  function renderMine(mine) {
    const body = clear($('mine').tBodies[0]);
    $('mine-empty').hidden = mine.length > 0;
    $('mine').hidden = mine.length === 0;
    mine.forEach((a) => {
      const scope = [a.series, a.specialty, labelOf(LEVELS, a.level)].filter(Boolean).join(' / ');
      body.append(el('tr', { dataset: { application: a.applicationNo } },
        el('td', {}, a.applicationNo), el('td', {}, noticeTitle(a.noticeId)), el('td', {}, scope || '（未填写）'),
        el('td', {}, el('span', { class: 'tag status-' + a.status }, a.statusLabel)), el('td', {}, a.submissionCount),
        el('td', {}, when(a.updatedAt)),
        el('td', {}, el('button', { type: 'button', class: 'small', dataset: { open: a.applicationNo } }, '打开'))));
    });
  }

  async function createDraft(noticeId) {
    try {
      const view = await api('POST', '/api/applications', { noticeId });
      flash('已创建申报草稿 ' + view.applicationNo + '，请逐项填写。', 'ok');
      await openApplication(view.applicationNo, view);
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  // ---------- one application ----------

  async function openApplication(no, view) {
    try {
      const app = view || await api('GET', '/api/applications/' + encodeURIComponent(no));
      const noticeId = app.form && app.form.noticeId;
      if (!state.notice || state.notice.summary.id !== noticeId) {
        state.notice = await api('GET', '/api/notices/' + encodeURIComponent(noticeId));
      }
      if (!state.units) state.units = await api('GET', '/api/units');
      if (!state.committees) state.committees = await api('GET', '/api/committees');
      state.app = app;
      state.report = null;
      show('view-application');
      renderStatus();
      renderForm(app.form);
      clearProblems();
      $('check-verdict').textContent = '';
      $('check-problems').hidden = true;
      await refreshMaterials();
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  function editable() {
    return state.app && (state.app.status === 'DRAFT' || state.app.status === 'RETURNED');
  }

  function renderStatus() {
    const app = state.app;
    $('app-title').textContent = '申报 ' + app.applicationNo;
    $('app-notice').textContent = state.notice.summary.title;
    const status = $('app-status');
    clear(status).append(el('span', { class: 'tag status-' + app.status }, app.statusLabel));
    $('app-stage').textContent = app.stage || '—';
    $('app-path').textContent = (app.path && app.path.label) || '—';
    $('app-submissions').textContent = app.submissionCount + ' 次' + submissionLimitText();
    $('app-fee').textContent = app.fee === null || app.fee === undefined ? '尚未确定' : app.fee + ' 元';
    $('app-updated').textContent = when(app.updatedAt);

    const decisions = app.decisions || [];
    const body = clear($('app-decisions').tBodies[0]);
    decisions.forEach((d) => {
      const reasons = el('ul', { class: 'reasons' }, (d.returnReasons || []).map((r) => el('li', {}, r)));
      body.append(el('tr', {},
        el('td', {}, when(d.decidedAt)), el('td', {}, TASKS[d.taskKey] || d.taskKey), el('td', {}, '第' + d.snapshotVersion + '次'),
        el('td', {}, el('span', { class: 'tag decision-' + d.decision }, DECISIONS[d.decision] || d.decision)),
        el('td', {}, d.comment || ''), el('td', {}, reasons)));
    });
    $('app-decisions').hidden = decisions.length === 0;
    $('app-decisions-empty').hidden = decisions.length > 0;

    const returned = $('app-returned');
    returned.hidden = app.status !== 'RETURNED';
    if (app.status === 'RETURNED') {
      const last = decisions.filter((d) => d.decision === 'RETURN').pop();
      const list = clear($('app-return-reasons'));
      ((last && last.returnReasons) || []).forEach((r) => list.append(el('li', {}, r)));
      $('app-fix-deadline').textContent = fixDeadlineText(app, decisions);
    }
    const readOnly = !editable();
    $('form-readonly').hidden = !readOnly;
    $('save').disabled = readOnly;
    $('submit').disabled = readOnly;
    $('submit').textContent = app.status === 'RETURNED' ? '修改后重新提交' : '提交申报';
  }

  function submissionLimitText() {
    const submission = state.notice.definition && state.notice.definition.submission;
    return submission && submission.limit ? '（本通知最多提交 ' + submission.limit + ' 次，含首次提交）' : '';
  }

  /**
   * The deadline is the engine's own (the fix-window timer, working days included); the notice's
   * window for this return ("48 小时", "2 日") is quoted beside it.
   */
  function fixDeadlineText(app, decisions) {
    const submission = state.notice.definition && state.notice.definition.submission;
    const windows = (submission && submission.fixWindows) || [];
    const returns = decisions.filter((d) => d.decision === 'RETURN').length;
    const window = windows[Math.min(returns, windows.length) - 1];
    const hours = window && /^PT(\d+)H$/.exec(window);
    const days = window && /^P(\d+)D$/.exec(window);
    const span = hours ? hours[1] + ' 小时' : (days ? days[1] + ' 日' : '');
    if (app.reviseBy) {
      return '请按以下原因逐条修改，' + (span ? '在退回后 ' + span + '内（' + when(app.reviseBy) + ' 前）'
        : '在 ' + when(app.reviseBy) + ' 前') + '重新提交，逾期视为放弃。';
    }
    return '请按以下原因修改，并在通知规定的时限内' + (span ? '（退回后 ' + span + '内）' : '') + '重新提交。';
  }

  // ---------- the form ----------

  function scopeEntries() {
    const scope = state.notice.definition && state.notice.definition.scope;
    return (scope && scope.entries) || [];
  }

  function seriesOptions() {
    const seen = [];
    scopeEntries().forEach((e) => { if (e.series && !seen.includes(e.series)) seen.push(e.series); });
    return seen.map((s) => [s, s]);
  }

  function widget(field, value, prefix) {
    const full = prefix + field.path;
    let input;
    if (field.pathChoice) {
      const name = 'path-' + Math.random().toString(36).slice(2, 8);
      const choices = [[false, standardPathName()]];
      if (noticePolicy('DIRECT_RECOGNITION')) choices.push([true, '直接认定']);
      input = el('span', { class: 'yesno path-choice', role: 'radiogroup', dataset: { field: full, kind: 'bool', path: field.path } },
        choices.map(([code, label]) => el('label', {}, el('input', {
          type: 'radio', name, value: String(code), checked: (value === true) === code }), label)));
    } else if (field.kind === 'select') {
      const options = field.series ? seriesOptions()
        : (field.committees ? (state.committees || []).map((c) => [c.code, c.name]) : field.options);
      input = el('select', { dataset: { field: full, kind: 'select', path: field.path } },
        el('option', { value: '' }, '请选择'), options.map(([code, label]) => el('option', { value: code }, label)));
      if (value !== null && value !== undefined && !options.some((o) => o[0] === value)) {
        input.append(el('option', { value }, value));
      }
      input.value = value === null || value === undefined ? '' : value;
    } else if (field.kind === 'bool') {
      const name = 'yn-' + full.replace(/[^A-Za-z0-9]/g, '-') + '-' + Math.random().toString(36).slice(2, 8);
      input = el('span', { class: 'yesno', role: 'radiogroup', dataset: { field: full, kind: 'bool', path: field.path } },
        el('label', {}, el('input', { type: 'radio', name, value: 'true', checked: value === true }), '是'),
        el('label', {}, el('input', { type: 'radio', name, value: 'false', checked: value === false }), '否'));
    } else if (field.kind === 'check') {
      input = el('input', { type: 'checkbox', checked: value === true, dataset: { field: full, kind: 'check', path: field.path } });
      return el('label', { class: 'check', dataset: { pathPart: field.delegation ? 'delegation' : '' } }, input, field.label);
    } else if (field.long || field.summary) {
      input = el('textarea', { rows: field.summary ? 12 : 3, dataset: { field: full, kind: 'text', path: field.path } });
      input.value = value === null || value === undefined ? '' : value;
    } else {
      input = el('input', {
        type: 'text', inputmode: field.kind === 'int' ? 'numeric' : null,
        placeholder: field.placeholder || (field.kind === 'date' ? 'YYYY-MM-DD' : null),
        list: field.specialty ? 'specialty-choices' : (field.units ? 'unit-choices' : null),
        dataset: { field: full, kind: field.kind, path: field.path }
      });
      input.value = value === null || value === undefined ? '' : String(value);
    }
    const parts = [input];
    if (field.none) {
      parts.push(el('button', { type: 'button', class: 'none small', title: '填“无”', dataset: { none: '1' } }, '无'));
    }
    if (field.summary) parts.push(el('p', { class: 'counter', id: 'summary-count' }));
    if (field.units) parts.push(el('p', { class: 'counter', id: 'unit-name' }));
    return el('label', {
      class: 'field' + (field.long || field.summary || field.committees ? ' wide' : ''),
      dataset: { pathPart: field.directRecognition ? 'directRecognition' : (field.delegation ? 'delegation' : '') }
    }, el('span', { class: 'label' }, field.label), el('span', { class: 'control' }, parts));
  }

  /** 评审 or 初定: what the notice itself does. */
  function standardPathName() {
    const flow = state.notice.definition && state.notice.definition.flow;
    return flow === 'INITIAL_DETERMINATION' ? '初定' : '评审';
  }

  function noticePolicy(kind) {
    const policies = (state.notice.definition && state.notice.definition.specialPolicies) || [];
    return policies.some((p) => p.kind === kind);
  }

  /**
   * Shows the facts of the chosen path only: the village-work dates with direct recognition, the
   * delegation where the notice allows letters (never with direct recognition), the committee once
   * the letter is ticked.
   */
  function refreshPath() {
    const chosen = document.querySelector('[data-field="situation.directRecognition"] input:checked');
    const direct = !!chosen && chosen.value === 'true';
    const delegable = standardPathName() === '评审' && noticePolicy('DELEGATED_EVALUATION');
    const letter = document.querySelector('[data-field="situation.delegatedEvaluation"]');
    document.querySelectorAll('[data-path-part="directRecognition"]').forEach((n) => { n.hidden = !direct; });
    document.querySelectorAll('[data-path-part="delegation"]').forEach((n) => {
      const isCommittee = !!n.querySelector('[data-field="situation.delegatedToCommittee"]');
      n.hidden = direct || !delegable || (isCommittee && !(letter && letter.checked));
    });
  }

  function get(object, path) {
    return path.split('.').reduce((o, key) => (o === null || o === undefined ? undefined : o[key]), object);
  }

  function renderForm(form) {
    const root = clear($('form-fields'));
    const toc = clear($('toc'));
    root.disabled = !editable();
    root.append(el('datalist', { id: 'specialty-choices' }));
    // the directory's units: the code is what is sent, the name shows beside it
    root.append(el('datalist', { id: 'unit-choices' },
      (state.units || []).map((u) => el('option', { value: u.code }, u.name))));
    SECTIONS.forEach((section, index) => {
      const number = (index + 1) + '. ';
      toc.append(el('a', { href: '#sec-' + section.id }, number + section.title));
      const box = el('section', { class: 'section', id: 'sec-' + section.id, dataset: { section: section.id } },
        el('h2', {}, number + section.title));
      if (section.hint) box.append(el('p', { class: 'hint' }, section.hint));
      if (section.allNo) {
        box.append(el('p', {}, el('button', { type: 'button', class: 'small', dataset: { allNo: section.id } }, '以下各项均为“否”')));
      }
      if (section.list) {
        const rows = el('div', { class: 'rows', dataset: { field: section.list, list: section.list } });
        box.append(rows);
        const items = (form && form[section.list]) || [];
        items.forEach((item) => rows.append(listRow(section, item)));
        if (items.length === 0 && section.min) rows.append(listRow(section, {}));
        box.append(el('p', { class: 'row-actions' },
          el('button', { type: 'button', class: 'small', dataset: { add: section.list } }, '添加' + section.row),
          section.empty ? el('span', { class: 'muted', dataset: { emptyNote: section.list } }, '没有' + section.title + '时不添加行，保存后记为“无”。') : null));
        renumber(rows);
      } else {
        const grid = el('div', { class: 'grid-fields' });
        section.fields.forEach((f) => grid.append(widget(f, get(form, f.path), '')));
        box.append(grid);
      }
      root.append(box);
    });
    refreshSpecialties();
    updateSummaryCount();
    updateUnitName();
    refreshPath();
    lockRegisteredIdentity();
  }

  /** 实名注册: the name and document of a registered account come from the registration and cannot be changed here. */
  function lockRegisteredIdentity() {
    if (!state.account || !state.account.registered) return;
    ['name', 'idType', 'idNumber'].forEach((path) => {
      const input = document.querySelector('#form-fields [data-field="' + path + '"]');
      if (!input) return;
      if (input.tagName === 'SELECT') input.disabled = true;
      else input.readOnly = true;
      input.title = '取自实名注册信息，不能修改';
      input.classList.add('registered');
    });
  }

  function listRow(section, item) {
    const row = el('div', { class: 'list-row', dataset: { row: section.list } },
      el('div', { class: 'row-head' }, el('span', { class: 'row-no' }),
        el('button', { type: 'button', class: 'small danger', dataset: { remove: '1' } }, '删除此行')),
      el('div', { class: 'grid-fields' }, section.fields.map((f) => widget(f, item[f.path], ''))));
    return row;
  }

  function sectionOf(list) {
    return SECTIONS.find((s) => s.list === list);
  }

  /** Gives every control of a list its API path (education[0].school) after adding or removing rows. */
  function renumber(rows) {
    const section = sectionOf(rows.dataset.list);
    [...rows.children].forEach((row, i) => {
      row.querySelector('.row-no').textContent = section.row + ' ' + (i + 1);
      row.querySelectorAll('[data-path]').forEach((node) => {
        node.dataset.field = section.list + '[' + i + '].' + node.dataset.path;
      });
    });
    const note = rows.parentElement && rows.parentElement.querySelector('[data-empty-note="' + section.list + '"]');
    if (note) note.hidden = rows.children.length > 0;
  }

  function addRow(list) {
    const section = sectionOf(list);
    const rows = document.querySelector('.rows[data-list="' + list + '"]');
    const item = {};
    if (section.yearly && rows.children.length > 0) {
      const years = [...rows.querySelectorAll('[data-path="year"]')].map((n) => parseInt(n.value, 10)).filter((y) => !isNaN(y));
      if (years.length) item.year = Math.max(...years) + 1;
    }
    const row = listRow(section, item);
    rows.append(row);
    renumber(rows);
    const first = row.querySelector('input, select, textarea');
    if (first) first.focus();
  }

  function refreshSpecialties() {
    const series = document.querySelector('[data-field="series"]');
    const list = $('specialty-choices');
    const levelSelect = document.querySelector('[data-field="level"]');
    if (!series || !list) return;
    clear(list);
    const entries = scopeEntries().filter((e) => !series.value || e.series === series.value);
    const specialties = [];
    const levels = [];
    entries.forEach((e) => {
      (e.specialties || []).forEach((s) => { if (!specialties.includes(s)) specialties.push(s); });
      (e.levels || []).forEach((l) => { if (l.code && !levels.includes(l.code)) levels.push(l.code); });
    });
    specialties.forEach((s) => list.append(el('option', { value: s })));
    if (levelSelect) {
      [...levelSelect.options].forEach((o) => { o.hidden = !!o.value && levels.length > 0 && !levels.includes(o.value); });
    }
  }

  /** The unit's name beside its code, or a warning when the directory does not know the code. */
  function updateUnitName() {
    const input = document.querySelector('[data-field="employerUnitCode"]');
    const hint = $('unit-name');
    if (!input || !hint) return;
    const code = input.value.trim();
    const unit = (state.units || []).find((u) => u.code === code);
    hint.textContent = !code ? '' : (unit ? unit.name : '目录中没有此代码，请核对');
    hint.classList.toggle('warn', !!code && !unit);
  }

  function updateSummaryCount() {
    const area = document.querySelector('[data-field="workSummary"]');
    const counter = $('summary-count');
    if (!area || !counter) return;
    const count = [...area.value].length;
    const rule = (state.notice.definition && state.notice.definition.workSummary) || {};
    let limits = '';
    if (rule.minChars && rule.maxChars) limits = '（本通知要求 ' + rule.minChars + '—' + rule.maxChars + ' 字）';
    else if (rule.maxChars) limits = '（本通知要求不超过 ' + rule.maxChars + ' 字）';
    else if (rule.minChars) limits = '（本通知要求不少于 ' + rule.minChars + ' 字）';
    counter.textContent = '已输入 ' + count + ' 字' + limits;
    const outside = (rule.minChars && count < rule.minChars) || (rule.maxChars && count > rule.maxChars);
    counter.classList.toggle('warn', !!outside);
  }

  /** Reads the form back into an ApplicationForm; empty means "not filled in yet" (null). */
  function collect() {
    const problems = [];
    const read = (node) => {
      const kind = node.dataset.kind;
      if (kind === 'bool') {
        const checked = node.querySelector('input:checked');
        return checked ? checked.value === 'true' : null;
      }
      if (kind === 'check') return node.checked ? true : null;
      const value = node.value.trim();
      if (value === '') return null;
      if (kind === 'int') {
        if (!/^\d+$/.test(value)) {
          problems.push({ field: node.dataset.field, rule: '格式', message: '请填写整数' });
          return null;
        }
        return parseInt(value, 10);
      }
      if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        problems.push({ field: node.dataset.field, rule: '格式', message: '日期格式应为 YYYY-MM-DD，例如 2024-09-01' });
        return null;
      }
      return node.value;
    };
    const form = { noticeId: state.app.form.noticeId };
    const setPath = (target, path, value) => {
      const keys = path.split('.');
      let o = target;
      keys.slice(0, -1).forEach((k) => { o[k] = o[k] || {}; o = o[k]; });
      o[keys[keys.length - 1]] = value;
    };
    SECTIONS.forEach((section) => {
      const box = document.querySelector('[data-section="' + section.id + '"]');
      if (section.list) {
        // a row left untouched is no entry (the API refuses blank entries)
        // and the entries are numbered as sent, so that the API's problems land on the right row
        form[section.list] = [];
        box.querySelectorAll('.list-row').forEach((row) => {
          const controls = row.querySelectorAll('[data-kind]');
          const touched = [...controls].some((node) => (node.dataset.kind === 'bool'
            ? node.querySelector('input:checked') !== null : node.value.trim() !== ''));
          const index = touched ? form[section.list].length : 'unsent';
          controls.forEach((node) => { node.dataset.field = section.list + '[' + index + '].' + node.dataset.path; });
          if (!touched) return;
          const item = {};
          controls.forEach((node) => { item[node.dataset.path] = read(node); });
          form[section.list].push(item);
        });
      } else {
        box.querySelectorAll('[data-kind]').forEach((node) => setPath(form, node.dataset.path, read(node)));
      }
    });
    return { form, problems };
  }

  // ---------- field problems ----------

  function fieldLabel(path) {
    if (!path) return '申报信息';
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(path);
    if (!m) return path;
    const section = SECTIONS.find((s) => s.list === m[1]);
    if (section) {
      const field = m[3] && section.fields.find((f) => f.path === m[3]);
      return section.title + (m[2] !== undefined ? ' 第' + (Number(m[2]) + 1) + '行' : '') + (field ? ' · ' + field.label : '');
    }
    const flat = m[3] ? m[1] + '.' + m[3] : m[1];
    for (const s of SECTIONS) {
      const field = s.fields.find((f) => f.path === flat || f.path === m[1]);
      if (field) return field.short || (field.path.includes('.') ? s.title + ' · ' + field.label : field.label);
    }
    if (m[1] === 'materials' || m[1] === 'attachments') return '申报材料';
    return path;
  }

  function clearProblems() {
    document.querySelectorAll('.field-error').forEach((n) => n.remove());
    document.querySelectorAll('.invalid').forEach((n) => n.classList.remove('invalid'));
    $('form-errors').hidden = true;
    $('submit-errors').hidden = true;
  }

  function controlFor(field) {
    if (!field) return null;
    const material = /^(?:attachments|materials)\.(.+)$/.exec(field);
    if (material) return document.querySelector('[data-material="' + CSS.escape(material[1]) + '"]');
    const exact = document.querySelector('[data-field="' + CSS.escape(field) + '"]');
    if (exact) return exact;
    // a problem about a whole row or list: its first control
    return document.querySelector('[data-field^="' + CSS.escape(field) + '"]');
  }

  /** Shows each problem next to its field where there is one, and all of them in the box. */
  function showProblems(box, title, problems) {
    clear(box);
    box.append(el('p', { class: 'problems-title' }, title));
    const list = el('ul', {});
    let first = null;
    problems.forEach((p) => {
      const control = controlFor(p.field);
      if (control) {
        const holder = control.closest('.field') || control.closest('.section') || control;
        holder.classList.add('invalid');
        const message = el('p', { class: 'field-error', dataset: { errorFor: p.field || '' } }, p.message);
        const existing = holder.querySelector('.field-error');
        if (!existing || existing.textContent !== p.message) holder.append(message);
        first = first || holder;
      }
      const item = el('li', { dataset: { problemField: p.field || '' } },
        el('strong', {}, fieldLabel(p.field)), '：', p.message);
      if (control) {
        item.append(' ', el('a', { href: '#', class: 'goto', dataset: { goto: p.field } }, '定位'));
      }
      list.append(item);
    });
    box.append(list);
    box.hidden = false;
    return first;
  }

  async function save(event) {
    if (event) event.preventDefault();
    if (!editable()) return false;
    clearProblems();
    state.saveError = null;
    $('save-result').textContent = '';
    const { form, problems } = collect();
    if (problems.length) {
      showProblems($('form-errors'), '请先改正以下内容：', problems).scrollIntoView({ block: 'center' });
      return false;
    }
    try {
      const view = await api('PUT', '/api/applications/' + encodeURIComponent(state.app.applicationNo), form);
      state.app = view;
      renderStatus();
      // the API answers the ID number masked: keep it so that saving again leaves it unchanged
      const id = document.querySelector('[data-field="idNumber"]');
      if (id && view.form) id.value = view.form.idNumber || '';
      // what the notice asks may depend on what was just saved (e.g. the kind of employer)
      await refreshMaterials();
      $('save-result').textContent = '已保存（' + when(view.updatedAt) + '）';
      return true;
    } catch (e) {
      state.saveError = e;
      if (e.status === 400) {
        const target = showProblems($('form-errors'), e.message || '申报信息有误：', e.body.errors || []);
        (target || $('form-errors')).scrollIntoView({ block: 'center' });
      } else if (e.status !== 401) {
        $('save-result').textContent = '';
        showProblems($('form-errors'), e.message, []);
      }
      return false;
    }
  }

  // ---------- materials ----------

  async function refreshMaterials() {
    try {
      state.report = await api('GET', '/api/applications/' + encodeURIComponent(state.app.applicationNo) + '/eligibility');
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
      return;
    }
    renderMaterials();
  }

  function renderMaterials() {
    const root = clear($('materials'));
    const pages = state.app.attachments || [];
    const materials = (state.report && state.report.materials) || [];
    const known = new Set(materials.map((m) => m.id));
    materials.forEach((m) => root.append(materialCard(m, pages.filter((p) => p.category === m.id))));
    const others = pages.filter((p) => !known.has(p.category));
    if (others.length) {
      root.append(materialCard({ id: null, name: '其他已上传的材料（本通知对您不要求）', clause: '' }, others));
    }
  }

  function materialCard(material, pages) {
    const uploaded = pages.length > 0;
    const card = el('div', { class: 'material', dataset: { material: material.id || 'other' } },
      el('div', { class: 'material-head' },
        el('h3', {}, material.name),
        el('span', { class: 'tag ' + (uploaded ? 'ok' : 'warn') }, uploaded ? '已上传 ' + pages.length + ' 页' : '未上传')),
      material.clause ? el('p', { class: 'hint' }, '依据：' + material.clause) : null);
    if (material.id && editable()) {
      const input = el('input', { type: 'file', accept: '.jpg,.jpeg,image/jpeg', multiple: true,
        dataset: { upload: material.id }, 'aria-label': '上传' + material.name });
      card.append(el('label', { class: 'upload' }, input, uploaded ? '继续上传一页（JPG）' : '选择JPG文件上传'));
    }
    const list = el('div', { class: 'pages' });
    pages.forEach((p, i) => list.append(pageView(p, i + 1)));
    card.append(list);
    return card;
  }

  function maskState(page) {
    if (page.needsMasking === null || page.needsMasking === undefined) return ['warn', '未确认是否需要遮盖'];
    if (page.needsMasking === false) return ['ok', '已确认无需遮盖'];
    return ['ok', '已遮盖 ' + (page.rectangles || []).length + ' 处'];
  }

  function pageView(page, number) {
    const [kind, label] = maskState(page);
    const settled = page.needsMasking !== null && page.needsMasking !== undefined;
    const box = el('div', { class: 'page' + (settled ? ' settled' : ''), dataset: { page: page.id } },
      el('div', { class: 'page-head' },
        el('strong', {}, '第 ' + number + ' 页'), el('span', { class: 'muted' }, page.originalName + '（' + page.width + '×' + page.height + '）'),
        el('span', { class: 'tag ' + kind, dataset: { maskState: page.id } }, label)));
    const stage = el('div', { class: 'mask-stage' });
    const image = el('img', { alt: '材料第' + number + '页', class: 'page-image' });
    const canvas = el('canvas', { class: 'mask-canvas', dataset: { canvas: page.id } });
    stage.append(image, canvas);
    const editor = el('div', { class: 'mask-editor' }, stage);
    const result = el('div', { class: 'mask-result' });
    const rects = (page.rectangles || []).map((r) => Object.assign({}, r));
    const controls = el('div', { class: 'mask-controls' });
    if (editable()) {
      const name = 'mask-' + page.id;
      const yes = el('input', { type: 'radio', name, value: 'true', checked: page.needsMasking === true });
      const no = el('input', { type: 'radio', name, value: 'false', checked: page.needsMasking === false });
      const save = el('button', { type: 'button', class: 'primary small', dataset: { saveMask: page.id } }, '保存遮盖');
      const confirm = el('button', { type: 'button', class: 'small', dataset: { noMask: page.id } }, '确认无需遮盖');
      const undo = el('button', { type: 'button', class: 'small' }, '撤销上一个矩形');
      const remove = el('button', { type: 'button', class: 'small danger', dataset: { deletePage: page.id } }, '删除此页');
      const draw = el('p', { class: 'hint' }, '在图片上按住鼠标拖动，画出需要涂黑的区域（本人姓名、工作单位）。');
      const sync = () => {
        const masking = yes.checked;
        box.classList.toggle('editing', masking);
        fit();
        stage.classList.toggle('drawing', masking);
        save.hidden = !masking;
        undo.hidden = !masking;
        draw.hidden = !masking;
        confirm.hidden = !no.checked;
      };
      yes.addEventListener('change', sync);
      no.addEventListener('change', sync);
      undo.addEventListener('click', () => { rects.pop(); paint(); });
      save.addEventListener('click', () => sendMask(page, true, rects));
      confirm.addEventListener('click', () => sendMask(page, false, []));
      remove.addEventListener('click', () => deletePage(page));
      controls.append(
        el('span', { class: 'yesno' }, '需要遮盖：', el('label', {}, yes, '是'), el('label', {}, no, '否')),
        confirm, save, undo, remove, draw);
      sync();
      attachDrawing(canvas, image, rects, () => stage.classList.contains('drawing'), paint);
    }
    box.append(controls, el('div', { class: 'page-body' }, editor, result));

    function paint() {
      const ctx = canvas.getContext('2d');
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      const scale = canvas.width / (page.width || 1);
      ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
      ctx.strokeStyle = '#d4380d';
      ctx.lineWidth = 2;
      rects.forEach((r) => {
        ctx.fillRect(r.x * scale, r.y * scale, r.width * scale, r.height * scale);
        ctx.strokeRect(r.x * scale, r.y * scale, r.width * scale, r.height * scale);
      });
      canvas.dataset.rectangles = String(rects.length);
    }
    // the canvas covers the image at the size it is shown (larger while drawing)
    function fit() {
      if (!image.complete || !image.naturalWidth) return;
      canvas.width = image.clientWidth;
      canvas.height = image.clientHeight;
      paint();
    }
    image.addEventListener('load', fit);
    loadImage(page, false).then((src) => { image.src = src; });
    if (page.masked) {
      const masked = el('img', { alt: '遮盖后的第' + number + '页', class: 'page-image', dataset: { masked: page.id } });
      result.append(el('p', { class: 'muted' }, '遮盖后（审核和评审人员看到的图片）：'), masked);
      loadImage(page, true).then((src) => { masked.src = src; });
    }
    return box;
  }

  /** Rectangles drawn with the mouse, kept in pixels of the stored image. */
  function attachDrawing(canvas, image, rects, active, paint) {
    let start = null;
    let current = null;
    const point = (event) => {
      const box = canvas.getBoundingClientRect();
      const scale = image.naturalWidth / box.width;
      const x = Math.min(Math.max(event.clientX - box.left, 0), box.width) * scale;
      const y = Math.min(Math.max(event.clientY - box.top, 0), box.height) * scale;
      return { x, y };
    };
    // moves and the release are followed on the window (the mouse may leave the image while
    // drawing) and only while drawing, so pages drawn again leave no listeners behind
    const move = (event) => {
      const p = point(event);
      current.x = Math.round(Math.min(start.x, p.x));
      current.y = Math.round(Math.min(start.y, p.y));
      current.width = Math.round(Math.abs(p.x - start.x));
      current.height = Math.round(Math.abs(p.y - start.y));
      paint();
    };
    const release = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', release);
      if (current.width < 2 || current.height < 2) rects.splice(rects.indexOf(current), 1);
      start = null;
      current = null;
      paint();
    };
    canvas.addEventListener('mousedown', (event) => {
      if (!active() || event.button !== 0) return;
      event.preventDefault();
      start = point(event);
      current = { x: Math.round(start.x), y: Math.round(start.y), width: 0, height: 0 };
      rects.push(current);
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', release);
    });
  }

  async function loadImage(page, masked) {
    const key = page.id + (masked ? ':masked:' + (page.rectangles || []).map((r) => [r.x, r.y, r.width, r.height].join(',')).join(';') : '');
    if (state.images[key]) return state.images[key];
    const response = await api('GET', '/api/attachments/' + encodeURIComponent(page.id) + (masked ? '?masked=true' : ''), undefined, true);
    const blob = await response.blob();
    // the page's policy allows data: images only (no blob: URLs)
    const url = await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.readAsDataURL(new Blob([blob], { type: 'image/jpeg' }));
    });
    state.images[key] = url;
    return url;
  }

  async function upload(input) {
    const category = input.dataset.upload;
    const files = [...input.files];
    if (!files.length) return;
    const card = input.closest('.material');
    for (const file of files) {
      const data = new FormData();
      data.append('category', category);
      data.append('file', file, file.name);
      try {
        await api('POST', '/api/applications/' + encodeURIComponent(state.app.applicationNo) + '/attachments', data);
      } catch (e) {
        if (e.status === 401) return;
        const messages = (e.body.errors || []).map((p) => p.message);
        card.append(el('p', { class: 'field-error' }, file.name + '：' + (messages.length ? messages.join('；') : e.message)));
        return;
      }
    }
    await reloadApplication();
  }

  async function sendMask(page, needsMasking, rects) {
    if (needsMasking && rects.length === 0) {
      flash('请先在图片上拖出至少一个需要遮盖的矩形', 'error');
      return;
    }
    try {
      await api('POST', '/api/attachments/' + encodeURIComponent(page.id) + '/masks',
        { needsMasking, rectangles: needsMasking ? rects.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })) : [] });
      flash(needsMasking ? '已保存遮盖，请核对遮盖后的图片。' : '已确认本页无需遮盖。', 'ok');
      await reloadApplication();
    } catch (e) {
      if (e.status !== 401) {
        const messages = (e.body.errors || []).map((p) => p.message);
        flash(messages.length ? messages.join('；') : e.message, 'error');
      }
    }
  }

  async function deletePage(page) {
    try {
      await api('DELETE', '/api/attachments/' + encodeURIComponent(page.id));
      await reloadApplication();
    } catch (e) {
      if (e.status !== 401) flash(e.message, 'error');
    }
  }

  async function reloadApplication() {
    state.app = await api('GET', '/api/applications/' + encodeURIComponent(state.app.applicationNo));
    renderStatus();
    await refreshMaterials();
  }

  // ---------- pre-check and submission ----------

  async function runCheck() {
    clearProblems();
    if (editable()) {
      if (!(await save())) {
        $('check-verdict').textContent = '请先改正申报信息中的错误，再进行预检。';
        $('check-verdict').className = 'verdict error';
        return;
      }
    } else {
      await refreshMaterials();
    }
    renderReport();
  }

  function renderReport() {
    const report = state.report;
    if (!report) return;
    const verdict = $('check-verdict');
    const problems = report.problems || [];
    if (report.submittable) {
      verdict.textContent = '预检通过：符合申报条件，材料齐全，可以提交。';
      verdict.className = 'verdict ok';
    } else if (report.eligible) {
      verdict.textContent = '共 ' + problems.length + ' 项问题，均可修改补正，补正后才能提交。';
      verdict.className = 'verdict warn';
    } else {
      verdict.textContent = '共 ' + problems.length + ' 项问题，其中 ' + problems.filter((p) => !p.fixable).length + ' 项不可补正：不符合本通知的申报条件。';
      verdict.className = 'verdict error';
    }
    const body = clear($('check-problems').tBodies[0]);
    problems.forEach((p) => {
      const fieldCell = el('td', {}, fieldLabel(p.field));
      if (p.field && controlFor(p.field)) {
        fieldCell.append(' ', el('a', { href: '#', class: 'goto', dataset: { goto: p.field } }, '定位'));
      }
      fieldCell.append(el('div', { class: 'path' }, p.field || ''));
      body.append(el('tr', { class: p.fixable ? 'fixable' : 'final' },
        fieldCell, el('td', {}, p.rule), el('td', {}, p.message), el('td', {}, p.clause || ''),
        el('td', {}, el('span', { class: 'tag ' + (p.fixable ? 'warn' : 'error') }, p.fixable ? '可补正' : '不可补正'))));
    });
    $('check-problems').hidden = problems.length === 0;
  }

  async function submit() {
    clearProblems();
    if (!(await save())) {
      const refused = state.saveError;
      showProblems($('submit-errors'), refused && refused.status !== 400 ? refused.message
        : '申报信息有误，未提交。请先改正后再提交。', []);
      return;
    }
    try {
      const view = await api('POST', '/api/applications/' + encodeURIComponent(state.app.applicationNo) + '/submit');
      state.app = view;
      renderStatus();
      renderForm(view.form);
      await refreshMaterials();
      $('check-problems').hidden = true;
      $('check-verdict').textContent = '';
      flash('已提交（第 ' + view.submissionCount + ' 次）：' + view.statusLabel + (view.stage ? '，当前环节：' + view.stage : ''), 'ok');
      window.scrollTo(0, 0);
    } catch (e) {
      if (e.status === 400) {
        showProblems($('submit-errors'), e.message || '申报信息不完整，未提交：', e.body.errors || []);
        $('submit-errors').scrollIntoView({ block: 'center' });
      } else if (e.status === 409) {
        showProblems($('submit-errors'), e.message, []);
      } else if (e.status !== 401) {
        showProblems($('submit-errors'), e.message, []);
      }
    }
  }

  // ---------- wiring (no inline handlers) ----------

  function onClick(event) {
    const target = event.target.closest('button, a');
    if (!target) return;
    const d = target.dataset;
    if (d.create) createDraft(d.create);
    else if (d.open) openApplication(d.open);
    else if (d.add) addRow(d.add);
    else if (d.remove) {
      const rows = target.closest('.rows');
      target.closest('.list-row').remove();
      renumber(rows);
    } else if (d.none) {
      const input = target.parentElement.querySelector('input, textarea');
      input.value = '无';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (d.allNo) {
      document.querySelectorAll('[data-section="' + d.allNo + '"] .yesno input[value="false"]').forEach((r) => { r.checked = true; });
    } else if (d.goto) {
      event.preventDefault();
      const control = controlFor(d.goto);
      if (control) {
        control.scrollIntoView({ block: 'center' });
        const focusable = control.matches('input, select, textarea') ? control : control.querySelector('input, select, textarea');
        if (focusable) focusable.focus();
      }
    }
  }

  function start() {
    $('back-home').addEventListener('click', () => { flash(''); openHome(); });
    $('app-form').addEventListener('submit', save);
    $('run-check').addEventListener('click', runCheck);
    $('submit').addEventListener('click', submit);
    document.addEventListener('click', onClick);
    document.addEventListener('change', (event) => {
      if (event.target.matches('input[type="file"][data-upload]')) upload(event.target);
      if (event.target.matches('[data-field="series"]')) refreshSpecialties();
      if (event.target.closest('[data-section="path"]')) refreshPath();
    });
    document.addEventListener('input', (event) => {
      if (event.target.matches('[data-field="workSummary"]')) updateSummaryCount();
      if (event.target.matches('[data-field="employerUnitCode"]')) updateUnitName();
    });
    session.begin();
  }

  start();
}());
