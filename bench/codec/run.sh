#!/usr/bin/env bash
# Codec throughput: read + change 5 elements + write in place, on N copies of pydicom's CT_small.dcm:
#   anonscript (one JVM for the batch; 1 thread, and THREADS threads) vs dcmodify (one process for the
#   batch) vs a pydicom loop vs a plain cp of the same files. Prints wall seconds, CPU seconds
#   (user+sys), files/s and ratios. On a busy machine compare the CPU column too.
#   anonscript is also timed inside one warm JVM (after a warm-up pass over the same files; start-up and
#   JIT warm-up excluded), on 1 and on THREADS threads, so its ratios are printed both ways.
# Needs: a JDK 17, Maven (offline is fine once built), dcmtk, GNU time, python3 with pydicom.
#   PYTHON       interpreter that imports pydicom (default /usr/bin/python3)
#   PYDICOM_DATA pydicom's data folder (default: Debian's python3-pydicom location)
#   N            number of copies (default 1000); THREADS for the parallel run (default: nproc)
#   REPEAT       timed runs per command (default 5), interleaved; the median is reported
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PYTHON=${PYTHON:-/usr/bin/python3}
PYDICOM_DATA=${PYDICOM_DATA:-/usr/lib/python3/dist-packages/pydicom/data}
N=${N:-1000}
THREADS=${THREADS:-$(nproc)}
src="$PYDICOM_DATA/test_files/CT_small.dcm"
for tool in dcmodify dcmdump java "$PYTHON" /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[ -f "$src" ] || { echo "missing: $src (install python3-pydicom or set PYDICOM_DATA)" >&2; exit 1; }

