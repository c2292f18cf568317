#!/usr/bin/env bash
# Browser tests use Debian's Chromium and ChromeDriver with a CJK font (never a browser download
# of a test tool). Installs them when missing and this user may; otherwise says what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "浏览器测试需要 Debian 软件包：${missing[*]}（请以 root 执行 apt-get install -y ${missing[*]}）" >&2
  exit 1
fi
echo "installing ${missing[*]} from Debian packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
