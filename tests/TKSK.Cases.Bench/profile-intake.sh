#!/usr/bin/env bash
# Where the CPU goes during intake, machine-wide: a private cluster (as db-work.sh, synchronous_commit on), the service
# (Release) with perf maps, every method JIT-compiled once, fully optimised (no ReadyToRun code, no tiers: every .NET
# frame then has a name in the map and no compiler thread runs during the measurement; W^X off, as perf cannot name
# code in its double mapping), a warm-up, then `perf record -a` while C clients post N intakes over keep-alive connections.
# Prints each process's share of the samples (service, PostgreSQL, the load client, kernel) and the service's and
# PostgreSQL's top frames by self time. Run it on a quiet machine; shares are the machine's, not absolute costs.
# Usage (as root; PostgreSQL 15 binaries and perf installed): tests/TKSK.Cases.Bench/profile-intake.sh <tree> [N] [C]
# (EXTRA=";Key=value" adds to the connection string, as in db-work.sh)
set -euo pipefail
TREE=$1; N=${2:-2000}; C=${3:-4}; PORT=55441; HTTP=5198
D=$(mktemp -d /tmp/profile-intake.XXXX); chown postgres $D
B=/usr/lib/postgresql/15/bin
SVC=
# Whatever happens, nothing is left running.
trap '[ -n "$SVC" ] && kill $SVC 2>/dev/null; su postgres -c "$B/pg_ctl -D $D/data stop -m fast" >/dev/null 2>&1; rm -rf $D' EXIT
su postgres -c "$B/initdb -D $D/data -A trust -U postgres >/dev/null"
su postgres -c "$B/pg_ctl -D $D/data -o '-p $PORT -k $D' -l $D/log start >/dev/null"
sleep 2
psql -h $D -p $PORT -U postgres -qc "create database tksk"
( cd $TREE && dotnet build src/TKSK.Cases -c Release -v q -nologo 2>&1 | grep -E " error |rror\(s\)" || true )
cd $TREE/src/TKSK.Cases
DOTNET_PerfMapEnabled=1 DOTNET_ReadyToRun=0 DOTNET_TieredCompilation=0 DOTNET_EnableWriteXorExecute=0 ASPNETCORE_ENVIRONMENT=Development Demo__SeedCoordinators=true ConnectionStrings__Marten="Host=$D;Port=$PORT;Username=postgres;Database=tksk${EXTRA:-}" \
  Urls=http://127.0.0.1:$HTTP RateLimits__PerMinute=1000000 dotnet bin/Release/net10.0/TKSK.Cases.dll > $D/service.log 2>&1 &
SVC=$!
for i in $(seq 1 120); do curl -sf http://127.0.0.1:$HTTP/health/ready >/dev/null && break; sleep 1; done
cat > $D/load.py <<'PY'
import http.client, json, sys, threading, time
port, n, c, tree = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
desas = [l.split(',')[0] for l in open(tree + '/src/TKSK.Cases/Regions/Data/villages.csv') if l.startswith('35')]
h = http.client.HTTPConnection('127.0.0.1', port)
h.request('POST', '/api/v1/dev/tokens', json.dumps({"role": "province_admin", "name": "probe", "region": "35"}), {'content-type': 'application/json'})
token = json.loads(h.getresponse().read())['token']
def body(i):
    return json.dumps({"channel": "instagram", "reporter": {"name": "Warga", "phone": "081234567890", "anonymous": False},
        "subject": {"name": "Pak S", "sex": "male", "approximateAge": 45}, "location": {"desaCode": desas[(i * 7919) % len(desas)], "address": "Jl. Kebraon II"},
        "category": "penyandang_disabilitas", "pasung": True, "summary": "Seorang pria dipasung keluarganya di belakang rumah.", "urgency": "emergency"})
counter = iter(range(n)); lock = threading.Lock(); failed = [0]
def worker():
    con = http.client.HTTPConnection('127.0.0.1', port)
    while True:
        with lock:
            i = next(counter, None)
        if i is None: return
        con.request('POST', '/api/v1/referrals', body(i), {'content-type': 'application/json', 'authorization': 'Bearer ' + token})
        r = con.getresponse(); r.read()
        if r.status != 201: failed[0] += 1
t = time.time(); threads = [threading.Thread(target=worker) for _ in range(c)]
[x.start() for x in threads]; [x.join() for x in threads]
print(f"{n} intakes at c={c}: {n / (time.time() - t):.0f}/s, {failed[0]} failed")
PY
python3 $D/load.py $HTTP 1000 $C $TREE   # warm-up
perf record -a -g -F 499 -o $D/perf.data -- python3 $D/load.py $HTTP $N $C $TREE 2> $D/perf.err
set +o pipefail   # head closes the pipes below early
echo "== share of samples by process"
perf report -i $D/perf.data --no-children --sort comm --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -12
echo "== service (dotnet): top frames by self time"
perf report -i $D/perf.data --no-children --pid $SVC --sort sym --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -40
echo "== service: by module"
perf report -i $D/perf.data --no-children --sort dso --stdio -g none --pid $SVC 2>/dev/null | grep -E '^ +[0-9]' | head -12
echo "== PostgreSQL: top frames by self time"
perf report -i $D/perf.data --no-children --comm postgres --sort sym --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -25
