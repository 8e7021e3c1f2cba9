#!/usr/bin/env bash
# Create or update the Python environment in .venv from uv.lock, installing uv first if needed.
set -euo pipefail
cd "$(dirname "$0")/.."

find_uv() {
    local candidate
    for candidate in "$(command -v uv || true)" \
        "$(python3 -m site --user-base 2>/dev/null || echo "$HOME/.local")/bin/uv" \
        "$HOME/.local/bin/uv"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if ! uv=$(find_uv); then
    echo "uv is not installed; installing it for this user with pip."
    if ! python3 -m pip --version >/dev/null 2>&1; then
        scripts/apt-install.sh python3-pip
    fi
    # Debian marks its Python as externally managed; a user install of one tool is safe.
    python3 -m pip install --user --upgrade uv \
        || python3 -m pip install --user --upgrade --break-system-packages uv
    uv=$(find_uv) || {
        echo "uv was installed but cannot be found; add ~/.local/bin to PATH." >&2
        exit 1
    }
fi

"$uv" sync --frozen
