// Moved to lib/ (the CLI's demo needs it too); this path stays until the decoding modules import the new one.
export * from '../../lib/ffmpeg-paths.js';
