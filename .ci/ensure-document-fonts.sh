#!/usr/bin/env bash
# Printed documents embed two Debian fonts (never downloaded at run time): installs them when
# missing and this user may; otherwise says what to install.
set -euo pipefail
missing=()
[ -r /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || missing+=(fonts-droid-fallback)
[ -r /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "文书测试需要 Debian 软件包：${missing[*]}（请以 root 执行 apt-get install -y ${missing[*]}）" >&2
  exit 1
fi
echo "installing ${missing[*]} from Debian packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
