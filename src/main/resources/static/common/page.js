'use strict';
// Shared by the product's pages: elements built from text only (data may hold markup and is never
// parsed), calls to the product API with the tab's HTTP Basic credentials, and the login session.
window.TitleReviewPage = (function () {

  /** An element with attributes and children; strings become text nodes (never markup). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([key, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key in node && typeof value !== 'string') node[key] = value;
      else node.setAttribute(key, value === true ? '' : value);
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === false) return;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** A refused call: status 0 when the server could not be reached. */
  class ApiFailure extends Error {
    constructor(status, body) {
      // every error of the product API is {"message": ..., "errors": [...]}
      super((body && body.message) || ('请求失败（' + status + '）'));
      this.status = status;
      this.body = body || {};
    }
  }

  function encodeCredentials(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  /**
   * One call to the product API. The JSON answer (null for none), or with raw the response itself;
   * a refusal throws ApiFailure. The X-Requested-With header keeps the browser's own login dialog
   * away: a 401 goes back to the page, which shows its login form.
   */
  async function call(auth, method, path, body, raw) {
    const headers = { 'Authorization': 'Basic ' + auth, 'X-Requested-With': 'XMLHttpRequest' };
    const init = { method, headers, credentials: 'omit', cache: 'no-store' };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    if (!raw) headers.Accept = 'application/json';
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new ApiFailure(0, { message: '无法连接服务器，请检查网络后重试' });
    }
    if (response.status === 401) throw new ApiFailure(401, { message: '请重新登录' });
    if (raw && response.ok) return response;
    const type = response.headers.get('Content-Type') || '';
    const data = response.status === 204 ? null : (type.includes('json') ? await response.json() : null);
    if (!response.ok) throw new ApiFailure(response.status, data);
    return data;
  }

  /** The login form's user and password; null (and the form says so) when one is missing. */
  function loginInput() {
    const user = document.getElementById('login-user').value.trim();
    const password = document.getElementById('login-password').value;
    const error = document.getElementById('login-error');
    error.hidden = true;
    if (!user || !password) {
      error.textContent = '请输入用户名和密码';
      error.hidden = false;
      return null;
    }
    return { user, password, error };
  }

  /** The tab's login under a page's key, kept until the tab closes or the user logs out. */
  const logins = {
    save(key, user, auth) { sessionStorage.setItem(key, JSON.stringify({ user, auth })); },
    forget(key) { sessionStorage.removeItem(key); },
    restore(key) {
      const saved = sessionStorage.getItem(key);
      if (!saved) return null;
      try {
        const { user, auth } = JSON.parse(saved);
        return user && auth ? { user, auth } : null;
      } catch (e) {
        sessionStorage.removeItem(key);
        return null;
      }
    }
  };

  /**
   * A page's login session over its fixed elements: the login form (#login-form, #login-user,
   * #login-password, #login-error), #logout, #who with #who-name, the message line #flash.
   *   key      where the tab keeps the login (sessionStorage)
   *   views    the page's view ids, the login view first
   *   probe    async (auth) => answer: checks a new login against the API before it is kept
   *   refused  (failure) => text shown on the login form for a refusal other than 401 or no connection
   *   open     async (user, probeAnswer) => shows the page; probeAnswer is undefined for a restored login
   *   closed   () => forgets what the page holds of the user when the session ends
   */
  function session(options) {
    const $ = (id) => document.getElementById(id);
    const current = { auth: null, user: null };
    const loginView = options.views[0];

    function show(view) {
      options.views.forEach((id) => { $(id).hidden = id !== view; });
      $('who').hidden = view === loginView;
      window.scrollTo(0, 0);
    }

    function flash(text, kind) {
      const node = $('flash');
      node.textContent = text || '';
      node.className = 'flash ' + (kind || 'info');
      node.hidden = !text;
    }

    function end(text) {
      logins.forget(options.key);
      current.auth = null;
      current.user = null;
      if (options.closed) options.closed();
      show(loginView);
      flash(text || '', 'info');
    }

    /** A call to the API as the logged-in user; a 401 (password changed, user locked) ends the session. */
    async function api(method, path, body, raw) {
      try {
        return await call(current.auth, method, path, body, raw);
      } catch (e) {
        if (e.status === 401 && current.auth) end('登录已失效，请重新登录');
        throw e;
      }
    }

    async function enter(user, auth, probeAnswer) {
      current.user = user;
      current.auth = auth;
      $('who-name').textContent = '当前用户：' + user;
      try {
        await options.open(user, probeAnswer);
      } catch (e) {
        if (e.status === 401) return; // api() has ended the session already
        if (probeAnswer === undefined) end('请重新登录');
        else flash(e.message, 'error');
      }
    }

    async function login(event) {
      event.preventDefault();
      const input = loginInput();
      if (!input) return;
      const auth = encodeCredentials(input.user, input.password);
      let answer = null;
      try {
        if (options.probe) answer = await options.probe(auth);
      } catch (e) {
        input.error.textContent = e.status === 401 ? '用户名或密码不正确'
          : e.status === 0 ? '无法连接服务器，请稍后重试'
            : (options.refused ? options.refused(e) : e.message);
        input.error.hidden = false;
        return;
      }
      logins.save(options.key, input.user, auth);
      $('login-password').value = '';
      flash('');
      await enter(input.user, auth, answer === undefined ? null : answer);
    }

    /** Wires the login form and the logout button, and resumes the tab's login if it has one. */
    function begin() {
      $('login-form').addEventListener('submit', login);
      $('logout').addEventListener('click', () => end('已退出登录'));
      const saved = logins.restore(options.key);
      if (saved) {
        enter(saved.user, saved.auth, undefined);
      } else {
        show(loginView);
        $('login-user').focus();
      }
    }

    return {
      show, flash, api, end, begin,
      get auth() { return current.auth; },
      get user() { return current.user; }
    };
  }

  /**
   * An .xlsx import of a page (all or nothing, every wrong cell listed) over its fixed elements: #download-template,
   * #import-file, #import-submit, the line #import-message and the table #import-errors with #import-error-rows.
   *   api       the page session's api()
   *   template  () => [path, file name] of the template to download
   *   upload    () => the path the sheet is posted to
   *   imported  async (result) => the text to show once the sheet is in (and what to reload)
   */
  function sheetImport(options) {
    const $ = (id) => document.getElementById(id);

    function message(text, kind) {
      const node = $('import-message');
      node.textContent = text || '';
      node.className = 'message ' + (kind || 'info');
      node.hidden = !text;
    }

    async function downloadTemplate() {
      const [path, fileName] = options.template();
      try {
        const response = await options.api('GET', path, undefined, true);
        const link = el('a', { href: URL.createObjectURL(await response.blob()), download: fileName });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      } catch (e) {
        if (e.status !== 401) message(e.message, 'error');
      }
    }

    async function importFile() {
      const file = $('import-file').files[0];
      const rows = clear($('import-error-rows'));
      $('import-errors').hidden = true;
      if (!file) {
        message('请先选择 .xlsx 文件', 'error');
        return;
      }
      const form = new FormData();
      form.append('file', file);
      $('import-submit').disabled = true;
      message('正在导入 ' + file.name + ' …', 'info');
      try {
        const result = await options.api('POST', options.upload(), form);
        $('import-file').value = '';
        message(await options.imported(result), 'info');
      } catch (e) {
        if (e.status === 401) return;
        message(e.message, 'error');
        ((e.body && e.body.errors) || []).forEach((p) => rows.append(el('tr', {},
          el('td', { class: 'code' }, p.field), el('td', {}, p.rule), el('td', {}, p.message))));
        $('import-errors').hidden = rows.children.length === 0;
      } finally {
        $('import-submit').disabled = false;
      }
    }

    $('download-template').addEventListener('click', downloadTemplate);
    $('import-submit').addEventListener('click', importFile);
    return { message };
  }

  /**
   * The open forms (registration, password reset, unit registration): calls without credentials and the answers'
   * problems shown at their fields (.field-error[data-field]) or, unplaced, in a message box.
   */
  const openForms = {
    /** A POST without credentials; the JSON answer, the status and a Retry-After. */
    async post(path, body) {
      let response;
      try {
        response = await fetch(path, {
          method: 'POST', credentials: 'omit', cache: 'no-store',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
          body: JSON.stringify(body)
        });
      } catch (e) {
        return { status: 0, data: { message: '无法连接服务器，请检查网络后重试', errors: [] } };
      }
      const type = response.headers.get('Content-Type') || '';
      const data = type.includes('json') ? await response.json() : { message: '请求失败（' + response.status + '）', errors: [] };
      return { status: response.status, data, retryAfter: response.headers.get('Retry-After') };
    },

    say(box, kind, text) {
      box.className = 'message ' + kind;
      box.textContent = text;
      box.hidden = !text;
    },

    clearErrors(form) {
      form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
      form.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
    },

    /** Each problem at its field (fieldOf renames an answer's field to the form's); the rest with the message. */
    showProblems(form, box, data, fieldOf) {
      const unplaced = [];
      (data.errors || []).forEach((problem) => {
        const field = fieldOf ? fieldOf(problem.field) : problem.field;
        const slot = form.querySelector('.field-error[data-field="' + CSS.escape(field) + '"]');
        if (slot) {
          slot.textContent = (slot.textContent ? slot.textContent + '；' : '') + problem.message;
          const input = slot.parentElement.querySelector('input, select');
          if (input) input.classList.add('invalid');
        } else {
          unplaced.push(problem.message);
        }
      });
      const placed = (data.errors || []).length > unplaced.length;
      openForms.say(box, 'error', placed ? (data.message || '请按提示修改')
        : [data.message].concat(unplaced).filter(Boolean).join('：'));
    }
  };

  return { el, clear, ApiFailure, encodeCredentials, call, loginInput, logins, session, sheetImport, openForms };
}());
