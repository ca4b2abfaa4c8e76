# Sourced by scripts/test.sh: makes sure Debian's Chromium (and a font with Chinese glyphs, so pages and screenshots
# show text rather than boxes) is installed for the browser tests, installing it with apt-get when missing.
# Playwright's own browser download is never used (no internet here but Debian packages).

browser_ensure() {
    local missing=()
    if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
    if ! fc-list 2>/dev/null | grep -qi -E "wqy|noto sans cjk|noto serif cjk"; then missing+=(fonts-wqy-zenhei); fi
    if ((${#missing[@]} == 0)); then return 0; fi

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            echo "error: the browser tests need ${missing[*]}; install them (apt-get install -y ${missing[*]}) or run as root" >&2
            return 2
        fi
    fi
    echo "installing ${missing[*]} from Debian packages for the browser tests" >&2
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >&2
}
