# Makes a recording sound flatter, lower and slower in one PSOLA resynthesis (overlap-add): every pitch point moves
# towards the median F0 on a semitone scale keeping `flatten` of its distance (0.5 halves the pitch variability in
# semitones), the whole contour shifts by `semitones`, and time is stretched by `lengthen`.
#   praat --run bench/eval/baseline/change.praat in.wav out.wav 0.5 -3 1.25
form Change
  sentence infile
  sentence outfile
  real flatten 0.5
  real semitones -3
  real lengthen 1.25
endform

# Praat's overlap-add fills unvoiced stretches with random noise: a fixed seed makes the output repeatable.
random_initializeWithSeedUnsafelyButPredictably: 20261201
sound = Read from file: infile$
duration = Get total duration
pitch = To Pitch: 0, 75, 600
median = Get quantile: 0, 0, 0.5, "Hertz"
selectObject: sound
manipulation = To Manipulation: 0.01, 75, 600
tier = Extract pitch tier
shift = 2 ^ (semitones / 12)
Formula: string$ (shift * median) + " * (self / " + string$ (median) + ") ^ " + string$ (flatten)
selectObject: manipulation, tier
Replace pitch tier
stretch = Create DurationTier: "stretch", 0, duration
Add point: 0, lengthen
selectObject: manipulation, stretch
Replace duration tier
selectObject: manipulation
changed = Get resynthesis (overlap-add)
Save as WAV file: outfile$
