export { AnalysisReader, type AnalysisFilter, type PageRow } from './analysis-reader.js';
export { AnalysisStore, type NewAnalysis, type Rerun, type Settled, type StageRef } from './analysis-store.js';
export * from './states.js';
