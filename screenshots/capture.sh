#!/usr/bin/env bash
# Regenerates the screenshots in this folder from the real app, on a private virtual display,
# against the sample data of a fresh in-memory DynamoDB Local.
#   screenshots/capture.sh [NAME...]   (after `mvn package`; installs xvfb, xdotool, imagemagick if missing;
#                                       with names, only those screenshots are taken again)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/app/dynamodesk.jar
[[ -f $jar ]] || { echo "capture.sh: build first with mvn package -DskipTests" >&2; exit 1; }

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if (( ${#need[@]} )); then
  echo "capture.sh: installing ${need[*]}" >&2
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
  ($sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}") >/dev/null
fi

display=91; while [[ -e /tmp/.X$display-lock ]]; do display=$((display+1)); done
Xvfb :$display -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
app=""
cleanup() { [[ -n $app ]] && kill "$app" 2>/dev/null; sleep 1; kill "$xvfb" 2>/dev/null; rm -rf "$home"; }
trap cleanup EXIT
export DISPLAY=:$display
sleep 1

# shot NAME THEME KEYS...: starts the app, waits for the sample data, types KEYS, saves NAME.png
only=("$@")
shot() {
  local name=$1 theme=$2; shift 2
  if (( ${#only[@]} )) && [[ " ${only[*]} " != *" $name "* ]]; then return; fi
  mkdir -p "$home/config"
  printf '{"theme": "%s"}' "$theme" > "$home/config/settings.json"
  java -Ddynamodesk.home="$home" -Ddynamodesk.local.inMemory=true -jar "$jar" >"$home/app.log" 2>&1 &
  app=$!
  local window=""
  for _ in $(seq 1 60); do
    window=$(xdotool search --name "^Dynamo Desk" 2>/dev/null | head -1 || true)
    [[ -n $window ]] && break
    sleep 0.5
  done
  [[ -n $window ]] || { echo "capture.sh: the window did not appear" >&2; cat "$home/app.log" >&2; exit 1; }
  # The 20,000 sample events take about half a minute to write into a fresh Local.
  for _ in $(seq 1 120); do
    grep -q "Sample Events table holds" "$home/logs/dynamodesk.log" 2>/dev/null && break
    sleep 0.5
  done
  xdotool windowfocus --sync "$window"
  local target=$window
  for keys in "$@"; do
    case $keys in
      type:*) xdotool type --delay 30 "${keys#type:}" ;;
      click:*) # click:X,Y inside the main window
        local xy=${keys#click:}
        xdotool mousemove --window "$window" "${xy%,*}" "${xy#*,}" click 1 ;;
      dclick:*) # dclick:X,Y inside the dialog focused last
        local dxy=${keys#dclick:}
        xdotool mousemove --window "$target" "${dxy%,*}" "${dxy#*,}" click 1 ;;
      dialog:*) # focus the window whose title is given, for typing into a dialog
        sleep 1
        target=$(xdotool search --name "^${keys#dialog:}" | head -1)
        xdotool windowfocus --sync "$target" ;;
      wait:*) sleep "${keys#wait:}" ;;
      *) xdotool key "$keys" ;;
    esac
    sleep 0.4
  done
  [[ $target != "$window" ]] && window=$target
  sleep 2.5
  import -window "$window" "screenshots/$name.png"
  echo "capture.sh: saved screenshots/$name.png"
  kill "$app"; wait "$app" 2>/dev/null || true
  app=""
  rm -rf "$home"/*
}

# Positions are inside the 1296x810 window the app opens with on a 1440x900 screen.
shot main-window LIGHT ctrl+p type:UserData Return ctrl+p Escape
shot query-builder LIGHT ctrl+p type:App Return ctrl+p Escape wait:1 click:674,153 type:company#acme ctrl+Return
shot table-info LIGHT ctrl+p type:App Return ctrl+p Escape wait:1 click:788,101 wait:1
shot create-table LIGHT click:280,63 dialog:New wait:1 dclick:380,105 type:Invoices dclick:310,147 type:customerId \
  dclick:310,189 type:issuedAt dclick:380,231 type:expiresAt dclick:223,349 wait:0.5 dclick:136,397 type:byStatus dclick:298,397 type:status
shot item-editor LIGHT ctrl+p type:UserData Return ctrl+p Escape wait:1 click:394,285 click:394,285 wait:1.5
shot item-json LIGHT ctrl+p type:TypeShowcase Return ctrl+p Escape wait:1 click:394,285 Return wait:1.5 click:668,101 wait:1
shot events-dark DARK ctrl+p type:Events Return ctrl+p Escape
shot console LIGHT ctrl+p type:Orders Return ctrl+p Escape wait:1 ctrl+e wait:2 click:700,300 ctrl+End \
  "type:SELECT orderId, total, status FROM Orders WHERE userId = 'u-1005'" Escape ctrl+Return wait:2
shot connection-dialog LIGHT ctrl+shift+n dialog:New wait:1 type:Orders\ team\ \(eu-west-1\) Tab type:eu-west-1 Tab \
  "type:http://localhost:8000"
