#!/bin/bash
# Extract 16 "sessions" of one speaker (LJ Speech, Linda Johnson) from a git mirror of coqui-ai/TTS: session N is
# the consecutive sentences LJ001-(2N-1) and LJ001-(2N) joined, converted to 16 kHz mono Opus 32 kbps (+bitexact:
# fixed Ogg serial, so a re-run gives the same bytes). See PROVENANCE.md.
# Usage: extract.sh <git-dir> [out-dir]   (out-dir defaults to this script's folder)
set -e
GD=$1; OUT=${2:-$(dirname "$0")}; mkdir -p "$OUT/clips"
COMMIT=dbf1a08a0d4e47fdad6172e433eeb34bc6b13b4e   # coqui-ai/TTS, 2024-02-10
DIR=tests/data/ljspeech/wavs
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
echo "file,speaker,session,source_ids,source_blobs" > "$OUT/sessions.csv"
for N in $(seq 1 16); do
  NN=$(printf %02d "$N"); A=$(printf %04d $((2 * N - 1))); B=$(printf %04d $((2 * N)))
  BLOBS=""
  for I in $A $B; do
    P="$DIR/LJ001-$I.wav"
    BLOBS="$BLOBS $(git --git-dir="$GD" rev-parse "$COMMIT:$P")"
    git --git-dir="$GD" show "$COMMIT:$P" > "$TMP/$I.wav"
  done
  ffmpeg -nostdin -loglevel error -y -i "$TMP/$A.wav" -i "$TMP/$B.wav" \
    -filter_complex '[0:a][1:a]concat=n=2:v=0:a=1' -ac 1 -ar 16000 -c:a libopus -b:a 32k -fflags +bitexact \
    "$OUT/clips/$NN.opus"
  echo "clips/$NN.opus,ljspeech_LJ,$N,LJ001-$A LJ001-$B,${BLOBS# }" >> "$OUT/sessions.csv"
done
