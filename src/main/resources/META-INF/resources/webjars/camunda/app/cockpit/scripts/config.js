/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/*
 * 新疆职称评审系统: Cockpit configuration.
 * Shadows the webjar's app/cockpit/scripts/config.js (target/classes precedes the webjar on the classpath).
 *
 * How Camunda 7.24 picks the language (camunda-cockpit-bootstrap.js, determinePreferredLanguage):
 * it takes only the browser's FIRST preferred language (navigator.languages[0], else
 * navigator.language), keeps the part before the first '-', lower-cases it and looks it up in
 * availableLocales. So zh-CN, zh-Hans-CN, zh-TW and zh all load locales/zh.json; en-US and
 * en-GB load the webjar's en.json; every other language (ug, ru, kk, ...) gets fallbackLocale,
 * i.e. Chinese. A label missing from zh.json would show its key, which ChineseLocaleTest prevents.
 * Translations are cached in localStorage ("camunda-web", keyed by Camunda's version), and a
 * changed zh.json is refetched in the background: it shows from the next page load.
 * The page title and header brand read "<app.vendor> <app.name>".
 */

export default {
  app: {
    name: '流程监控',
    vendor: '新疆职称评审系统'
  },

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },

  // 7.24 defaults (dateFormat LLL/LLLL, csrfCookieName, ...) are kept by leaving them unset
};
