# Installs the Debian packages yotqa needs that are missing. Source this file.

# Package lists by purpose; a later need adds a name here.
PACKAGES_BUILD="pkg-config libpq-dev libssl-dev libcurl4-openssl-dev"
PACKAGES_RUN="postgresql postgresql-contrib"
PACKAGES_TEST="python3-aiosmtpd openssl curl systemd jq"

ensure_packages() {
    local wanted="$*" missing=""
    for package in $wanted; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
    done
    [ -z "$missing" ] && return 0
    echo "installing:$missing"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

ensure_swift() {
    command -v swift >/dev/null 2>&1 && return 0
    echo "error: swift is not on PATH; install Swift 6 (https://www.swift.org/install/linux/) first" >&2
    return 1
}
