'use strict';
// 用人单位注册 (/register/unit.html): the open call POST /api/unit-registrations, no login; answers at their fields.
(function () {
  const $ = (id) => document.getElementById(id);

  const forms = window.TitleReviewPage.openForms;
  const post = forms.post;

  const form = $('unit-form');
  const box = $('u-message');

  function say(kind, text) {
    forms.say(box, kind, text);
  }

  function clearErrors() {
    forms.clearErrors(form);
  }

  // the code request names the phone "phone": it is the contact's
  function showProblems(data) {
    forms.showProblems(form, box, data, (field) => (field === 'phone' ? 'contact.phone' : field));
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
