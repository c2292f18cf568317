/**
 * 实名注册 (real-name registration) of applicants and password resets: one-time codes to a phone
 * ({@link cn.xj.titlereview.registration.OneTimeCodes}, sent through an
 * {@link cn.xj.titlereview.registration.SmsGateway}), the person behind an account
 * ({@link cn.xj.titlereview.registration.Person}: name, identity document encrypted with its blind index, phone)
 * written in one transaction with the Camunda user, and the open API of {@code /api/registrations},
 * {@code /api/verification-codes} and {@code /api/password-resets}. The declaration reads the name and the
 * identity document of an account from here ({@link cn.xj.titlereview.registration.PersonRecords}). Other features
 * confirm a phone with a code of their own purpose through {@link cn.xj.titlereview.registration.PhoneConfirmation}
 * (a unit's contact: {@code UNIT_REGISTER}).
 */
package cn.xj.titlereview.registration;
