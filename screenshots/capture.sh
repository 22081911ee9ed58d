#!/usr/bin/env bash
# Regenerates the screenshots in this folder from the real app, on a private virtual display,
# against the sample data of a fresh in-memory DynamoDB Local.
#   screenshots/capture.sh [NAME...]   (after `mvn package`; installs xvfb, xdotool, imagemagick if missing;
#                                       with names, only those screenshots are taken again)
# Five pictures come from the UI tests, which reach their screen by the app's own ids and check it is
# showing before they save it: what keystrokes cannot reach on a real display (a conflicting save,
# an import under way, a server that never answers) and what clicks at fixed positions got wrong
# (the item editor, the table's Info view): conflict-dialog, import-progress, connection-no-answer,
# item-editor, table-info, bulk-change, bulk-history, copy-compare, copy-stopped, operations, stream-tail and events-ttl, taken with `mvn verify -Dit.test=ItemEditorUiIT,ImportUiIT,SilentServerUiIT,TableAdminUiIT,BulkChangeUiIT,CopyCompareUiIT,OperationsUiIT
# -Ddynamodesk.screenshots=screenshots` at the end.
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
cleanup() { [[ -n $app ]] && kill "$app" 2>/dev/null; sleep 1; kill "$xvfb" 2>/dev/null; rm -rf "$home" "${aws_dir:-}"; }
trap cleanup EXIT
export DISPLAY=:$display
sleep 1

# shot NAME THEME KEYS...: starts the app, waits for the sample data, types KEYS, saves NAME.png
only=("$@")
# Example AWS files and keys (AWS's documented example key, not a real one), so the connection
# dialog lists profiles and the default chain answers; the embedded Local listens on port 8000.
aws_dir=$(mktemp -d)
cat > "$aws_dir/config" <<'AWS'
[default]
region = eu-west-1

[profile shop-prod]
region = eu-central-1
role_arn = arn:aws:iam::123456789012:role/ShopReadOnly
source_profile = default
mfa_serial = arn:aws:iam::123456789012:mfa/alice

[profile platform-sso]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = PowerUser
region = us-east-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1
AWS
printf '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' > "$aws_dir/credentials"
export AWS_CONFIG_FILE=$aws_dir/config AWS_SHARED_CREDENTIALS_FILE=$aws_dir/credentials
# profiles.json for the next shot (empty: none)
profiles_json=""
shot() {
  local name=$1 theme=$2; shift 2
  if (( ${#only[@]} )) && [[ " ${only[*]} " != *" $name "* ]]; then return; fi
  mkdir -p "$home/config"
  # A returning user (no Getting started tab), except for the getting-started picture itself.
  local seen=true; [[ $name == getting-started ]] && seen=false
  printf '{"theme": "%s", "gettingStartedSeen": %s}' "$theme" "$seen" > "$home/config/settings.json"
  [[ -n $profiles_json ]] && printf '%s' "$profiles_json" > "$home/config/profiles.json"
  java -Ddynamodesk.home="$home" -Ddynamodesk.local.inMemory=true -Ddynamodesk.local.port=8000 -Ddynamodesk.noKeychain=true \
    -jar "$jar" >"$home/app.log" 2>&1 &
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
        target=$(xdotool search --onlyvisible --name "^${keys#dialog:}" | head -1)
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
shot create-table LIGHT click:280,63 dialog:New wait:1 dclick:380,105 type:Invoices dclick:310,147 type:customerId \
  dclick:310,189 type:issuedAt dclick:380,231 type:expiresAt dclick:223,349 wait:0.5 dclick:136,397 type:byStatus dclick:298,397 type:status
shot item-json LIGHT ctrl+p type:TypeShowcase Return ctrl+p Escape wait:1 click:394,316 Return wait:1.5 click:668,101 wait:1
shot events-dark DARK ctrl+p type:Events Return ctrl+p Escape
shot console LIGHT ctrl+p type:Orders Return ctrl+p Escape wait:1 ctrl+e wait:2 click:700,300 ctrl+End \
  "type:SELECT orderId, total, status FROM Orders WHERE userId = 'u-1005'" Escape ctrl+Return wait:2
shot connection-dialog LIGHT ctrl+shift+n dialog:New wait:1 "type:Orders team (Local)" dclick:440,119 ctrl+a type:eu-west-1 \
  dclick:440,161 type:http://localhost:8000 wait:1 dclick:80,475 wait:3
profiles_json='{"connections": [
  {"id": "p1", "name": "Shop prod", "region": "eu-central-1", "endpoint": "http://localhost:8000", "source": "default",
   "colour": "red", "environment": "PRODUCTION", "readOnly": true},
  {"id": "p2", "name": "Shop staging", "region": "eu-west-1", "source": "profile", "awsProfile": "shop-prod",
   "colour": "amber", "environment": "TEST"},
  {"id": "p3", "name": "Platform (SSO)", "region": "us-east-1", "source": "profile", "awsProfile": "platform-sso",
   "colour": "blue", "environment": "DEVELOPMENT"}]}'
shot connections LIGHT click:150,130 Left click:150,154 Return wait:3 ctrl+p type:Orders Down Down Down Return wait:2
profiles_json=""
shot export-dialog LIGHT ctrl+p type:Orders Down ctrl+shift+e dialog:Export wait:1
cat > "$aws_dir/orders-2024.csv" <<'CSV'
userId,orderId,total,status,placedAt,lines (L),note
u-1001,o-9001,129.90,shipped,2024-03-02,"[{""sku"":""BK-1"",""qty"":1}]",
u-1002,o-9002,15.00,open,2024-03-05,[],"gift, wrap it"
u-1003,o-9003,42.50,open,2024-03-07,"[{""sku"":""MG-4"",""qty"":2}]",
u-1001,o-9004,7.25,cancelled,2024-03-09,[],refund sent
CSV
shot import-csv LIGHT ctrl+p type:Orders Down ctrl+shift+i dialog:Import wait:1 "type:$aws_dir/orders-2024.csv" wait:3
shot getting-started LIGHT wait:2
shot shortcuts LIGHT F1 dialog:Keyboard wait:1

from_tests=(conflict-dialog import-progress connection-no-answer item-editor table-info bulk-change bulk-history copy-compare copy-stopped operations stream-tail events-ttl operations-moto s3-jobs entities entity-user entity-pattern multi-attribute-query multi-attribute-create copy-anonymize)
wanted=false
(( ${#only[@]} )) || wanted=true
for name in "${from_tests[@]}"; do [[ " ${only[*]} " == *" $name "* ]] && wanted=true; done
if $wanted; then
  mvn -B -q -o verify -Dit.test=ItemEditorUiIT,ImportUiIT,SilentServerUiIT,TableAdminUiIT,BulkChangeUiIT,CopyCompareUiIT,OperationsUiIT,MotoOperationsUiIT,EntitiesUiIT,MultiAttributeKeyUiIT,AnonymizedCopyUiIT -Dtest=none \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Ddynamodesk.screenshots="$PWD/screenshots" >/dev/null
  echo "capture.sh: saved ${from_tests[*]/%/.png} (from the UI tests)"
fi
