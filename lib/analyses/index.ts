export { AnalysisReader, type AnalysisFilter, type PageRow } from './analysis-reader.js';
export { AnalysisStore, type NewAnalysis, type Settled, type StageRef, type StageRun } from './analysis-store.js';
export { GenerationStore, type Rerun } from './generation-store.js';
export * from './states.js';
