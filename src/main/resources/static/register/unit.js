'use strict';
// 用人单位注册 (/register/unit.html): the open call POST /api/unit-registrations, no login; answers at their fields.
(function () {
  const $ = (id) => document.getElementById(id);

  // --- session-free calls (the page has no login; kept apart so it can move to /common/page.js)
  async function post(path, body) {
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
  }
  // --- end of the session-free calls

  const form = $('unit-form');
  const box = $('u-message');

  function say(kind, text) {
    box.className = 'message ' + kind;
    box.textContent = text;
    box.hidden = !text;
  }

  function clearErrors() {
    form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
    form.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  }

  function showProblems(data) {
    const unplaced = [];
    (data.errors || []).forEach((problem) => {
      // the code request names the phone "phone": it is the contact's
      const field = problem.field === 'phone' ? 'contact.phone' : problem.field;
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
    say('error', placed ? (data.message || '请按提示修改') : [data.message].concat(unplaced).filter(Boolean).join('：'));
  }

  let timer = null;
  $('c-send').addEventListener('click', async () => {
    clearErrors();
    say('info', '');
    const phone = $('c-phone').value.trim();
    if (!/^1[3-9][0-9]{9}$/.test(phone)) {
      showProblems({ message: '请填写正确的手机号码', errors: [{ field: 'contact.phone', message: '手机号码应为11位，以1开头' }] });
      return;
    }
    const button = $('c-send');
    button.disabled = true;
    const { status, data } = await post('/api/verification-codes', { phone, purpose: 'UNIT_REGISTER' });
    if (status !== 202) {
      button.disabled = false;
      showProblems(data);
      return;
    }
    say('info', data.message);
    let left = data.nextCodeInSeconds || 60;
    button.textContent = left + '秒后重新获取';
    clearInterval(timer);
    timer = setInterval(() => {
      left -= 1;
      if (left <= 0) {
        clearInterval(timer);
        button.disabled = false;
        button.textContent = '重新获取';
      } else {
        button.textContent = left + '秒后重新获取';
      }
    }, 1000);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    if ($('c-password').value !== $('c-password2').value) {
      showProblems({ message: '两次输入的密码不一致', errors: [{ field: 'password2', message: '两次输入的密码不一致' }] });
      return;
    }
    const body = {
      creditCode: $('u-credit').value.trim(), name: $('u-name').value.trim(), type: $('u-type').value,
      level: $('u-level').value, region: $('u-region').value.trim(), competentDepartment: $('u-competent').value.trim(),
      contact: {
        name: $('c-name').value.trim(), phone: $('c-phone').value.trim(), code: $('c-code').value.trim(),
        userId: $('c-user').value.trim() || null, password: $('c-password').value
      }
    };
    $('u-submit').disabled = true;
    const { status, data } = await post('/api/unit-registrations', body);
    $('u-submit').disabled = false;
    if (status === 201) {
      $('view-forms').hidden = true;
      $('done-user').textContent = data.userId;
      $('done-text').textContent = data.message;
      $('view-done').hidden = false;
    } else {
      showProblems(data);
    }
  });
}());
