#!/bin/bash
# Extract allowed-actor RAVDESS speech clips from a git mirror, convert to 16 kHz mono Opus 32 kbps.
# Usage: extract_ravdess.sh <git-dir> <out-dir>
set -e
GD=$1; OUT=$2; mkdir -p "$OUT/clips"
declare -A EMO=([01]=neutral [03]=happy [04]=sad [05]=angry [06]=fear [07]=disgust [08]=surprise)
ALLOWED="01 02 05 06 07 08 11 12 13 14 17 18 19 20 23 24"   # reserved: 03 04 09 10 15 16 21 22
echo "file,speaker,label,gender,intensity,statement,repetition,source_path,source_blob" > "$OUT/labels.csv"
for A in $ALLOWED; do
  G=$([ $((10#$A % 2)) -eq 1 ] && echo male || echo female)
  for E in 01 03 04 05 06 07 08; do
    if [ $E = 01 ]; then COMBOS="01-01-01 01-01-02 01-02-01 01-02-02"; else COMBOS="01-01-01 01-02-01 02-01-01 02-02-01"; fi
    for C in $COMBOS; do
      I=${C:0:2}; S=${C:3:2}; R=${C:6:2}
      N="03-01-$E-$I-$S-$R-$A"
      P="ravdess/Actor_$A/$N.wav"
      BLOB=$(git --git-dir="$GD" rev-parse "HEAD:$P")
      git --git-dir="$GD" show "HEAD:$P" > /tmp/rav_$$.wav
      ffmpeg -nostdin -loglevel error -y -i /tmp/rav_$$.wav -ar 16000 -ac 1 -c:a libopus -b:a 32k "$OUT/clips/$N.opus"
      echo "clips/$N.opus,ravdess_$A,${EMO[$E]},$G,$([ $I = 01 ] && echo normal || echo strong),$([ $S = 01 ] && echo kids || echo dogs),$R,$P,$BLOB" >> "$OUT/labels.csv"
    done
  done
done
rm -f /tmp/rav_$$.wav
