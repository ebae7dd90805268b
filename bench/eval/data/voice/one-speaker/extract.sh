#!/bin/bash
# Extract 16 LJ Speech clips (one speaker, Linda Johnson) from a git mirror of coqui-ai/TTS, one clip per "session",
# converted to 16 kHz mono Opus 32 kbps (+bitexact: fixed Ogg serial, so a re-run gives the same bytes). See PROVENANCE.md.
# Usage: extract.sh <git-dir> [out-dir]   (out-dir defaults to this script's folder)
set -e
GD=$1; OUT=${2:-$(dirname "$0")}; mkdir -p "$OUT/clips"
COMMIT=dbf1a08a0d4e47fdad6172e433eeb34bc6b13b4e   # coqui-ai/TTS, 2024-02-10
DIR=tests/data/ljspeech/wavs
# The first 16 clips (by id) of the 32 in $DIR with >= 4.0 s voiced (project AcousticAnalyzer, after this conversion).
IDS="0001 0003 0005 0007 0009 0010 0012 0014 0015 0017 0018 0021 0023 0024 0025 0027"
echo "file,speaker,session,source_id,source_path,source_blob" > "$OUT/sessions.csv"
N=0
for I in $IDS; do
  N=$((N + 1)); NN=$(printf %02d $N)
  P="$DIR/LJ001-$I.wav"
  BLOB=$(git --git-dir="$GD" rev-parse "$COMMIT:$P")
  git --git-dir="$GD" show "$COMMIT:$P" > /tmp/lj_$$.wav
  ffmpeg -nostdin -loglevel error -y -i /tmp/lj_$$.wav -ac 1 -ar 16000 -c:a libopus -b:a 32k -fflags +bitexact "$OUT/clips/$NN.opus"
  echo "clips/$NN.opus,ljspeech_LJ,$N,LJ001-$I,$P,$BLOB" >> "$OUT/sessions.csv"
done
rm -f /tmp/lj_$$.wav
