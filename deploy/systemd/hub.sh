#!/usr/bin/env bash
# The hub without systemd (containers, WSL, this test machine): start it in the background with a
# log file, stop it cleanly, tell whether it runs. As root:
#
#   deploy/systemd/hub.sh start        # log: /var/log/social-media-lab/hub.log
#   deploy/systemd/hub.sh status
#   deploy/systemd/hub.sh stop         # SIGTERM; the hub stops its servers and the proxy first
#   deploy/systemd/hub.sh restart
#   tail -f /var/log/social-media-lab/hub.log
#
# What this does NOT do, unlike the systemd unit next to it: restart the hub after a crash, start it
# at boot (a line `@reboot root /path/to/hub.sh start` in /etc/crontab does that), or rotate the log
# (a logrotate stanza with `copytruncate` does: the hub keeps its file open).
# SML_* settings are read from /etc/default/social-media-lab-hub, like the unit's EnvironmentFile.
set -euo pipefail

HUB_ENV=${SML_HUB_ENV:-/opt/social-media-lab/hub-env}
CONFIG=${SML_HUB_CONFIG:-/opt/social-media-lab/hub/jupyterhub_config.py}
DEFAULTS=${SML_HUB_DEFAULTS:-/etc/default/social-media-lab-hub}
LOG=${SML_HUB_LOG:-/var/log/social-media-lab/hub.log}
STOP_TIMEOUT=${SML_HUB_STOP_TIMEOUT:-90}

if [ -r "$DEFAULTS" ]; then
  set -a
  # shellcheck disable=SC1090
  . "$DEFAULTS"
  set +a
fi
STATE=${SML_HUB_STATE:-/srv/jupyterhub}
PIDFILE="$STATE/jupyterhub.pid"   # written and removed by the hub itself (JupyterHub.pid_file)

running_pid() {
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -qa jupyterhub "/proc/$pid/cmdline" && echo "$pid"
}

start() {
  if pid=$(running_pid); then echo "hub.sh: already running (pid $pid)"; return 0; fi
  mkdir -p "$(dirname "$LOG")" "$STATE"
  chmod 0700 "$STATE"
  cd "$STATE"
  # setsid: its own session, so closing the terminal (SIGHUP) does not stop it.
  # env --default-signal: a command started with `&` from a script inherits SIGINT and SIGQUIT
  # *ignored* (POSIX shells do that to background jobs when job control is off), and an ignored
  # signal stays ignored across exec. Python then never raises KeyboardInterrupt, so the idle
  # culler (which JupyterHub stops with SIGINT, then SIGTERM after 30 s) would hold every stop
  # for 30 s. Give the hub, and so every process it starts, the default dispositions back.
  PATH="$HUB_ENV/bin:$PATH" setsid env --default-signal=INT,QUIT \
    "$HUB_ENV/bin/jupyterhub" -f "$CONFIG" </dev/null >>"$LOG" 2>&1 &
  local deadline=$((SECONDS + 60))
  while [ $SECONDS -lt $deadline ]; do
    if pid=$(running_pid); then echo "hub.sh: started (pid $pid), log $LOG"; return 0; fi
    sleep 0.5
  done
  echo "hub.sh: the hub did not start within 60 s; the end of $LOG:" >&2
  tail -n 30 "$LOG" >&2
  return 1
}

stop() {
  local pid
  if ! pid=$(running_pid); then echo "hub.sh: not running"; return 0; fi
  kill -TERM "$pid"
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then
      echo "hub.sh: still running after ${STOP_TIMEOUT} s: SIGKILL to its process group" >&2
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
      break
    fi
    sleep 0.5
  done
  echo "hub.sh: stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status)
    if pid=$(running_pid); then echo "hub.sh: running (pid $pid), log $LOG"; else echo "hub.sh: not running"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
