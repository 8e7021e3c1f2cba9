#!/usr/bin/env bash
# Install Debian packages, non-interactively. The package lists are refreshed only when the
# first attempt fails, so a machine whose lists are current never waits for the network.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "These system packages are missing: $*. Install them as root:" >&2
    echo "    apt-get install -y $*" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "Installing system packages: $*"
if ! apt-get install -y "$@"; then
    echo "Installing failed; refreshing the package lists and trying again."
    apt-get update
    apt-get install -y "$@"
fi