(cd "$root" && { mvn -B -q -o -pl core -am test-compile >/dev/null 2>&1 || mvn -B -q -pl core -am test-compile >/dev/null; })
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/orig"
for i in $(seq -w 1 "$N"); do cp "$src" "$work/orig/$i.dcm"; done
# the codec and the bench (test classes) in one jar, and a class-data archive trained on one pass over the files (untimed),
# as the launcher does for `run`
jar cf "$work/codec.jar" -C "$root/core/target/classes" . -C "$root/core/target/test-classes" .
# a batch tool's JVM, as the launcher starts `run`: one GC thread, C1 only (short-lived process), a
# small young generation, class data sharing
JAVA=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn32m -XX:-UsePerfData -cp "$work/codec.jar")
cp -r "$work/orig" "$work/training"
"${JAVA[@]}" -XX:ArchiveClassesAtExit="$work/codec.jsa" org.anonscript.dicom.CodecBench "$work"/training/*.dcm >/dev/null 2>&1
JAVA+=(-XX:SharedArchiveFile="$work/codec.jsa")
REPEAT=${REPEAT:-5}
one=$(printf "%0${#N}d" 1).dcm

# Every timed command works on a copy of its own, made just before it (then a sync), and nothing is deleted
# before the end: deleting thousands of files just before a timed command would make the file system's
# bookkeeping part of that command's time.
copies=0
fresh() { copies=$((copies + 1)); run="$work/run$copies"; cp -r "$work/orig" "$run"; sync; first="$run/$one"; }
# measure NAME CMD...: runs CMD (which works on $run, set by fresh), appends "NAME wall cpu" to all runs
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null
  read -r wall user sys <"$work/time"
  echo "$name $wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >>"$work/all"
}
edited() { dcmdump -q "$first" >"$work/dump.txt"; grep -q "(0010,0010) PN \[ANONYMOUS\]" "$work/dump.txt"; }
cat >"$work/loop.py" <<'PY'
import sys, pydicom
for f in sys.argv[1:]:
    ds = pydicom.dcmread(f)
    ds.PatientName = 'ANONYMOUS'; ds.PatientID = 'ID0001'; ds.PatientBirthDate = '19000101'
    ds.InstitutionName = 'NOWHERE'; ds.ReferringPhysicianName = 'DOCTOR'
    ds.save_as(f)
PY

# the whole-process commands, REPEAT times, interleaved (the pydicom loop once: it is far behind)
for r in $(seq 1 "$REPEAT"); do
  fresh; measure cp cp -r "$run" "$run.cp"
  fresh; measure anonscript "${JAVA[@]}" org.anonscript.dicom.CodecBench "$run"/*.dcm
  edited || { echo "anonscript did not edit $first" >&2; exit 1; }
  fresh; measure "anonscript-${THREADS}t" "${JAVA[@]}" -Dbench.threads="$THREADS" org.anonscript.dicom.CodecBench "$run"/*.dcm
  edited || { echo "anonscript ($THREADS threads) did not edit $first" >&2; exit 1; }
  fresh; measure dcmodify dcmodify -nb -m "(0010,0010)=ANONYMOUS" -m "(0010,0020)=ID0001" -m "(0010,0030)=19000101" \
    -m "(0008,0080)=NOWHERE" -m "(0008,0090)=DOCTOR" "$run"/*.dcm
  edited || { echo "dcmodify did not edit $first" >&2; exit 1; }
done
fresh; measure pydicom "$PYTHON" "$work/loop.py" "$run"/*.dcm
# median wall and median CPU per command, in the order first run
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
awk '!seen[$1]++ { print $1 }' "$work/all" | while read -r name; do
  echo "$name $(awk -v n="$name" '$1 == n { print $2 }' "$work/all" | median) $(awk -v n="$name" '$1 == n { print $3 }' "$work/all" | median)"
done >"$work/results"
# warm, in one JVM: a warm-up pass, then timed passes on 1 and THREADS threads (same edit, same files)
fresh
"${JAVA[@]}" -Dbench.warm="$THREADS" org.anonscript.dicom.CodecBench "$run"/*.dcm >"$work/warm"
edited || { echo "anonscript (warm) did not edit $first" >&2; exit 1; }
# warm, writing new files into a fresh folder per pass, as cp does (replacing existing files costs the file
# system a rename over an inode in use: that is the comparison with dcmodify's in-place edit above)
fresh
"${JAVA[@]}" -Dbench.warm="$THREADS" -Dbench.out="$work/new" org.anonscript.dicom.CodecBench "$run"/*.dcm >"$work/warmnew"
newdump=$(dcmdump -q "$work/new/pass1/$(basename "$first")")  # captured: with pipefail, grep -q would SIGPIPE dcmdump
grep -q "(0010,0010) PN \[ANONYMOUS\]" <<<"$newdump" || { echo "anonscript (new files) did not write an edited $first" >&2; exit 1; }
# the median of the warm passes per thread count
for f in warm warmnew; do
  awk '{ print $2 }' "$work/$f" | sort -un | while read -r t; do
    echo "warm $t $(awk -v t="$t" '$2 == t { print $3 }' "$work/$f" | median)"
  done >"$work/$f.median"
done
echo "N=$N files, median of $REPEAT interleaved runs per command (pydicom: 1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v n="$N" '
  FILENAME ~ /warmnew.median$/ { warmnew[$2] = $3; next }
  FILENAME ~ /warm.median$/ { warm[$2] = $3; next }
  { name[NR] = $1; wall[$1] = $2; cpu[$1] = $3 }
  END {
    printf "%-14s %8s %8s %9s\n", "tool", "wall s", "cpu s", "files/s"
    for (i = 1; i <= NR; i++) if (i in name) printf "%-14s %8.2f %8.2f %9.0f\n", name[i], wall[name[i]], cpu[name[i]], n / wall[name[i]]
    print "whole process (JVM start-up and warm-up included):"
    a = wall["anonscript"]
    printf "  anonscript files/s vs dcmodify: %.2fx (cpu: %.2fx); vs pydicom: %.2fx; wall time vs cp: %.2fx\n",
      wall["dcmodify"] / a, cpu["dcmodify"] / cpu["anonscript"], wall["pydicom"] / a, a / wall["cp"]
    for (i = 1; i <= NR; i++) if (name[i] ~ /^anonscript-/) {
      t = wall[name[i]]
      printf "  %s files/s vs dcmodify: %.2fx; wall time vs cp: %.2fx\n", name[i], wall["dcmodify"] / t, t / wall["cp"]
    }
    print "warm, inside one JVM (start-up and JIT warm-up excluded; median of 5 passes):"
    for (t in warm) order[t == 1 ? 0 : 1] = t
    for (k = 0; k < 2; k++) if (k in order) {
      t = order[k]
      printf "  anonscript %d thread%s: %.3f s, %.0f files/s; vs dcmodify: %.2fx; wall time vs cp: %.2fx\n",
        t, t == 1 ? "" : "s", warm[t], n / warm[t], wall["dcmodify"] / warm[t], warm[t] / wall["cp"]
    }
    print "warm, writing new files into a fresh folder as cp does (start-up and JIT warm-up excluded; median of 5 passes):"
    for (t in warmnew) ordernew[t == 1 ? 0 : 1] = t
    for (k = 0; k < 2; k++) if (k in ordernew) {
      t = ordernew[k]
      printf "  anonscript %d thread%s: %.3f s, %.0f files/s; wall time vs cp: %.2fx\n",
        t, t == 1 ? "" : "s", warmnew[t], n / warmnew[t], warmnew[t] / wall["cp"]
    }
  }' "$work/results" "$work/warm.median" "$work/warmnew.median"
