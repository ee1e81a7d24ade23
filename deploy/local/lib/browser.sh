# Headless Chromium and its ChromeDriver for the browser tests (io.voc.support.HeadlessBrowser): Debian's
# packages chromium and chromium-driver, installed when missing. Nothing downloads a browser of its own.
# shellcheck shell=bash

BROWSER_BIN=/usr/bin/chromium
BROWSER_DRIVER=/usr/bin/chromedriver

browser_install() {
  [ -x "$BROWSER_BIN" ] && [ -x "$BROWSER_DRIVER" ] && return 0
  apt_install "Chromium and ChromeDriver (for the browser tests)" chromium chromium-driver
}
