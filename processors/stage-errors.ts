/** The one way a stage says "do not retry": the analysis fails at once with `code`. */
export abstract class NoRetryError extends Error {
  abstract readonly code: string;
}

/** The user's input cannot be used (undecodable audio, …): retrying reads the same bytes. */
export class StageInputError extends NoRetryError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StageInputError';
  }
}

/**
 * A provider cannot be used as configured (no key, 401/403): an operator's fault, never the recording's.
 * Counted in resona_provider_unavailable_total so that operators can alert on it.
 */
export class ProviderUnavailableError extends NoRetryError {
  readonly code = 'provider_unavailable';
  constructor(
    readonly provider: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderUnavailableError';
  }
}

/** What we stored failed its integrity check (altered ciphertext): reading it again gives the same bytes. */
export class StoredDataError extends NoRetryError {
  readonly code = 'recording_corrupt';
  constructor(message: string) {
    super(message);
    this.name = 'StoredDataError';
  }
}
