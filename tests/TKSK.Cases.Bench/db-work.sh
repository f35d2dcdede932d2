#!/usr/bin/env bash
# PostgreSQL's work per intake and per note, counted rather than timed: a private cluster (fsync off) with
# pg_stat_statements, the service built in Release from the given tree on it, 30 warm-up intakes, then N intakes
# (each in another East Java desa, as the benchmark's reports are) and a note on each. Prints, per operation, each
# statement's calls, execution ms and rows, and the rows each table gained, changed or lost. Run it on two trees
# (before/after) on a quiet machine; the counts are exact, the milliseconds are the machine's.
# Usage (as root, PostgreSQL 15 binaries installed): tests/TKSK.Cases.Bench/db-work.sh <tree> [N]   (EXTRA=";Key=value" adds to the connection string)
set -euo pipefail
TREE=$1; N=${2:-300}; PORT=55439; HTTP=5199
D=$(mktemp -d /tmp/db-work.XXXX); mkdir -p $D; chown postgres $D
B=/usr/lib/postgresql/15/bin
su postgres -c "$B/initdb -D $D/data -A trust -U postgres >/dev/null"
su postgres -c "$B/pg_ctl -D $D/data -o '-p $PORT -k $D -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c fsync=off -c synchronous_commit=off -c full_page_writes=off' -l $D/log start >/dev/null"
sleep 2
psql -h $D -p $PORT -U postgres -qc "create database tksk" ; psql -h $D -p $PORT -U postgres -d tksk -qc "create extension pg_stat_statements"
( cd $TREE && dotnet build src/TKSK.Cases -c Release -v q -nologo 2>&1 | grep -E " error |rror\(s\)" || true )
cd $TREE/src/TKSK.Cases
ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Marten="Host=$D;Port=$PORT;Username=postgres;Database=tksk${EXTRA:-}" Urls=http://127.0.0.1:$HTTP \
  dotnet bin/Release/net10.0/TKSK.Cases.dll > $D/service.log 2>&1 &
SVC=$!
for i in $(seq 1 120); do curl -sf http://127.0.0.1:$HTTP/health/ready >/dev/null && break; sleep 1; done
TOKEN=$(curl -sf -X POST -H 'content-type: application/json' -d '{"role":"province_admin","name":"probe","region":"35"}' http://127.0.0.1:$HTTP/api/v1/dev/tokens | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
BODY='{"channel":"instagram","reporter":{"name":"Warga","phone":"081234567890","anonymous":false},"subject":{"name":"Pak S","sex":"male","approximateAge":45},"location":{"desaCode":"35.78.01.1002","address":"Jl. Kebraon II"},"category":"penyandang_disabilitas","pasung":true,"summary":"Seorang pria dipasung keluarganya di belakang rumah.","urgency":"emergency"}'
post() { curl -s -o $D/last -w '%{http_code}' -X POST -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d "$2" http://127.0.0.1:$HTTP$1; }
# warm-up
for i in $(seq 1 30); do post /api/v1/referrals "$BODY" >/dev/null; done
sleep 3
Q="psql -h $D -p $PORT -U postgres -d tksk -qAt"
snap() { $Q -c "select coalesce(sum(n_tup_ins),0), coalesce(sum(n_tup_upd),0), coalesce(sum(n_tup_del),0) from pg_stat_user_tables" ; }
report() { # $1 label
  sleep 3
  echo "== $1 (per operation, N=$N)"
  # Background work (the daemon, Wolverine's agents) runs meanwhile and counts too; long polls (> 20 ms a call) are left out of the total.
  $Q -F' | ' -c "select round(calls::numeric/$N,2) calls, round(total_exec_time::numeric/$N,3) ms, round(rows::numeric/$N,2) rows, toplevel, left(regexp_replace(query,'\s+',' ','g'),110) from pg_stat_statements where dbid=(select oid from pg_database where datname='tksk') and calls >= $N/2 order by total_exec_time desc limit 25"
  $Q -F' | ' -c "select 'total: top-level statements, ms', round(sum(calls)::numeric/$N,2), round(sum(total_exec_time)::numeric/$N,3) from pg_stat_statements where toplevel and mean_exec_time < 20 and dbid=(select oid from pg_database where datname='tksk')"
  $Q -F' | ' -c "select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables where n_tup_ins+n_tup_upd+n_tup_del > 0 order by 2 desc limit 15"
}
$Q -c "select pg_stat_statements_reset(); select pg_stat_reset();" >/dev/null
IDS=()
T0=$(date +%s.%N)
mapfile -t DESAS < <(grep -E '^35' $TREE/src/TKSK.Cases/Regions/Data/villages.csv | shuf -n $N --random-source=<(yes) | cut -d, -f1)
for i in $(seq 1 $N); do post /api/v1/referrals "${BODY/35.78.01.1002/${DESAS[$((i-1))]}}" >/dev/null; IDS+=($(python3 -c 'import json;print(json.load(open("'$D/last'"))["id"])')); done
T1=$(date +%s.%N); echo "intake loop $(echo "$T1 - $T0" | bc) s"
report intake
$Q -c "select pg_stat_statements_reset(); select pg_stat_reset();" >/dev/null
for id in "${IDS[@]}"; do code=$(post /api/v1/referrals/$id/notes '{"text":"Keluarga dihubungi lewat telepon."}'); done
echo "last note status $code: $(head -c 200 $D/last)"
report note
kill $SVC; wait $SVC 2>/dev/null || true
su postgres -c "$B/pg_ctl -D $D/data stop -m fast >/dev/null"
rm -rf $D
