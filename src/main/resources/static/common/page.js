'use strict';
// Shared by the product's pages (/declare/, /review/): elements built from text only (data may hold
// markup and is never parsed) and calls to the product API with the tab's HTTP Basic credentials.
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

  return { el, clear, ApiFailure, encodeCredentials, call, loginInput, logins };
}());
