#!/usr/bin/env bash
# Throughput of `anonscript run` against the tools an XNAT admin could use instead, on the same edit:
# XNAT's site-wide example script (examples/xnat-sitewide.das: delete 5 patient elements, set
# (0012,0063), replace (0020,000D) by its hashUID) applied to N copies (default 1000) of pydicom's
# CT_small.dcm. Peers: dcmodify (dcmtk, one batch invocation), gdcmanon (GDCM, folder mode) and a
# pydicom loop (one Python process). anonscript runs through its launcher (./anonscript, with the class
# data archive it makes after a build); its files/s exclude JVM start-up: it is timed on 1 file and on
# N files and the rate is (N - 1) / (t_N - t_1); the 1-file time is reported as start-up. Every timed
# command starts after a sync, so no tool pays for the write-back of the files copied or written before it.
# Then the same anonscript command runs 5 times inside one JVM (RunWarmBench, repl test sources, the
# launcher's JVM flags for run) and the best pass is reported as "warm": the cost per file once start-up
# and JIT warm-up are over, printed beside the rate above, not instead of it.
# When a JDK 25 or later is found (BENCH_NEWER_JAVA, else the newest /usr/lib/jvm/*-2[5-9]*), anonscript
# is also timed on it through the same launcher, which then uses an AOT cache instead of the class-data
# archive: an extra line, the ratio stays the default JDK's.
# Needs: dcmtk, libgdcm-tools, python3-pydicom (Debian). Usage: bench/run/run.sh [N]
set -euo pipefail  # KEEP=1 keeps the work folder
cd "$(dirname "$0")/../.."
N=${1:-1000}
PY=${ANONSCRIPT_PYTHON:-/usr/bin/python3}
DATA=${PYDICOM_DATA:-/usr/lib/python3/dist-packages/pydicom/data}
SRC="$DATA/test_files/CT_small.dcm"
for tool in dcmodify gdcmanon "$PY"; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install dcmtk libgdcm-tools python3-pydicom)" >&2; exit 2; }
done
[[ -f "$SRC" ]] || { echo "missing $SRC (apt-get install python3-pydicom)" >&2; exit 2; }
# the launcher builds the jar when stale and run's class data archive when missing: do that before timing
./anonscript run --script examples/xnat-sitewide.das --dry-run examples/samples >/dev/null
JAVA=(./anonscript)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT; [[ -n "${KEEP:-}" ]] && trap - EXIT
mkdir -p "$WORK/in" "$WORK/one"
for i in $(seq -w 1 "$N"); do cp "$SRC" "$WORK/in/ct$i.dcm"; done
cp "$SRC" "$WORK/one/ct.dcm"
STUDY=$("$PY" -c "import pydicom,sys; print(pydicom.dcmread(sys.argv[1]).StudyInstanceUID)" "$SRC")
HASH=$("$PY" -c "
import hashlib,sys
b=bytearray(hashlib.sha1(sys.argv[1].encode()).digest()[:16]); b[6]=(b[6]&15)|80; b[8]=(b[8]&63)|128
print('2.25.'+str(int.from_bytes(bytes(b),'big')))" "$STUDY")

seconds() { local s e; sync; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }

# Each tool runs REPEAT times (default 5; the pydicom loop once, it is far behind), the repetitions
# interleaved so that a slow minute of the machine hits every tool alike; the median time is reported.
# Every pass writes into a folder of its own and nothing is deleted before the end (deleting thousands of
# files just before a timed command makes the file system's bookkeeping part of that command's time).
REPEAT=${REPEAT:-5}
NEWER_JAVA=${BENCH_NEWER_JAVA:-$(ls -d /usr/lib/jvm/*-2[5-9]* 2>/dev/null | sort -V | tail -1)/bin/java}
if [[ -x "$NEWER_JAVA" ]]; then
    NEWER_VERSION=$("$NEWER_JAVA" -version 2>&1 | head -1 | cut -d'"' -f2)
    ANONSCRIPT_JAVA=$NEWER_JAVA ./anonscript run --script examples/xnat-sitewide.das --dry-run examples/samples >/dev/null
fi
# anon OUT INPUT: times the launcher's run of the site-wide script on INPUT, writing under $WORK/OUT
anon() { mkdir -p "$WORK/$1"; seconds "${JAVA[@]}" run --script examples/xnat-sitewide.das --output "$WORK/$1" "$2"; }
for r in $(seq 1 "$REPEAT"); do
    echo "T1 $(anon "out1.$r" "$WORK/one")" >>"$WORK/times"
    echo "TN $(anon "outN.$r" "$WORK/in")" >>"$WORK/times"
    if [[ -n "${NEWER_VERSION:-}" ]]; then
        echo "T1J $(ANONSCRIPT_JAVA=$NEWER_JAVA anon "new1.$r" "$WORK/one")" >>"$WORK/times"
        echo "TNJ $(ANONSCRIPT_JAVA=$NEWER_JAVA anon "newN.$r" "$WORK/in")" >>"$WORK/times"
    fi
    mkdir -p "$WORK/dcm.$r"; cp "$WORK"/in/*.dcm "$WORK/dcm.$r/"
    echo "TD $(seconds dcmodify -nb -ie -ea "(0010,0030)" -ea "(0010,1000)" -ea "(0010,1001)" -ea "(0010,1005)" -ea "(0010,1040)" \
        -i "(0012,0063)=My XNAT sitewide anon script v01" -m "(0020,000D)=$HASH" "$WORK/dcm.$r"/*.dcm)" >>"$WORK/times"
    echo "TG $(seconds gdcmanon --dumb --recursive --remove 0010,0030 --remove 0010,1000 --remove 0010,1001 --remove 0010,1005 \
        --remove 0010,1040 --replace "0012,0063=My XNAT sitewide anon script v01" --replace "0020,000d=$HASH" \
        -i "$WORK/in" -o "$WORK/gdcm.$r")" >>"$WORK/times"
done
mkdir -p "$WORK/py"; TP=$(seconds "$PY" bench/run/pydicom_loop.py "$WORK/py" "$WORK"/in/*.dcm)
median() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/times" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
T1=$(median T1); TN=$(median TN); TD=$(median TD); TG=$(median TG)
if [[ -n "${NEWER_VERSION:-}" ]]; then T1J=$(median T1J); TNJ=$(median TNJ); fi
# every tool must have made the same edit on every file
for d in py $(for r in $(seq 1 "$REPEAT"); do echo "outN.$r dcm.$r gdcm.$r ${NEWER_VERSION:+newN.$r}"; done); do
    [[ $(ls "$WORK/$d" | wc -l) -eq $N ]] || { echo "$d: expected $N files" >&2; exit 1; }
    f=$(ls "$WORK/$d" | tail -1)
    dump=$(dcmdump -q "$WORK/$d/$f")  # not piped into grep -q: with pipefail, dcmdump's SIGPIPE would fail the test
    grep -qi "(0020,000d) UI \[$HASH\]" <<<"$dump" || { echo "$d: (0020,000D) is not the hashUID" >&2; exit 1; }
    ! grep -q "^(0010,0030)" <<<"$dump" || { echo "$d: (0010,0030) still there" >&2; exit 1; }
done

# warm: the same command repeated inside one JVM
mvn -B -q -o -pl repl -am test-compile >/dev/null 2>&1 || mvn -B -q -pl repl -am test-compile >/dev/null
sync
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -cp repl/target/anonscript.jar:repl/target/test-classes \
    org.anonscript.cli.RunWarmBench 5 "$WORK/warm" --script examples/xnat-sitewide.das "$WORK/in" >"$WORK/warm.txt"
TW=$(awk '{ print $3 }' "$WORK/warm.txt" | sort -g | head -1)

rate() { echo "scale=1; $1 / $2" | bc -l; }
RA=$(rate "$((N - 1))" "$(echo "$TN - $T1" | bc -l)")
RD=$(rate "$N" "$TD"); RG=$(rate "$N" "$TG"); RP=$(rate "$N" "$TP")
BEST=$(printf '%s\n' "$RD" "$RG" "$RP" | sort -g | tail -1)
echo "median of $REPEAT interleaved runs per tool (pydicom: 1 run)"
printf '%-34s %10s %10s\n' "tool ($N x CT_small.dcm)" "seconds" "files/s"
printf '%-34s %10.2f %10s\n' "anonscript run (excl. start-up)" "$(echo "$TN - $T1" | bc -l)" "$RA"
printf '%-34s %10.2f %10s\n' "  anonscript start-up + 1 file" "$T1" "-"
if [[ -n "${TNJ:-}" ]]; then
    printf '%-34s %10.2f %10s\n' "anonscript on JDK $NEWER_VERSION (AOT)" "$(echo "$TNJ - $T1J" | bc -l)" \
        "$(rate "$((N - 1))" "$(echo "$TNJ - $T1J" | bc -l)")"
    printf '%-34s %10.2f %10s\n' "  its start-up + 1 file" "$T1J" "-"
fi
printf '%-34s %10.2f %10s\n' "dcmodify (one batch call)" "$TD" "$RD"
printf '%-34s %10.2f %10s\n' "gdcmanon (folder mode)" "$TG" "$RG"
printf '%-34s %10.2f %10s\n' "pydicom loop (one process)" "$TP" "$RP"
printf '%-34s %10.2f %10s\n' "  anonscript warm (best of 5, 1 JVM)" "$TW" "$(rate "$N" "$TW")"
echo "anonscript / fastest peer: $(echo "scale=2; $RA / $BEST" | bc -l)x; warm: $(echo "scale=2; $N / $TW / $BEST" | bc -l)x (cores: $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg))"
