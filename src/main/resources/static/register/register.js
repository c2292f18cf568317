'use strict';
// 实名注册 and 找回密码: the open calls of the product API (no login), answers shown at their fields.
(function () {
  const $ = (id) => document.getElementById(id);

  const ID_HINTS = {
    RESIDENT_ID_CARD: '18位，最后一位可为X',
    HMT_RESIDENCE_PERMIT: '18位，以810000（香港）、820000（澳门）或830000（台湾）开头',
    HK_MACAO_PERMIT: 'H或M加8位数字（如 H12345678），证件上另印的2位换证次数可不填',
    TAIWAN_PERMIT: '8位数字（不含换证次数）',
    FOREIGN_PERMANENT_RESIDENT: '2023年版18位（以9开头），或旧版15位（3位字母加12位数字）',
    PASSPORT: '5至17位字母和数字'
  };

  const { post, clearErrors, showProblems, say } = window.TitleReviewPage.openForms;

  /** "获取验证码" with its countdown (the server allows one code a minute). */
  function codeButton(button, phoneInput, purpose, form, messageBox) {
    let timer = null;
    function countdown(seconds) {
      let left = seconds;
      button.disabled = true;
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
    }
    button.addEventListener('click', async () => {
      clearErrors(form);
      say(messageBox, 'info', '');
      const phone = phoneInput.value.trim();
      if (!/^1[3-9][0-9]{9}$/.test(phone)) {
        showProblems(form, messageBox, { message: '请填写正确的手机号码', errors: [{ field: 'phone', message: '手机号码应为11位，以1开头' }] });
        return;
      }
      button.disabled = true;
      const { status, data, retryAfter } = await post('/api/verification-codes', { phone, purpose });
      if (status === 202) {
        say(messageBox, 'info', data.message);
        countdown(data.nextCodeInSeconds || 60);
      } else {
        button.disabled = false;
        showProblems(form, messageBox, data);
        if (status === 429 && retryAfter && Number(retryAfter) <= 120) countdown(Number(retryAfter));
      }
    });
  }

  function passwordsAgree(form, first, second, messageBox) {
    if (first.value !== second.value) {
      showProblems(form, messageBox, { message: '两次输入的密码不一致', errors: [{ field: 'password2', message: '两次输入的密码不一致' }] });
      return false;
    }
    return true;
  }

  function done(title, userId, text) {
    $('view-forms').hidden = true;
    $('done-title').textContent = title;
    $('done-user').textContent = userId;
    $('done-text').textContent = text;
    $('view-done').hidden = false;
  }

  function showTab(register) {
    $('register-form').hidden = !register;
    $('reset-form').hidden = register;
    $('tab-register').classList.toggle('active', register);
    $('tab-reset').classList.toggle('active', !register);
    $('tab-register').setAttribute('aria-selected', String(register));
    $('tab-reset').setAttribute('aria-selected', String(!register));
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('tab-register').addEventListener('click', () => showTab(true));
    $('tab-reset').addEventListener('click', () => showTab(false));
    if (location.hash === '#reset') showTab(false);

    const idType = $('r-id-type');
    const hint = () => { $('r-id-hint').textContent = ID_HINTS[idType.value] || ''; };
    idType.addEventListener('change', hint);
    hint();

    const registerForm = $('register-form');
    codeButton($('r-send'), $('r-phone'), 'REGISTER', registerForm, $('r-message'));
    registerForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(registerForm);
      say($('r-message'), 'info', '');
      if (!passwordsAgree(registerForm, $('r-password'), $('r-password2'), $('r-message'))) return;
      $('r-submit').disabled = true;
      const { status, data } = await post('/api/registrations', {
        name: $('r-name').value.trim(), idType: idType.value, idNumber: $('r-id-number').value.trim(),
        phone: $('r-phone').value.trim(), code: $('r-code').value.trim(), password: $('r-password').value
      });
      $('r-submit').disabled = false;
      if (status === 201) {
        done('注册成功', data.userId, '请牢记用户名，登录时使用用户名和您设置的密码。用户名也已通过短信发送到您的手机。');
      } else {
        showProblems(registerForm, $('r-message'), data);
      }
    });

    const resetForm = $('reset-form');
    codeButton($('p-send'), $('p-phone'), 'RESET_PASSWORD', resetForm, $('p-message'));
    resetForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(resetForm);
      say($('p-message'), 'info', '');
      if (!passwordsAgree(resetForm, $('p-password'), $('p-password2'), $('p-message'))) return;
      $('p-submit').disabled = true;
      const { status, data } = await post('/api/password-resets', {
        phone: $('p-phone').value.trim(), code: $('p-code').value.trim(), password: $('p-password').value
      });
      $('p-submit').disabled = false;
      if (status === 200) {
        done('密码已重设', data.userId, '请用新密码登录。');
      } else {
        showProblems(resetForm, $('p-message'), data);
      }
    });
  });
}());
